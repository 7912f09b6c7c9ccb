import { expectedEffectText, realisedEffectText } from "./effectColumns.js";
import { assertNever } from "../domain/assertNever.js";
import { MirrorVerdict } from "../domain/vocabulary.js";
import {
  decisionLabel,
  fitLabel,
  flagLabel,
  keptLabel,
  changeKindLabel,
  levelLabel,
  outcomeLabel,
  sideLabel,
  stageLabel,
  statusLabel,
} from "./exportLabels.js";
import { translate, type Language, type MessageKey } from "../i18n/translate.js";
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
export function attributionText(author: Attribution, lang: Language): string {
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

function noteLine(note: MinutesNote, lang: Language): string {
  const author = attributionText(note.author, lang);
  return `- ${mdBlock(note.text, "  ")}${author === "" ? "" : ` — ${mdInline(author)}`}`;
}

function mirrorLines(mirror: MinutesMirror, lang: Language): string[] {
  const author = attributionText(mirror.author, lang);
  const side = sideLabel(mirror.ofSide, lang);
  const head =
    author === ""
      ? translate(lang, "document.mirror.unnamed", { side })
      : translate(lang, "cases.mirrors.by", { name: mdInline(author), side });
  const lines = [`- ${head} ${mdBlock(mirror.text, "  ")}`];
  const by = mdInline(mirror.answeredBy ?? "");
  if (mirror.verdict === MirrorVerdict.confirmed)
    lines.push(`  ✓ ${translate(lang, "cases.mirrors.confirmedBy", { name: by })}`);
  if (mirror.verdict === MirrorVerdict.corrected)
    lines.push(`  ${translate(lang, "cases.mirrors.correctedBy", { name: by })} ${mdBlock(mirror.correction, "  ")}`);
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
export function caseMarkdown(item: MinutesCase, index: number, lang: Language): string[] {
  const t = (key: MessageKey): string => translate(lang, key);
  const facts = [
    item.presenter === null ? null : mdField(t("cases.field.presenter"), mdInline(item.presenter)),
    item.org === null ? null : mdField(t("cases.field.org"), mdInline(item.org)),
    item.happenedOn === "" ? null : mdField(t("cases.field.happenedOn"), readableDate(item.happenedOn, lang)),
    item.stage === null ? null : mdField(t("cases.field.stage"), stageLabel(item.stage, lang)),
    item.customer === "" ? null : mdField(t("cases.field.customer"), mdInline(item.customer)),
    item.marginImpact === null ? null : mdField(t("cases.field.marginImpact"), readableNumber(item.marginImpact, lang)),
    item.delayDays === null ? null : mdField(t("cases.field.delayDays"), readableNumber(item.delayDays, lang)),
  ].filter((line) => line !== null);
  return [
    `### ${index + 1}. ${mdInline(item.title)}`,
    "",
    ...(item.description.trim() === "" ? [] : [mdBlock(item.description), ""]),
    ...(facts.length === 0 ? [] : [...facts, ""]),
    ...prose(t("cases.field.salesView"), item.salesView),
    ...prose(t("cases.field.operationsView"), item.operationsView),
    ...section(
      t("cases.notes.wentWell"),
      item.wentWell.map((n) => noteLine(n, lang)),
    ),
    ...section(
      t("cases.notes.wentWrong"),
      item.wentWrong.map((n) => noteLine(n, lang)),
    ),
    ...section(
      t("cases.notes.betterNext"),
      item.betterNext.map((n) => noteLine(n, lang)),
    ),
    ...section(
      t("cases.mirrors.title"),
      item.mirrors.flatMap((m) => mirrorLines(m, lang)),
    ),
    ...section(
      t("cases.collisions.title"),
      item.collisions.map((c) => `- ${c.map(mdInline).join(" ↔ ")}`),
    ),
    ...section(
      t("cases.goals.title"),
      item.goals.map((g) => `- ${mdInline(g)}`),
    ),
  ];
}

function listOrNone(values: readonly string[], lang: Language): string {
  return values.length === 0 ? translate(lang, "meeting.none") : values.map(mdInline).join(", ");
}

/** One agreement made in the session, with what the board flags about it. */
export function agreementMarkdown(item: MinutesAgreement, index: number, lang: Language): string[] {
  const t = (key: MessageKey): string => translate(lang, key);
  const none = t("meeting.none");
  return [
    `### ${index + 1}. ${mdInline(item.text)}`,
    "",
    ...(item.replaces === null
      ? []
      : [`_${translate(lang, "agreements.replaces", { text: mdInline(item.replaces) })}_`, ""]),
    mdField(t("agreements.field.level"), levelLabel(item.level, lang)),
    ...(item.changeKind === null ? [] : [mdField(t("document.changeKind"), changeKindLabel(item.changeKind, lang))]),
    ...(item.breaksDown === null ? [] : [mdField(t("breakdown.parent.field"), mdInline(item.breaksDown))]),
    mdField(t("agreements.field.owners"), listOrNone(item.owners, lang)),
    mdField(t("agreements.field.due"), item.due === "" ? none : readableDate(item.due, lang)),
    mdField(t("agreements.field.goals"), listOrNone(item.goals, lang)),
    mdField(t("agreements.field.outcome"), item.outcome.trim() === "" ? none : mdInline(item.outcome)),
    ...(item.effect === null
      ? []
      : [mdField(t("document.effect.expectedLabel"), mdInline(expectedEffectText(item.effect, lang)))]),
    ...(item.caseTitle === null ? [] : [mdField(t("agreements.add.case"), mdInline(item.caseTitle))]),
    ...(item.collision === null
      ? []
      : [mdField(t("agreements.field.collision"), item.collision.map(mdInline).join(" ↔ "))]),
    mdField(t("agreements.status.label"), statusLabel(item.status, item.settledBy, lang)),
    ...(item.flags.length === 0
      ? []
      : [mdField(t("agreements.flags.label"), item.flags.map((f) => `⚠ ${flagLabel(f, lang)}`).join(", "))]),
    "",
  ];
}

/** One review recorded in the session: the verdicts, the fit per goal, the decision and any new version. */
export function reviewMarkdown(item: MinutesReview, lang: Language): string[] {
  const t = (key: MessageKey): string => translate(lang, key);
  const fields = [
    item.kept === null ? null : mdField(t("review.kept.label"), keptLabel(item.kept, lang)),
    item.outcome === null ? null : mdField(t("review.outcome.label"), outcomeLabel(item.outcome, lang)),
    item.kpiValue === null ? null : mdField(t("review.kpiValue"), readableNumber(item.kpiValue, lang)),
    item.evidence.trim() === "" ? null : mdField(t("review.evidence"), mdBlock(item.evidence, "  ")),
    item.realisedEffect === null
      ? null
      : mdField(t("document.effect.realisedLabel"), mdInline(realisedEffectText(item.realisedEffect, lang))),
    ...item.fits.map((f) =>
      mdField(translate(lang, "review.fit.label", { goal: mdInline(f.goal) }), fitLabel(f.fit, lang)),
    ),
    item.decision === null ? null : mdField(t("review.decision.label"), decisionLabel(item.decision, lang)),
    item.successorText === null ? null : mdField(t("review.revise.text"), mdInline(item.successorText)),
  ].filter((line) => line !== null);
  return [`### ${mdInline(item.agreementText)}`, "", ...fields, "", ...childrenMarkdown(item.children, lang)];
}

/** How one executive agreement under a reviewed strategic one did, in words: its status, then its latest verdicts. */
export function childProgressText(child: MinutesReview["children"][number], lang: Language): string {
  const verdicts = child.reviewed
    ? [
        child.kept === null ? null : translate(lang, "breakdown.review.kept", { kept: keptLabel(child.kept, lang) }),
        child.outcome === null
          ? null
          : translate(lang, "breakdown.review.outcome", { outcome: outcomeLabel(child.outcome, lang) }),
      ].filter((part) => part !== null)
    : [translate(lang, "breakdown.review.notReviewed")];
  return [statusLabel(child.status, child.settledBy, lang), ...verdicts].join(", ");
}

/** How the executive agreements under a reviewed strategic one did, one line each; nothing for none. */
function childrenMarkdown(children: MinutesReview["children"], lang: Language): string[] {
  return section(
    translate(lang, "breakdown.review.title"),
    children.map((child) => `- ${mdInline(child.text)} — ${childProgressText(child, lang)}`),
  );
}
