import { describe, expect, it } from "vitest";
import type { EventCommand } from "@common/domain/commands.js";
import { AgreementNews, agreementNews, isNewUpdate, lastSessionSeq } from "@common/domain/rules/sinceLastSession.js";
import { ANNA, BERND, join, makeSeries, type Step } from "./fixtures.js";

const CARLA = "person-carla";
const S1 = "session-01";
const S2 = "session-02";
const A1 = "agreement-1";

const make: Step = {
  type: "agreement.add",
  agreementId: A1,
  values: { text: "Eilaufträge abstimmen", sessionId: S1, ownerIds: [BERND] },
};
const reported: Step = {
  by: BERND,
  command: { type: "agreement.status", agreementId: A1, status: "in_progress", comment: "läuft" },
};
const edited: Step = {
  by: BERND,
  command: { type: "agreement.update", agreementId: A1, changes: { due: "2026-12-01" } },
};
const ownerLinked: Step = {
  type: "agreement.link",
  agreementId: A1,
  kind: "owner",
  targetId: CARLA,
  linked: true,
};
const close = (sessionId: string): EventCommand => ({ type: "session.close", sessionId, confirmUndecided: true });
const reopen = (sessionId: string): EventCommand => ({ type: "session.reopen", sessionId });

/** Two sessions and Carla; the steps of each case follow (Anna sends unless a step names its sender). */
function series(steps: readonly Step[]) {
  return makeSeries([
    join(CARLA, "Carla", "participant"),
    { type: "session.add", sessionId: S1, values: { date: "2026-09-01" } },
    { type: "session.add", sessionId: S2, values: { date: "2026-10-01" } },
    ...steps,
  ]);
}

describe("what is new about an agreement since the last session", () => {
  it.each<[string, Step[], string | null, AgreementNews[]]>([
    ["nothing counts before any session closed", [make, reported, edited], ANNA, []],
    ["made before the close, untouched since", [make, close(S1)], ANNA, []],
    ["reported and edited during the session, before its close", [make, reported, edited, close(S1)], ANNA, []],
    ["made after the close by someone else", [close(S1), make], BERND, ["made"]],
    ["made after the close by the viewer", [close(S1), make], ANNA, []],
    ["status reported after the close", [make, close(S1), reported], ANNA, ["status"]],
    ["the viewer's own status report", [make, close(S1), reported], BERND, []],
    ["due date edited after the close", [make, close(S1), edited], ANNA, ["edited"]],
    ["the viewer's own edit", [make, close(S1), edited], BERND, []],
    ["owners linked after the close keep no writer and do not count", [make, close(S1), ownerLinked], CARLA, []],
    [
      "made, reported and edited after the close",
      [close(S1), make, reported, edited],
      CARLA,
      ["made", "status", "edited"],
    ],
    ["a later close moves last time past the report", [make, close(S1), reported, close(S2)], ANNA, []],
    [
      "a reopened session no longer counts as last time",
      [make, close(S1), reported, close(S2), reopen(S2)],
      ANNA,
      ["status"],
    ],
    ["a viewer who is nobody is told everything after the close", [make, close(S1), reported], null, ["status"]],
  ])("%s", (_label, steps, viewer, news) => {
    const state = series(steps);
    const agreement = state.agreements[A1];
    if (!agreement) throw new Error("no agreement");
    expect(agreementNews(state, agreement, viewer)).toEqual(news);
  });
});

describe("where last time ended", () => {
  it.each<[string, Step[], number | null]>([
    ["no session closed", [], null],
    ["the one closed session", [close(S1)], 6],
    ["the latest close, whichever session", [close(S2), make, close(S1)], 8],
    ["a reopened session falls back to the earlier close", [close(S1), close(S2), reopen(S2)], 6],
  ])("%s", (_label, steps, seq) => {
    expect(lastSessionSeq(series(steps))).toBe(seq);
  });

  it.each([
    ["after the close, by someone else", 7, BERND, true],
    ["after the close, by the viewer", 7, ANNA, false],
    ["at the close itself", 6, BERND, false],
    ["before the close", 5, BERND, false],
  ] as const)("a status update %s", (_label, seq, by, fresh) => {
    expect(isNewUpdate({ by, status: "done", comment: "", at: "", seq }, 6, ANNA)).toBe(fresh);
  });
});
