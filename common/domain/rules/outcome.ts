/** How an intended outcome reads: an outcome, a count of activities, or not yet measurable. */
export const OutcomeVerdict = {
  measurable: "measurable",
  activity: "activity",
  noFigure: "no_figure",
  noDirection: "no_direction",
} as const;
export type OutcomeVerdict = (typeof OutcomeVerdict)[keyof typeof OutcomeVerdict];

// Letters and digits of any script; JavaScript's \b only knows ASCII and would split "Rüstzeit".
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_WORD_AFTER = "(?![\\p{L}])";

/** Things one does rather than achieves, counted in visits, calls, leads, offers sent, meetings, mails. */
const ACTIVITY_WORDS: readonly string[] = [
  // German: whole words and the compounds sales people write ("Kundenbesuche", "Neukundentermine")
  "\\p{L}*besuch(?:e|en|s)?",
  "\\p{L}*anrufe?n?",
  "\\p{L}*telefonate?n?",
  "leads?",
  "angebote?n?\\s+(?:verschickt|versendet|versandt|verschicken|versenden|abgegeben|erstellt|geschrieben)",
  "(?:kunden|neukunden|vertriebs|besuchs)?termine?n?",
  "meetings?",
  "\\p{L}*mails?",
  // English
  "visits?",
  "visited",
  "calls?",
  "phone\\s+calls?",
  "offers?\\s+sent",
  "quotes?\\s+sent",
  "sent\\s+(?:offers?|quotes?)",
  "appointments?",
  "e-?mails?",
];

const ACTIVITY = new RegExp(`${NOT_WORD_BEFORE}(?:${ACTIVITY_WORDS.join("|")})${NOT_WORD_AFTER}`, "iu");

/** Which way the figure should move or where it should stay: a comparison, a verb of change, a bound. */
const DIRECTION_WORDS: readonly string[] = [
  // German
  "senk\\p{L}*",
  "gesenkt",
  "steiger\\p{L}*",
  "gesteigert",
  "steig(?:t|en)",
  "erhöh\\p{L}*",
  "reduzier\\p{L}*",
  "verringer\\p{L}*",
  "verkürz\\p{L}*",
  "halbier\\p{L}*",
  "verdoppel\\p{L}*",
  "sink(?:t|en)",
  "mindestens",
  "höchstens",
  "maximal",
  "minimal",
  "unter(?:halb)?",
  "über",
  "oberhalb",
  // English
  "reduc\\p{L}*",
  "increas\\p{L}*",
  "decreas\\p{L}*",
  "lower\\p{L}*",
  "rais\\p{L}*",
  "cut",
  "halve\\p{L}*",
  "doubl\\p{L}*",
  "at\\s+least",
  "at\\s+most",
  "no\\s+more\\s+than",
  "below",
  "above",
  "under",
  "over",
];

const DIRECTION = new RegExp(
  [
    "[≤≥<>]",
    `${NOT_WORD_BEFORE}(?:${DIRECTION_WORDS.join("|")})${NOT_WORD_AFTER}`,
    // "von 12 auf 8", "from 12 to 8": two numbers name the way
    `${NOT_WORD_BEFORE}(?:von|from)\\s+[\\d.,]+.{0,20}?\\s(?:auf|to)\\s+[\\d.,]+`,
    // "+2 %", "−5 Tage": a signed number
    "(?:^|\\s)[+−-]\\s?\\d",
  ].join("|"),
  "iu",
);

const NUMBER = /\d+(?:[.,]\d+)*/gu;
/** A unit right after a number: %, €, or a word ("min", "Tage", "Reklamationen"). */
const AFTER_NUMBER = /^\s*(?:%|‰|€|\p{L})/u;
const CURRENCY_BEFORE = /(?:€|eur|euro)\s*$/iu;
const COMPARATOR_BEFORE = new RegExp(`(?:[≤≥<>]|${NOT_WORD_BEFORE}(?:${DIRECTION_WORDS.join("|")}))\\s*$`, "iu");

interface Figures {
  /** Numbers that measure a result: with a unit, a currency, or right after a comparison. */
  outcomes: number;
  /** Numbers that count activities ("20 Besuche"). */
  activities: number;
}

/** Parts of a sentence that each say one thing: "20 Besuche mehr, damit die Aufträge um 5 % steigen". */
const CLAUSE_BREAK = /[,;:]|\s(?:und|damit|sodass|so\s+dass|and|so\s+that)\s/iu;

/** A date or a year says when, not how much: "bis 30.06.2027", "2027-06-30", "bis Ende 2027", "by 2027". */
function isWhen(clause: string, start: number, number: string): boolean {
  const end = start + number.length;
  if (/^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/u.test(number)) return true;
  if (/^\d{1,2}\.\d{1,2}$/u.test(number) && clause[end] === ".") return true;
  if (clause[end] === "-" || clause[start - 1] === "-") return /\d-\d/u.test(clause.slice(start - 2, end + 2));
  const before = clause.slice(Math.max(0, start - 12), start);
  return /^(?:19|20)\d\d$/u.test(number) && /(?:bis|ab|seit|in|im|ende|by|until|from|in|end\s+of)\s+$/iu.test(before);
}

/** A number counts what the clause it stands in is about: activities when the clause names one. */
function figuresIn(text: string): Figures {
  const figures: Figures = { outcomes: 0, activities: 0 };
  for (const clause of text.split(CLAUSE_BREAK)) {
    const countsActivities = ACTIVITY.test(clause);
    for (const match of clause.matchAll(NUMBER)) {
      const start = match.index;
      if (isWhen(clause, start, match[0])) continue;
      const before = clause.slice(Math.max(0, start - 20), start);
      const after = AFTER_NUMBER.test(clause.slice(start + match[0].length));
      if (countsActivities) figures.activities += 1;
      else if (after || CURRENCY_BEFORE.test(before) || COMPARATOR_BEFORE.test(before)) figures.outcomes += 1;
    }
  }
  return figures;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function namesKpi(text: string, kpiNames: readonly string[]): boolean {
  return kpiNames
    .map((name) => name.trim())
    .filter((name) => name !== "")
    .some((name) => new RegExp(`${NOT_WORD_BEFORE}${escapeRegExp(name)}${NOT_WORD_AFTER}`, "iu").test(text));
}

/**
 * Whether an intended outcome is a result one can measure: it needs a KPI or €
 * figure (a number with a unit, %, €, or the KPI of a linked goal) and a
 * direction. An outcome whose only figures count activities (visits, calls,
 * leads, offers sent) is an activity, not a result, even with a number and a
 * direction; naming a result beside the activity makes it measurable again.
 * `kpiNames` are the KPI names of the goals the agreement is linked to.
 */
export function outcomeVerdict(outcome: string, kpiNames: readonly string[]): OutcomeVerdict {
  const figures = figuresIn(outcome);
  const hasFigure = figures.outcomes > 0 || namesKpi(outcome, kpiNames);
  if (!hasFigure && (figures.activities > 0 || ACTIVITY.test(outcome))) return OutcomeVerdict.activity;
  if (!hasFigure) return OutcomeVerdict.noFigure;
  if (!DIRECTION.test(outcome)) return OutcomeVerdict.noDirection;
  return OutcomeVerdict.measurable;
}
