import { expectedEffectText, realisedEffectText } from "./effectColumns.js";
import { assertNever } from "../domain/assertNever.js";
import { MirrorVerdict } from "../domain/vocabulary.js";
import {
  decisionLabel,
  fitLabel,
  flagLabel,
  keptLabel,
  levelLabel,
  outcomeLabel,
  sideLabel,
  stageLabel,
  statusLabel,
} from "./exportLabels.js";
import { exportText, type ExportLanguage, type ExportTextKey } from "./exportTexts.js";
import { mdBlock, mdField, mdInline, readableDate, readableNumber } from "./markdownText.js";
import type {
  Attribution,
  MinutesAgreement,
  MinutesCase,
  MinutesMirror,
  MinutesNote,
  MinutesReview,
} from "./minutesModel.js";

/** The author label of a contribution; "" when it names nobody. */
export function attributionText(author: Attribution, lang: ExportLanguage): string {
  switch (author.kind) {
    case "named":
      return author.name;
    case "side":
      return [author.side === null ? null : sideLabel(author.side, lang), author.org]
        .filter((part) => part !== null)
        .join(", ");
    case "unnamed":
      return "";
    default:
      return assertNever(author);
  }
}

function noteLine(note: MinutesNote, lang: ExportLanguage): string {
  const author = attributionText(note.author, lang);
  return `- ${mdBlock(note.text, "  ")}${author === "" ? "" : ` — ${mdInline(author)}`}`;
}

function mirrorLines(mirror: MinutesMirror, lang: ExportLanguage): string[] {
  const author = attributionText(mirror.author, lang);
  const side = sideLabel(mirror.ofSide, lang);
  const head =
    author === ""
      ? exportText(lang, "mirror.unnamed", { side })
      : exportText(lang, "mirror.by", { name: mdInline(author), side });
  const lines = [`- ${head} ${mdBlock(mirror.text, "  ")}`];
  const by = mdInline(mirror.answeredBy ?? "");
  if (mirror.verdict === MirrorVerdict.confirmed)
    lines.push(`  ✓ ${exportText(lang, "mirror.confirmedBy", { name: by })}`);
  if (mirror.verdict === MirrorVerdict.corrected)
    lines.push(`  ${exportText(lang, "mirror.correctedBy", { name: by })} ${mdBlock(mirror.correction, "  ")}`);
  return lines;
}

/** A subsection with a list, or nothing when the list is empty. */
function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`#### ${title}`, "", ...lines, ""];
}

function prose(title: string, text: string): string[] {
  return text.trim() === "" ? [] : [`#### ${title}`, "", mdBlock(text), ""];
}

/** One case of the minutes: facts, both views, look-back lists, mirrors, collisions and goals. */
export function caseMarkdown(item: MinutesCase, index: number, lang: ExportLanguage): string[] {
  const t = (key: ExportTextKey): string => exportText(lang, key);
  const facts = [
    item.presenter === null ? null : mdField(t("case.presenter"), mdInline(item.presenter)),
    item.org === null ? null : mdField(t("case.org"), mdInline(item.org)),
    item.happenedOn === "" ? null : mdField(t("case.happenedOn"), readableDate(item.happenedOn, lang)),
    item.stage === null ? null : mdField(t("case.stage"), stageLabel(item.stage, lang)),
    item.customer === "" ? null : mdField(t("case.customer"), mdInline(item.customer)),
    item.marginImpact === null ? null : mdField(t("case.margin"), readableNumber(item.marginImpact, lang)),
    item.delayDays === null ? null : mdField(t("case.delay"), readableNumber(item.delayDays, lang)),
  ].filter((line) => line !== null);
  return [
    `### ${index + 1}. ${mdInline(item.title)}`,
    "",
    ...(item.description.trim() === "" ? [] : [mdBlock(item.description), ""]),
    ...(facts.length === 0 ? [] : [...facts, ""]),
    ...prose(t("case.salesView"), item.salesView),
    ...prose(t("case.operationsView"), item.operationsView),
    ...section(
      t("notes.wentWell"),
      item.wentWell.map((n) => noteLine(n, lang)),
    ),
    ...section(
      t("notes.wentWrong"),
      item.wentWrong.map((n) => noteLine(n, lang)),
    ),
    ...section(
      t("notes.betterNext"),
      item.betterNext.map((n) => noteLine(n, lang)),
    ),
    ...section(
      t("case.mirrors"),
      item.mirrors.flatMap((m) => mirrorLines(m, lang)),
    ),
    ...section(
      t("case.collisions"),
      item.collisions.map((c) => `- ${c.map(mdInline).join(" ↔ ")}`),
    ),
    ...section(
      t("case.goals"),
      item.goals.map((g) => `- ${mdInline(g)}`),
    ),
  ];
}

function listOrNone(values: readonly string[], lang: ExportLanguage): string {
  return values.length === 0 ? exportText(lang, "none") : values.map(mdInline).join(", ");
}

/** One agreement made in the session, with what the board flags about it. */
export function agreementMarkdown(item: MinutesAgreement, index: number, lang: ExportLanguage): string[] {
  const t = (key: ExportTextKey): string => exportText(lang, key);
  const none = t("none");
  return [
    `### ${index + 1}. ${mdInline(item.text)}`,
    "",
    ...(item.replaces === null
      ? []
      : [`_${exportText(lang, "agreement.replaces", { text: mdInline(item.replaces) })}_`, ""]),
    mdField(t("agreement.level"), levelLabel(item.level, lang)),
    mdField(t("agreement.owners"), listOrNone(item.owners, lang)),
    mdField(t("agreement.due"), item.due === "" ? none : readableDate(item.due, lang)),
    mdField(t("agreement.goals"), listOrNone(item.goals, lang)),
    mdField(t("agreement.outcome"), item.outcome.trim() === "" ? none : mdInline(item.outcome)),
    ...(item.effect === null
      ? []
      : [mdField(t("effect.expectedLabel"), mdInline(expectedEffectText(item.effect, lang)))]),
    ...(item.caseTitle === null ? [] : [mdField(t("agreement.case"), mdInline(item.caseTitle))]),
    ...(item.collision === null ? [] : [mdField(t("agreement.collision"), item.collision.map(mdInline).join(" ↔ "))]),
    mdField(t("agreement.status"), statusLabel(item.status, item.settledBy, lang)),
    ...(item.flags.length === 0
      ? []
      : [mdField(t("agreement.flags"), item.flags.map((f) => `⚠ ${flagLabel(f, lang)}`).join(", "))]),
    "",
  ];
}

/** One review recorded in the session: the verdicts, the fit per goal, the decision and any new version. */
export function reviewMarkdown(item: MinutesReview, lang: ExportLanguage): string[] {
  const t = (key: ExportTextKey): string => exportText(lang, key);
  const fields = [
    item.kept === null ? null : mdField(t("review.kept"), keptLabel(item.kept, lang)),
    item.outcome === null ? null : mdField(t("review.outcome"), outcomeLabel(item.outcome, lang)),
    item.kpiValue === null ? null : mdField(t("review.kpi"), readableNumber(item.kpiValue, lang)),
    item.evidence.trim() === "" ? null : mdField(t("review.evidence"), mdBlock(item.evidence, "  ")),
    item.realisedEffect === null
      ? null
      : mdField(t("effect.realisedLabel"), mdInline(realisedEffectText(item.realisedEffect, lang))),
    ...item.fits.map((f) => mdField(exportText(lang, "review.fit", { goal: mdInline(f.goal) }), fitLabel(f.fit, lang))),
    item.decision === null ? null : mdField(t("review.decision"), decisionLabel(item.decision, lang)),
    item.successorText === null ? null : mdField(t("review.successor"), mdInline(item.successorText)),
  ].filter((line) => line !== null);
  return [`### ${mdInline(item.agreementText)}`, "", ...fields, ""];
}
