import { stringify } from "csv-stringify/sync";
import { isOverdue } from "../domain/rules/agreements.js";
import { agreementHistory, settlingDecision } from "../domain/rules/review.js";
import type { Agreement, SeriesState } from "../domain/types.js";
import { decisionLabel, keptLabel, levelLabel, outcomeLabel, statusLabel } from "./exportLabels.js";
import { exportText, type ExportLanguage, type ExportTextKey } from "./exportTexts.js";
import { caseTitle, collisionInterests, goalTitles, personNames } from "./stateNames.js";

/** How the agreements list is written: language of header and labels, field separator, and today (YYYY-MM-DD). */
export interface AgreementsCsvOptions {
  lang: ExportLanguage;
  /** ";" for a German spreadsheet, "," for an English one. */
  separator: ";" | ",";
  /** Decides "overdue"; passed in, never read from a clock. */
  today: string;
}

/** The columns, in order: the header text of each. */
const COLUMNS: readonly ExportTextKey[] = [
  "agreement.text",
  "agreement.level",
  "agreement.owners",
  "agreement.status",
  "agreement.due",
  "agreement.overdue",
  "agreement.goals",
  "agreement.case",
  "agreement.collision",
  "agreement.outcome",
  "agreement.madeIn",
  "agreement.lastReview",
  "review.kept",
  "review.outcome",
  "review.kpi",
  "review.decision",
];

/** The verdicts of an agreement's latest review: its date, kept, outcome, KPI value and decision. */
function latestReview(state: SeriesState, agreement: Agreement, lang: ExportLanguage): string[] {
  const latest = agreementHistory(state, agreement.id).reviews.at(-1);
  if (!latest) return ["", "", "", "", ""];
  const { session, review } = latest;
  return [
    session.date,
    review.kept === null ? "" : keptLabel(review.kept, lang),
    review.outcome === null ? "" : outcomeLabel(review.outcome, lang),
    // Plain digits (no thousands separator, as JavaScript writes them) so a spreadsheet reads them alike.
    review.kpiValue === null ? "" : String(review.kpiValue),
    review.decision === null ? "" : decisionLabel(review.decision, lang),
  ];
}

function row(state: SeriesState, agreement: Agreement, options: AgreementsCsvOptions): string[] {
  const { lang, today } = options;
  const madeIn = agreement.sessionId === null ? undefined : state.sessions[agreement.sessionId];
  return [
    agreement.text,
    levelLabel(agreement.level, lang),
    personNames(state, agreement.ownerIds).join(", "),
    statusLabel(agreement.status, settlingDecision(state, agreement.id), lang),
    agreement.due,
    exportText(lang, isOverdue(state, agreement, today) ? "yes" : "no"),
    goalTitles(state, agreement.goalIds).join(", "),
    caseTitle(state, agreement.caseId) ?? "",
    (collisionInterests(state, agreement.collisionId) ?? []).join(" ↔ "),
    agreement.outcome,
    madeIn?.date ?? "",
    ...latestReview(state, agreement, lang),
  ];
}

/**
 * Every agreement of the (already projected) state as CSV for a spreadsheet:
 * UTF-8 byte order mark, a header row in the language, one row per agreement
 * in the order they were made, CRLF line ends, ISO dates. Fields with the
 * separator, quotes or line breaks are quoted; fields starting like a
 * formula (= + - @) get a leading apostrophe so a spreadsheet shows them
 * as text instead of running them.
 */
export function agreementsCsv(state: SeriesState, options: AgreementsCsvOptions): string {
  const agreements = Object.values(state.agreements).sort((a, b) => a.createdSeq - b.createdSeq);
  return stringify(
    agreements.map((a) => row(state, a, options)),
    {
      bom: true,
      header: true,
      columns: COLUMNS.map((key) => exportText(options.lang, key)),
      delimiter: options.separator,
      record_delimiter: "windows",
      // With CRLF as record delimiter the library would leave a lone "\n" unquoted.
      quoted_match: /[\r\n]/,
      escape_formulas: true,
    },
  );
}
