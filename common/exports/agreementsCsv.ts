import { stringify } from "csv-stringify/sync";
import { isOverdue } from "../domain/rules/agreements.js";
import { agreementReviews, settlingDecision } from "../domain/rules/review.js";
import type { Agreement, Review, SeriesState } from "../domain/types.js";
import { sideOfFunction } from "../domain/vocabulary.js";
import {
  changeKindLabel,
  decisionLabel,
  fitLabel,
  keptLabel,
  levelLabel,
  outcomeLabel,
  sideLabel,
  statusLabel,
} from "./exportLabels.js";
import { translate, type Language, type MessageKey } from "../i18n/translate.js";
import {
  EXPECTED_EFFECT_COLUMNS,
  expectedEffectCells,
  REALISED_EFFECT_COLUMNS,
  realisedEffectCells,
} from "./effectColumns.js";
import { caseTitle, collisionInterests, goalTitles, orgName, personName, personNames } from "./stateNames.js";

/** How the agreements list is written: language of header and labels, field separator, and today (YYYY-MM-DD). */
export interface AgreementsCsvOptions {
  lang: Language;
  /** ";" for a German spreadsheet, "," for an English one. */
  separator: ";" | ",";
  /** Decides "overdue"; passed in, never read from a clock. */
  today: string;
}

/** The columns, in order: the header text of each. */
const COLUMNS: readonly MessageKey[] = [
  "agreements.field.text",
  "agreements.field.level",
  "document.changeKind",
  "breakdown.parent.field",
  "agreements.field.owners",
  "document.agreement.ownerOrgs",
  "document.agreement.ownerSides",
  "agreements.status.label",
  "agreements.field.due",
  "agreements.flag.overdue",
  "agreements.field.goals",
  "agreements.add.case",
  "agreements.field.collision",
  "agreements.field.outcome",
  ...EXPECTED_EFFECT_COLUMNS,
  "document.agreement.madeIn",
  "document.agreement.lastReview",
  "review.kept.label",
  "review.outcome.label",
  "review.kpiValue",
  "review.decision.label",
  "review.evidence",
  "document.review.fits",
  "document.agreement.latestUpdateAt",
  "document.agreement.latestUpdate",
  ...REALISED_EFFECT_COLUMNS,
];

/** Each distinct value once, in first-seen order. */
function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The organisations and the sides of an agreement's owners, each named once. */
function ownersWhere(state: SeriesState, agreement: Agreement, lang: Language): [string, string] {
  const owners = agreement.ownerIds.flatMap((id) => (Object.hasOwn(state.people, id) ? (state.people[id] ?? []) : []));
  const orgs = distinct(owners.flatMap((person) => orgName(state, person.orgId) ?? []));
  const sides = distinct(owners.flatMap((person) => sideOfFunction(person.function) ?? []));
  return [orgs.join(", "), sides.map((side) => sideLabel(side, lang)).join(", ")];
}

/** "Goal: Supports; Other goal: Neutral" for the goals the review judged that the state still holds. */
function fitsText(state: SeriesState, review: Review, lang: Language): string {
  return Object.entries(review.fit)
    .flatMap(([goalId, fit]) => {
      const [title] = goalTitles(state, [goalId]);
      return title === undefined ? [] : [`${title}: ${fitLabel(fit, lang)}`];
    })
    .join("; ");
}

/** The owners' latest status report: its date, and who reported which status with what comment. */
function latestUpdate(state: SeriesState, agreement: Agreement, lang: Language): [string, string] {
  const update = agreement.updates.at(-1);
  if (!update) return ["", ""];
  const status = statusLabel(update.status, null, lang);
  const said = update.comment === "" ? status : `${status} – ${update.comment}`;
  const by = personName(state, update.by);
  return [update.at.slice(0, 10), by === null ? said : `${by}: ${said}`];
}

/** The verdicts of an agreement's latest review: its date, kept, outcome, KPI value, decision, evidence and goal fit. */
function latestReview(state: SeriesState, agreement: Agreement, lang: Language): (string | number)[] {
  const latest = agreementReviews(state, agreement.id).at(-1);
  if (!latest) return ["", "", "", "", "", "", ""];
  const { session, review } = latest;
  return [
    session.date,
    review.kept === null ? "" : keptLabel(review.kept, lang),
    review.outcome === null ? "" : outcomeLabel(review.outcome, lang),
    // A number, not its text: written as plain digits (no thousands separator) so a spreadsheet reads
    // them alike, and a negative value stays -5 (the formula guard quotes only text that starts with -).
    review.kpiValue === null ? "" : review.kpiValue,
    review.decision === null ? "" : decisionLabel(review.decision, lang),
    review.evidence,
    fitsText(state, review, lang),
  ];
}

function row(state: SeriesState, agreement: Agreement, options: AgreementsCsvOptions): (string | number)[] {
  const { lang, today } = options;
  const madeIn = agreement.sessionId === null ? undefined : state.sessions[agreement.sessionId];
  return [
    agreement.text,
    levelLabel(agreement.level, lang),
    changeKindLabel(agreement.changeKind, lang),
    // The state is projected for the reader: a parent they may not see is no longer named.
    (agreement.parentId ? state.agreements[agreement.parentId]?.text : undefined) ?? "",
    personNames(state, agreement.ownerIds).join(", "),
    ...ownersWhere(state, agreement, lang),
    statusLabel(agreement.status, settlingDecision(state, agreement.id), lang),
    agreement.due,
    translate(lang, isOverdue(state, agreement, today) ? "document.yes" : "document.no"),
    goalTitles(state, agreement.goalIds).join(", "),
    caseTitle(state, agreement.caseId) ?? "",
    (collisionInterests(state, agreement.collisionId) ?? []).join(" ↔ "),
    agreement.outcome,
    ...expectedEffectCells(agreement, lang),
    madeIn?.date ?? "",
    ...latestReview(state, agreement, lang),
    ...latestUpdate(state, agreement, lang),
    ...realisedEffectCells(state, agreement, lang),
  ];
}

/** How many agreements one chunk of the CSV holds: a server yields to other work between chunks. */
export const CSV_ROWS_PER_CHUNK = 200;

/**
 * Every agreement of the (already projected) state as CSV for a spreadsheet,
 * in chunks of rows that together are the file: UTF-8 byte order mark, a
 * header row in the language, one row per agreement in the order they were
 * made, CRLF line ends, ISO dates. Fields with the separator, quotes or line
 * breaks are quoted; text starting like a formula (= + - @) gets a leading
 * apostrophe so a spreadsheet shows it as text instead of running it, while
 * numbers (a negative KPI value) stay numbers.
 */
export function* agreementsCsvChunks(
  state: SeriesState,
  options: AgreementsCsvOptions,
  rowsPerChunk = CSV_ROWS_PER_CHUNK,
): Generator<string> {
  const agreements = Object.values(state.agreements).sort((a, b) => a.createdSeq - b.createdSeq);
  for (let start = 0; start === 0 || start < agreements.length; start += rowsPerChunk) {
    const first = start === 0;
    yield stringify(
      agreements.slice(start, start + rowsPerChunk).map((a) => row(state, a, options)),
      {
        bom: first,
        header: first,
        columns: COLUMNS.map((key) => translate(options.lang, key)),
        delimiter: options.separator,
        record_delimiter: "windows",
        // With CRLF as record delimiter the library would leave a lone "\n" unquoted.
        quoted_match: /[\r\n]/,
        escape_formulas: true,
      },
    );
  }
}

/** The whole agreements CSV at once (see `agreementsCsvChunks`). */
export function agreementsCsv(state: SeriesState, options: AgreementsCsvOptions): string {
  return [...agreementsCsvChunks(state, options)].join("");
}
