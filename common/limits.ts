/** Size limits shared by client (form hints) and server (enforcement). */
export const LIMITS = {
  /** Largest socket.io message the server accepts, in bytes. */
  messageBytes: 64 * 1024,
  /** Largest JSON body of an HTTP request, in bytes. */
  httpBodyBytes: 64 * 1024,
  seriesName: 120,
  personName: 80,
  orgName: 120,
  caseTitle: 200,
  caseDescription: 4000,
  view: 4000,
  customer: 200,
  note: 1000,
  mirror: 2000,
  agreementText: 1000,
  outcome: 500,
  comment: 1000,
  goalTitle: 200,
  goalText: 2000,
  kpiName: 120,
  kpiUnit: 20,
  interestLabel: 120,
  place: 200,
  summary: 4000,
  /** The check-in question of a session, and each person's answer to it. */
  checkInQuestion: 200,
  checkInAnswer: 500,
  /** An agenda item beside the five phases: its title, notes and time box in minutes. */
  agendaTitle: 200,
  agendaNotes: 2000,
  agendaTimeBoxMin: 480,
  /** A peer visit's station: its name and what to look at there; observations and take-home items. */
  stationName: 120,
  stationLookAt: 1000,
  observation: 2000,
  takeHome: 1000,
  evidence: 2000,
  /** Largest absolute number a numeric field takes (€, days, KPI values). */
  number: 1e12,
  /** Largest margin effect (€ per month or year) one agreement may state: beyond it a figure is a typo. */
  marginEffectEuro: 1e8,
  /** The one-line basis of a margin effect, and the reason it is not measurable. */
  effectBasis: 300,
  casesPerSeries: 1000,
  // A five-year series of monthly sessions holds about 3,000 agreements (made, revised, closed).
  agreementsPerSeries: 5000,
  /**
   * The longest chain of revisions (an agreement revising one that revised another ...). A
   * session revises an agreement at most once and its revision is due only at a later session,
   * so a chain is never longer than the series has sessions; an import with a longer one is refused.
   */
  revisionChain: 500,
  peoplePerSeries: 500,
  orgsPerSeries: 50,
  goalsPerSeries: 200,
  interestsPerSeries: 300,
  collisionsPerSeries: 1000,
  sessionsPerSeries: 500,
  notesPerList: 100,
  mirrorsPerCase: 50,
  linksPerItem: 50,
  interestsPerCollision: 6,
  statusUpdatesPerAgreement: 200,
  starterInterests: 40,
  /** A facilitation timer runs from one second to four hours. */
  timerMinMs: 1000,
  timerMaxMs: 4 * 60 * 60 * 1000,
  /** One timer.add moves the timer by at most an hour either way. */
  timerStepMs: 60 * 60 * 1000,
  dotsPerPerson: 20,
  /** Dot votes revealed in one session (each kept in its minutes). */
  votesPerSession: 20,
  agendaItemsPerSession: 30,
  /** A peer visit's tour, the observation cards written on it, and the take-home items of all visitors. */
  stationsPerSession: 40,
  observationsPerSession: 2000,
  /** Observation cards one person writes on one peer visit, so that nobody fills the visit's cards alone. */
  observationsPerPerson: 100,
  takeHomePerSession: 300,
  breakoutGroups: 20,
  groupName: 80,
  /** Confirmation mails a day to addresses entered for one person, and in one series (no mailing strangers). */
  confirmMailsPerPersonDay: 5,
  confirmMailsPerSeriesDay: 50,
  /** An invite link is valid this many days unless the facilitator picks otherwise. */
  inviteValidDays: 14,
  /** The longest validity a facilitator can pick for an invite link (or none: until revoked). */
  inviteValidDaysMax: 365,
  /**
   * The most entries a backup's trash may hold. The trash lets go of entries by age (30 days),
   * not by count; this is far above what a series removes in that time.
   */
  trashEntries: 5000,
  /** A client further behind than this gets a snapshot instead of events. */
  catchUpEvents: 500,
  /** The server keeps a stored snapshot every this many events. */
  snapshotEvery: 200,
} as const;
