/** Size limits shared by client (form hints) and server (enforcement). */
export const LIMITS = {
  /** Largest socket.io message the server accepts, in bytes. */
  messageBytes: 64 * 1024,
  /** Largest JSON body of an HTTP request, in bytes. */
  httpBodyBytes: 64 * 1024,
  seriesName: 120,
  personName: 80,
  caseTitle: 200,
  caseDescription: 4000,
  agreementText: 1000,
  casesPerSeries: 1000,
  agreementsPerSeries: 2000,
  peoplePerSeries: 500,
  /** A client further behind than this gets a snapshot instead of events. */
  catchUpEvents: 500,
  /** The server keeps a stored snapshot every this many events. */
  snapshotEvery: 200,
} as const;
