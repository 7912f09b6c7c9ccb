import { describe, expect, it } from "vitest";
import { translate, type MessageKey } from "../../../client/src/i18n/i18n.js";
import { AgreementFlag } from "../../../common/domain/rules/agreements.js";
import {
  decisionLabel,
  fitLabel,
  flagLabel,
  keptLabel,
  levelLabel,
  outcomeLabel,
  sessionKindLabel,
  sideLabel,
  stageLabel,
  statusLabel,
} from "../../../common/exports/exportLabels.js";
import { exportText, type ExportLanguage, type ExportTextKey } from "../../../common/exports/exportTexts.js";

type LabelCase = [string, (lang: ExportLanguage) => string, MessageKey];

/** Every vocabulary label of the exports and the board's catalog key it must read like. */
const LABELS: LabelCase[] = [
  ["kind internal", (l) => sessionKindLabel("internal", l), "sessions.kind.internal"],
  ["kind workshop", (l) => sessionKindLabel("workshop", l), "sessions.kind.workshop"],
  ["kind peer visit", (l) => sessionKindLabel("peer_visit", l), "sessions.kind.peerVisit"],
  ["side sales", (l) => sideLabel("sales", l), "meeting.side.sales"],
  ["side operations", (l) => sideLabel("operations", l), "meeting.side.operations"],
  ["side shared", (l) => sideLabel("shared", l), "meeting.side.shared"],
  ["stage inquiry", (l) => stageLabel("inquiry", l), "cases.stage.inquiry"],
  ["stage quote", (l) => stageLabel("quote", l), "cases.stage.quote"],
  ["stage clarification", (l) => stageLabel("order_clarification", l), "cases.stage.orderClarification"],
  ["stage planning", (l) => stageLabel("planning", l), "cases.stage.planning"],
  ["stage production", (l) => stageLabel("production", l), "cases.stage.production"],
  ["stage delivery", (l) => stageLabel("delivery", l), "cases.stage.delivery"],
  ["stage invoicing", (l) => stageLabel("invoicing", l), "cases.stage.invoicing"],
  ["stage service", (l) => stageLabel("service", l), "cases.stage.service"],
  ["level strategic", (l) => levelLabel("strategic", l), "agreements.level.strategic"],
  ["level operational", (l) => levelLabel("operational", l), "agreements.level.operational"],
  ["status open", (l) => statusLabel("open", null, l), "agreements.status.open"],
  ["status in progress", (l) => statusLabel("in_progress", null, l), "agreements.status.inProgress"],
  ["status done", (l) => statusLabel("done", null, l), "agreements.status.done"],
  ["settled closed", (l) => statusLabel("open", "close", l), "agreements.settled.close"],
  ["settled revised", (l) => statusLabel("in_progress", "revise", l), "agreements.settled.revise"],
  ["settled dropped", (l) => statusLabel("done", "drop", l), "agreements.settled.drop"],
  ["kept", (l) => keptLabel("kept", l), "review.kept.kept"],
  ["kept partly", (l) => keptLabel("partly", l), "review.kept.partly"],
  ["not kept", (l) => keptLabel("not", l), "review.kept.not"],
  ["outcome yes", (l) => outcomeLabel("yes", l), "review.outcome.yes"],
  ["outcome partly", (l) => outcomeLabel("partly", l), "review.outcome.partly"],
  ["outcome no", (l) => outcomeLabel("no", l), "review.outcome.no"],
  ["fit supports", (l) => fitLabel("supports", l), "review.fit.supports"],
  ["fit neutral", (l) => fitLabel("neutral", l), "review.fit.neutral"],
  ["fit conflicts", (l) => fitLabel("conflicts", l), "review.fit.conflicts"],
  ["decision close", (l) => decisionLabel("close", l), "review.decision.close"],
  ["decision continue", (l) => decisionLabel("continue", l), "review.decision.continue"],
  ["decision revise", (l) => decisionLabel("revise", l), "review.decision.revise"],
  ["decision drop", (l) => decisionLabel("drop", l), "review.decision.drop"],
  ["flag no goal", (l) => flagLabel(AgreementFlag.noGoal, l), "agreements.flag.noGoal"],
  ["flag no owner", (l) => flagLabel(AgreementFlag.noOwner, l), "agreements.flag.noOwner"],
  ["flag one-sided", (l) => flagLabel(AgreementFlag.ownersOneSided, l), "agreements.flag.ownersOneSided"],
  ["flag no outcome", (l) => flagLabel(AgreementFlag.noOutcome, l), "agreements.flag.noOutcome"],
  [
    "flag not measurable",
    (l) => flagLabel(AgreementFlag.outcomeNotMeasurable, l),
    "agreements.flag.outcomeNotMeasurable",
  ],
  ["flag activity", (l) => flagLabel(AgreementFlag.outcomeIsActivity, l), "agreements.flag.outcomeIsActivity"],
  ["flag overdue", (l) => flagLabel(AgreementFlag.overdue, l), "agreements.flag.overdue"],
];

/** Headings, field labels and templates of the exports that the board shows with the same words. */
const TEXTS: [ExportTextKey, MessageKey][] = [
  ["none", "meeting.none"],
  ["session.place", "sessions.field.place"],
  ["session.kind", "sessions.field.kind"],
  ["session.host", "sessions.field.host"],
  ["review.title", "review.title"],
  ["review.kept", "review.kept.label"],
  ["review.outcome", "review.outcome.label"],
  ["review.kpi", "review.kpiValue"],
  ["review.evidence", "review.evidence"],
  ["review.decision", "review.decision.label"],
  ["review.successor", "review.revise.text"],
  ["cases.title", "cases.title"],
  ["case.presenter", "cases.field.presenter"],
  ["case.org", "cases.field.org"],
  ["case.happenedOn", "cases.field.happenedOn"],
  ["case.stage", "cases.field.stage"],
  ["case.customer", "cases.field.customer"],
  ["case.margin", "cases.field.marginImpact"],
  ["case.delay", "cases.field.delayDays"],
  ["case.salesView", "cases.field.salesView"],
  ["case.operationsView", "cases.field.operationsView"],
  ["case.collisions", "cases.collisions.title"],
  ["case.goals", "cases.goals.title"],
  ["notes.wentWell", "cases.notes.wentWell"],
  ["notes.wentWrong", "cases.notes.wentWrong"],
  ["notes.betterNext", "cases.notes.betterNext"],
  ["agreements.title", "agreements.title"],
  ["agreement.text", "agreements.field.text"],
  ["agreement.level", "agreements.field.level"],
  ["agreement.owners", "agreements.field.owners"],
  ["agreement.status", "agreements.status.label"],
  ["agreement.due", "agreements.field.due"],
  ["agreement.overdue", "agreements.flag.overdue"],
  ["agreement.goals", "agreements.field.goals"],
  ["agreement.case", "agreements.add.case"],
  ["agreement.collision", "agreements.field.collision"],
  ["agreement.outcome", "agreements.field.outcome"],
  ["agreement.flags", "agreements.flags.label"],
  ["close.summary", "sessions.close.summary"],
  ["close.nextDate", "sessions.close.nextDate"],
  ["close.title", "sessions.phase.close"],
  // Templates: unfilled, both keep their placeholders.
  ["minutes.session", "sessions.heading"],
  ["mirror.by", "cases.mirrors.by"],
  ["mirror.confirmedBy", "cases.mirrors.confirmedBy"],
  ["mirror.correctedBy", "cases.mirrors.correctedBy"],
  ["review.fit", "review.fit.label"],
  ["agreement.replaces", "agreements.replaces"],
  ["calendar.owners", "agreements.ownersAre"],
  ["calendar.outcome", "agreements.outcomeIs"],
  ["calendar.hostedBy", "sessions.hostedBy"],
];

const LANGUAGES: ExportLanguage[] = ["de", "en"];

describe("export labels speak like the board", () => {
  it("in both languages: every label and text that reads otherwise than on the board, listed", () => {
    const differences = LANGUAGES.flatMap((lang) => [
      ...LABELS.flatMap(([name, label, key]) => {
        const [exported, board] = [label(lang), translate(lang, key)];
        return exported === board ? [] : [`${lang} ${name}: "${exported}" vs board "${board}"`];
      }),
      ...TEXTS.flatMap(([exportKey, key]) => {
        const [exported, board] = [exportText(lang, exportKey), translate(lang, key)];
        return exported === board ? [] : [`${lang} ${exportKey}: "${exported}" vs board "${board}"`];
      }),
    ]);
    expect(differences).toEqual([]);
  });

  it.each([
    ["de", "minutes.session", { date: "20.11." }, "Sitzung am 20.11."],
    ["en", "minutes.session", { date: "20 Nov" }, "Session on 20 Nov"],
    ["de", "mirror.by", { name: "Jens", side: "Produktion" }, "Jens gibt die Sicht von Produktion wieder:"],
    ["en", "review.fit", { goal: "OTIF" }, "Fits “OTIF”?"],
    ["de", "calendar.due", {}, "Fällig: {text}"],
  ] as const)("%s %s fills its placeholders (and leaves unknown ones)", (lang, key, params, expected) => {
    expect(exportText(lang, key, params)).toBe(expected);
  });
});
