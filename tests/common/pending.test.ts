import { describe, expect, it } from "vitest";
import { optimisticView, receiveEvents, type PendingCommand } from "@common/sync/pending.js";
import { overwrittenEdits } from "@common/sync/conflicts.js";
import { ANNA, BERND, makeEvents, makeSeries } from "../support/factories.js";

const CASE = "case-0001";
const addCase: PendingCommand = {
  id: "pending-1",
  actorId: ANNA,
  command: { type: "case.add", caseId: CASE, values: { title: "Eilauftrag", description: "" } },
};
const renameCase: PendingCommand = {
  id: "pending-2",
  actorId: ANNA,
  command: { type: "case.update", caseId: CASE, changes: { title: "Eilauftrag Müller" } },
};

describe("optimisticView", () => {
  it("shows pending commands on top of the confirmed state, keeping the confirmed seq", () => {
    const confirmed = makeSeries();
    const view = optimisticView(confirmed, [addCase, renameCase]);
    expect(view.cases[CASE]?.title).toBe("Eilauftrag Müller");
    expect(view.seq).toBe(confirmed.seq);
    expect(confirmed.cases).toEqual({});
  });

  it("skips a pending command whose target was removed by someone else", () => {
    const confirmed = makeSeries();
    const view = optimisticView(confirmed, [renameCase]);
    expect(view).toBe(confirmed);
  });
});

describe("receiveEvents", () => {
  it("rebases: remote events apply first, pending ones stay on top", () => {
    const confirmed = makeSeries();
    const remote = makeEvents(
      [{ by: BERND, command: { type: "case.add", caseId: "case-bernd", values: { title: "B", description: "" } } }],
      3,
    );
    const received = receiveEvents(confirmed, [addCase], remote);
    expect(received.gap).toBe(false);
    expect(received.pending).toEqual([addCase]);
    const view = optimisticView(received.confirmed, received.pending);
    expect(Object.keys(view.cases).sort()).toEqual(["case-0001", "case-bernd"]);
  });

  it("drops a pending command once its event comes back", () => {
    const confirmed = makeSeries();
    const [own] = makeEvents([addCase.command], 3);
    const received = receiveEvents(confirmed, [addCase, renameCase], [{ ...(own ?? fail()), commandId: addCase.id }]);
    expect(received.pending).toEqual([renameCase]);
    expect(received.confirmed.cases[CASE]?.title).toBe("Eilauftrag");
  });

  it("ignores events it has already seen and reports a gap", () => {
    const confirmed = makeSeries();
    const old = makeEvents([{ type: "series.rename", name: "dup" }], 2);
    expect(receiveEvents(confirmed, [], old).confirmed).toBe(confirmed);
    const ahead = makeEvents([addCase.command], 5);
    expect(receiveEvents(confirmed, [], ahead).gap).toBe(true);
  });
});

describe("overwrittenEdits", () => {
  it.each([
    ["my title overwritten by Bernd", ANNA, BERND, 1],
    ["Bernd overwriting his own title", BERND, BERND, 0],
    ["my own later edit", ANNA, ANNA, 0],
  ] as const)("%s", (_label, firstWriter, secondWriter, expected) => {
    const before = makeSeries([
      addCase.command,
      { by: firstWriter, command: { type: "case.update", caseId: CASE, changes: { title: "erst" } } },
    ]);
    const events = makeEvents(
      [{ by: secondWriter, command: { type: "case.update", caseId: CASE, changes: { title: "dann" } } }],
      5,
    );
    expect(overwrittenEdits(before, events, ANNA)).toHaveLength(expected);
  });
});

function fail(): never {
  throw new Error("missing fixture");
}
