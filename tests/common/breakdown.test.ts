import { describe, expect, it } from "vitest";
import { apply, authorizeCommand, checkCommand } from "@common/domain/apply.js";
import type { ClientCommand } from "@common/domain/commands.js";
import { childrenOf, childrenProgress } from "@common/domain/rules/breakdown.js";
import type { SeriesState } from "@common/domain/types.js";
import { projectEvent, projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { projectMine } from "@common/domain/visibility/mine.js";
import { AGREEMENT, ANNA, BERND, CARLA, DORIS, makeRoom, ORG_A, ORG_B, SESSION, type Step } from "./fixtures.js";

const AT = "2026-11-20T10:00:00.000Z";
const STRATEGIC = "agreement-strat";
const CHILD = "agreement-child";
const SECOND = "agreement-second";
const B_STRATEGIC = "agreement-b-strat"; // internal to Firma B

const strategic = (agreementId: string, internalTo: string | null = null): ClientCommand => ({
  type: "agreement.add",
  agreementId,
  values: { text: "Marge vor Umsatz", level: "strategic", internalTo },
});
/** A command and who sends it. */
type Sent = { by: string; command: ClientCommand };

const child = (agreementId: string, parentId: string, by = ANNA): Sent => ({
  by,
  command: { type: "agreement.add", agreementId, values: { text: "Eilzuschlag einführen", parentId } },
});

/** The room with a strategic agreement broken down into one executive agreement. */
function brokenDown(more: readonly Step[] = []): SeriesState {
  return makeRoom([strategic(STRATEGIC), child(CHILD, STRATEGIC), ...more]);
}

function send(state: SeriesState, by: string, command: ClientCommand): SeriesState {
  const refused = authorizeCommand(state, by, command) ?? checkCommand(state, command, by);
  if (refused) throw new Error(`${command.type} refused: ${refused.message}`);
  return apply(state, { seq: state.seq + 1, commandId: `c-${state.seq + 1}`, actorId: by, at: AT, command });
}

const refusal = (state: SeriesState, command: ClientCommand): string | null =>
  checkCommand(state, command, ANNA)?.message ?? null;

describe("breaking a strategic agreement down", () => {
  const trashed = send(brokenDown([strategic("agreement-gone")]), ANNA, {
    type: "agreement.remove",
    agreementId: "agreement-gone",
  });
  it.each<[string, SeriesState, ClientCommand, string | null]>([
    [
      "an executive agreement under a strategic one",
      brokenDown(),
      { type: "agreement.add", agreementId: SECOND, values: { text: "x", parentId: STRATEGIC } },
      null,
    ],
    [
      "a parent that does not exist",
      brokenDown(),
      { type: "agreement.add", agreementId: SECOND, values: { text: "x", parentId: "agreement-none" } },
      "parent agreement not found",
    ],
    [
      "a parent in the trash",
      trashed,
      { type: "agreement.add", agreementId: SECOND, values: { text: "x", parentId: "agreement-gone" } },
      "the strategic agreement is in the trash",
    ],
    [
      "an executive parent",
      brokenDown(),
      { type: "agreement.add", agreementId: SECOND, values: { text: "x", parentId: AGREEMENT } },
      "only a strategic agreement can be broken down",
    ],
    [
      "a strategic child",
      brokenDown(),
      { type: "agreement.add", agreementId: SECOND, values: { text: "x", level: "strategic", parentId: STRATEGIC } },
      "only an executive agreement breaks a strategic one down",
    ],
    [
      "an existing executive agreement put under it",
      brokenDown(),
      { type: "agreement.update", agreementId: AGREEMENT, changes: { parentId: STRATEGIC } },
      null,
    ],
    [
      "an agreement under itself",
      brokenDown(),
      { type: "agreement.update", agreementId: STRATEGIC, changes: { parentId: STRATEGIC } },
      "an agreement cannot break itself down",
    ],
    [
      "a strategic agreement with children made executive (they let go)",
      brokenDown(),
      { type: "agreement.update", agreementId: STRATEGIC, changes: { level: "operational" } },
      null,
    ],
    [
      "a strategic agreement under another strategic one",
      brokenDown([strategic(SECOND)]),
      { type: "agreement.update", agreementId: SECOND, changes: { parentId: STRATEGIC } },
      "only an executive agreement breaks a strategic one down",
    ],
    [
      "a child made strategic (it lets go of its parent)",
      brokenDown(),
      { type: "agreement.update", agreementId: CHILD, changes: { level: "strategic" } },
      null,
    ],
    [
      "a child made strategic while the update names its parent",
      brokenDown(),
      { type: "agreement.update", agreementId: CHILD, changes: { level: "strategic", parentId: STRATEGIC } },
      "only an executive agreement breaks a strategic one down",
    ],
    [
      "a child made strategic and let go",
      brokenDown(),
      { type: "agreement.update", agreementId: CHILD, changes: { level: "strategic", parentId: null } },
      null,
    ],
    [
      "a text change of a child leaves the rules alone",
      brokenDown(),
      { type: "agreement.update", agreementId: CHILD, changes: { text: "Eilzuschlag ab 48 h" } },
      null,
    ],
  ])("%s", (_name, state, command, expected) => {
    expect(refusal(state, command)).toBe(expected);
  });

  it("derives the children from the parent links, oldest first, and lets the child default to executive", () => {
    const state = brokenDown([child(SECOND, STRATEGIC)]);
    expect(childrenOf(state, STRATEGIC).map((a) => [a.id, a.level])).toEqual([
      [CHILD, "operational"],
      [SECOND, "operational"],
    ]);
    expect(childrenOf(state, CHILD)).toEqual([]);
    expect(state.agreements[STRATEGIC]).not.toHaveProperty("parentId");
  });

  it("shows how the children did: status and the latest review's kept and outcome", () => {
    let state = brokenDown([child(SECOND, STRATEGIC)]);
    state = send(state, ANNA, { type: "agreement.status", agreementId: CHILD, status: "done", comment: "" });
    state = send(state, ANNA, {
      type: "review.set",
      sessionId: SESSION,
      agreementId: CHILD,
      changes: { kept: "partly", outcome: "yes" },
    });
    expect(childrenProgress(state, STRATEGIC).map((p) => [p.agreement.id, p.agreement.status, p.latest])).toEqual([
      [CHILD, "done", { sessionId: SESSION, kept: "partly", outcome: "yes" }],
      [SECOND, "open", null],
    ]);
  });

  it("lets the children go while the parent is in the trash and ties them back at the restore", () => {
    const state = brokenDown([child(SECOND, STRATEGIC)]);
    const removed = send(state, ANNA, { type: "agreement.remove", agreementId: STRATEGIC });
    expect([removed.agreements[CHILD]?.parentId, removed.agreements[SECOND]?.parentId]).toEqual([null, null]);
    // Meanwhile the second child is made strategic: it does not go back under.
    const moved = send(removed, ANNA, {
      type: "agreement.update",
      agreementId: SECOND,
      changes: { level: "strategic" },
    });
    const restored = send(moved, ANNA, { type: "item.restore", kind: "agreement", itemId: STRATEGIC });
    expect(childrenOf(restored, STRATEGIC).map((a) => a.id)).toEqual([CHILD]);
    expect(restored.agreements[SECOND]?.parentId).toBeNull();
  });

  it("keeps the parent when a child is revised at its review", () => {
    const state = send(brokenDown(), ANNA, {
      type: "review.decide",
      sessionId: SESSION,
      agreementId: CHILD,
      decision: "revise",
      successor: { agreementId: "agreement-next", text: "Eilzuschlag ab 48 h" },
    });
    expect(childrenOf(state, STRATEGIC).map((a) => a.id)).toEqual([CHILD, "agreement-next"]);
  });
});

describe("session level", () => {
  it.each<[string, "strategic" | "operational" | null, Partial<{ level: "strategic"; parentId: string }>, string]>([
    ["a strategic session's agreement is strategic", "strategic", {}, "strategic"],
    ["an executive session's agreement is executive", "operational", {}, "operational"],
    ["a session without a level leaves it executive", null, {}, "operational"],
    ["a break-down in a strategic session is executive", "strategic", { parentId: STRATEGIC }, "operational"],
  ])("%s", (_name, level, values, expected) => {
    let state = makeRoom([strategic(STRATEGIC)]);
    state = send(state, ANNA, { type: "session.update", sessionId: SESSION, changes: { level } });
    state = send(state, ANNA, {
      type: "agreement.add",
      agreementId: SECOND,
      values: { text: "x", sessionId: SESSION, ...values },
    });
    expect(state.agreements[SECOND]?.level).toBe(expected);
  });

  it("passes on to the next session made at the close, unless the close names another", () => {
    const strategicSession = send(makeRoom(), ANNA, {
      type: "session.update",
      sessionId: SESSION,
      changes: { level: "strategic" },
    });
    const close = (values: { date: string; level?: "operational" }): ClientCommand => ({
      type: "session.close",
      sessionId: SESSION,
      confirmUndecided: true,
      next: { sessionId: "session-next", values },
    });
    const kept = send(strategicSession, ANNA, close({ date: "2027-02-20" }));
    const named = send(strategicSession, ANNA, close({ date: "2027-02-20", level: "operational" }));
    expect([kept.sessions["session-next"]?.level, named.sessions["session-next"]?.level]).toEqual([
      "strategic",
      "operational",
    ]);
  });
});

describe("an internal parent of another organisation", () => {
  // Doris (Firma B) breaks her company's internal strategy down into an agreement the whole series sees.
  const before = makeRoom([{ by: DORIS, command: strategic(B_STRATEGIC, ORG_B) }]);
  const command: ClientCommand = {
    type: "agreement.add",
    agreementId: CHILD,
    values: { text: "Liefertermine wöchentlich bestätigen", parentId: B_STRATEGIC },
  };
  const after = send(before, DORIS, command);
  const viewer = (id: string) => viewerOf(after, id) ?? expect.fail(`${id} is in the room`);

  it.each<[string, string, string | null, boolean]>([
    ["Doris sees the link to her company's strategy", DORIS, B_STRATEGIC, true],
    ["Carla of Firma A sees the agreement without a link", CARLA, null, false],
    ["the facilitator of Firma A sees no link either", ANNA, null, false],
  ])("%s", (_name, personId, parentId, seesParent) => {
    const projected = projectState(after, viewer(personId));
    expect(projected.agreements[CHILD]?.parentId ?? null).toBe(parentId);
    expect(JSON.stringify(projected).includes(B_STRATEGIC)).toBe(seesParent);
  });

  it("does not send the break-down itself to those who may not see the parent", () => {
    const event = { seq: after.seq, commandId: "c-x", actorId: DORIS, at: AT, command };
    const projected = projectEvent(event, before, after, viewer(CARLA));
    expect(JSON.stringify(projected.event)).not.toContain(B_STRATEGIC);
    expect(projected.resync).toBe(true);
  });

  it.each<[string, string, string | null]>([
    ["Carla's own agreements name no parent she may not see", CARLA, null],
    ["Doris's own agreements name her company's strategy", DORIS, B_STRATEGIC],
  ])("%s", (_name, owner, parentId) => {
    const owned = send(after, DORIS, {
      type: "agreement.link",
      agreementId: CHILD,
      kind: "owner",
      targetId: owner,
      linked: true,
    });
    const mine = projectMine(owned, owner, null);
    expect(mine.agreements[CHILD]?.parentId ?? null).toBe(parentId);
  });

  it("refuses a break-down under a parent the sender may not see", () => {
    const refused = authorizeCommand(before, CARLA, { ...command, values: { ...command.values } });
    // As for any item the sender may not see: not found, so that not even its existence leaks.
    expect(refused?.code).toBe("not_found");
  });
});

describe("a level change next to break-down links the sender may not see", () => {
  const SHARED_STRATEGIC = "agreement-shared-strat";
  const SHARED_EXECUTIVE = "agreement-shared-exec";
  const A_CHILD = "agreement-a-child"; // internal to Firma A
  const A_STRATEGIC = "agreement-a-strat"; // internal to Firma A
  const executive = (agreementId: string, internalTo: string | null = null): ClientCommand => ({
    type: "agreement.add",
    agreementId,
    values: { text: "Liefertermine wöchentlich bestätigen", level: "operational", internalTo },
  });
  /** Each step through the same authorization and check a client's command meets. */
  const built = (steps: readonly Sent[]): SeriesState =>
    steps.reduce((state, step) => send(state, step.by, step.command), makeRoom());
  const links = (state: SeriesState) =>
    Object.fromEntries(
      Object.values(state.agreements)
        .filter((a) => a.id !== AGREEMENT)
        .map((a) => [a.id, [a.level, a.parentId ?? null]]),
    );

  type Links = Record<string, [string, string | null]>;
  it.each<[string, Sent[], string, ClientCommand, Links, Links]>([
    [
      // Doris may not see Bernd's internal child: her level change goes through, the child lets go.
      "Doris makes her shared strategic agreement executive; Firma A's internal child under it lets go",
      [
        { by: DORIS, command: strategic(SHARED_STRATEGIC) },
        {
          by: BERND,
          command: {
            type: "agreement.add",
            agreementId: A_CHILD,
            values: { text: "Interne Rabattstaffel", parentId: SHARED_STRATEGIC, internalTo: ORG_A },
          },
        },
      ],
      DORIS,
      { type: "agreement.update", agreementId: SHARED_STRATEGIC, changes: { level: "operational" } },
      { [SHARED_STRATEGIC]: ["strategic", null], [A_CHILD]: ["operational", SHARED_STRATEGIC] },
      { [SHARED_STRATEGIC]: ["operational", null], [A_CHILD]: ["operational", null] },
    ],
    [
      // Firma A put Doris's shared agreement under its internal strategy, which she may not see.
      "Doris makes a shared executive agreement strategic; it lets go of Firma A's internal parent",
      [
        { by: DORIS, command: executive(SHARED_EXECUTIVE) },
        { by: BERND, command: strategic(A_STRATEGIC, ORG_A) },
        {
          by: BERND,
          command: { type: "agreement.update", agreementId: SHARED_EXECUTIVE, changes: { parentId: A_STRATEGIC } },
        },
      ],
      DORIS,
      { type: "agreement.update", agreementId: SHARED_EXECUTIVE, changes: { level: "strategic" } },
      { [SHARED_EXECUTIVE]: ["operational", A_STRATEGIC], [A_STRATEGIC]: ["strategic", null] },
      { [SHARED_EXECUTIVE]: ["strategic", null], [A_STRATEGIC]: ["strategic", null] },
    ],
    [
      "Carla makes strategic what breaks down Firma B's internal strategy; it lets go",
      [{ by: DORIS, command: strategic(B_STRATEGIC, ORG_B) }, child(SHARED_EXECUTIVE, B_STRATEGIC, DORIS)],
      CARLA,
      { type: "agreement.update", agreementId: SHARED_EXECUTIVE, changes: { level: "strategic" } },
      { [B_STRATEGIC]: ["strategic", null], [SHARED_EXECUTIVE]: ["operational", B_STRATEGIC] },
      { [B_STRATEGIC]: ["strategic", null], [SHARED_EXECUTIVE]: ["strategic", null] },
    ],
    [
      "Doris makes her strategic agreement executive; the child under it that all see lets go",
      [{ by: DORIS, command: strategic(SHARED_STRATEGIC) }, child(SHARED_EXECUTIVE, SHARED_STRATEGIC, DORIS)],
      DORIS,
      { type: "agreement.update", agreementId: SHARED_STRATEGIC, changes: { level: "operational" } },
      { [SHARED_STRATEGIC]: ["strategic", null], [SHARED_EXECUTIVE]: ["operational", SHARED_STRATEGIC] },
      { [SHARED_STRATEGIC]: ["operational", null], [SHARED_EXECUTIVE]: ["operational", null] },
    ],
    [
      "a level change that breaks no link leaves every link alone",
      [
        { by: DORIS, command: strategic(SHARED_STRATEGIC) },
        child(SHARED_EXECUTIVE, SHARED_STRATEGIC, DORIS),
        { by: BERND, command: strategic(A_STRATEGIC, ORG_A) },
      ],
      DORIS,
      { type: "agreement.update", agreementId: SHARED_EXECUTIVE, changes: { level: "operational" } },
      {
        [SHARED_STRATEGIC]: ["strategic", null],
        [SHARED_EXECUTIVE]: ["operational", SHARED_STRATEGIC],
        [A_STRATEGIC]: ["strategic", null],
      },
      {
        [SHARED_STRATEGIC]: ["strategic", null],
        [SHARED_EXECUTIVE]: ["operational", SHARED_STRATEGIC],
        [A_STRATEGIC]: ["strategic", null],
      },
    ],
  ])("%s", (_name, steps, by, command, linked, expected) => {
    const before = built(steps);
    expect(links(before)).toEqual(linked);
    const after = send(before, by, command);
    expect(links(after)).toEqual(expected);
    // Everyone who receives the event ends where the server's view of them is.
    const event = { seq: after.seq, commandId: `c-${after.seq}`, actorId: by, at: AT, command };
    for (const personId of [ANNA, BERND, CARLA, DORIS]) {
      const viewer = viewerOf(after, personId) ?? expect.fail(`${personId} is in the room`);
      const projected = projectEvent(event, before, after, viewer);
      expect(projected.resync).toBe(false);
      const theirs = apply(projectState(before, viewer), projected.event);
      expect(links(theirs)).toEqual(links(projectState(after, viewer)));
    }
  });
});
