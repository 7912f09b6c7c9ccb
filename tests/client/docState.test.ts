import { describe, expect, it } from "vitest";
import { emptySeries } from "@common/domain/types.js";
import {
  acknowledge,
  addPendingCommand,
  docView,
  foldCatchUp,
  foldEvents,
  type SyncDoc,
} from "../../client/src/sync/docState.js";
import { ALICE, BOB, addCase, makeSeries } from "./support/series.js";

function confirmedDoc(log: ReturnType<typeof makeSeries>): SyncDoc {
  return { confirmed: log.state(), pending: [] };
}

describe("the document a client shows", () => {
  it("shows a case as soon as it is added, before the server confirms it", () => {
    const doc = addPendingCommand(confirmedDoc(makeSeries()), {
      id: "cmd-local-1",
      actorId: ALICE,
      command: addCase("case-0001", "Eilauftrag Müller"),
    });
    expect(docView(doc).cases["case-0001"]?.title).toBe("Eilauftrag Müller");
    expect(doc.confirmed.cases).toEqual({});
  });

  it("rolls a rejected command back and reports it", () => {
    const doc = addPendingCommand(confirmedDoc(makeSeries()), {
      id: "cmd-local-1",
      actorId: ALICE,
      command: addCase("case-0001", "Eilauftrag Müller"),
    });
    const result = acknowledge(doc, "cmd-local-1", { ok: false, error: { code: "limit_exceeded", message: "x" } });
    expect(docView(result.doc).cases).toEqual({});
    expect(result.doc.pending).toEqual([]);
    expect(result.rejected?.error.code).toBe("limit_exceeded");
    expect(result.rejected?.command.command.type).toBe("case.add");
  });

  it("keeps an accepted command shown until its event arrives, so the item never flickers away", () => {
    const log = makeSeries();
    const pendingAdd = { id: "cmd-local-1", actorId: ALICE, command: addCase("case-0001", "Eilauftrag") };
    const doc = addPendingCommand(confirmedDoc(log), pendingAdd);
    const acked = acknowledge(doc, "cmd-local-1", { ok: true, seq: log.seq + 1, duplicate: false });
    expect(docView(acked.doc).cases["case-0001"]).toBeDefined();
    expect(acked.doc.pending).toHaveLength(1);

    const event = log.add(ALICE, pendingAdd.command, "cmd-local-1");
    const folded = foldEvents(acked.doc, [event], ALICE);
    expect(folded.doc.pending).toEqual([]);
    expect(folded.doc.confirmed.cases["case-0001"]?.title).toBe("Eilauftrag");
  });

  it("drops an accepted command whose event was already folded in", () => {
    const log = makeSeries();
    const command = addCase("case-0001", "Eilauftrag");
    const doc = addPendingCommand(confirmedDoc(log), { id: "cmd-local-1", actorId: ALICE, command });
    log.add(ALICE, command, "cmd-local-1");
    const snapshotted = foldCatchUp(doc, { kind: "snapshot", state: log.state() }, ALICE);
    expect(snapshotted.doc.pending).toHaveLength(1);
    const acked = acknowledge(snapshotted.doc, "cmd-local-1", { ok: true, seq: log.seq, duplicate: true });
    expect(acked.doc.pending).toEqual([]);
    expect(acked.needsSync).toBe(false);
  });

  it("asks for a sync when a duplicate's event is newer than what the client has seen", () => {
    const log = makeSeries();
    const doc = addPendingCommand(confirmedDoc(log), {
      id: "cmd-1",
      actorId: ALICE,
      command: addCase("c-000001", "x"),
    });
    expect(acknowledge(doc, "cmd-1", { ok: true, seq: log.seq + 3, duplicate: true }).needsSync).toBe(true);
  });

  it("reports a gap when an event is missing before the batch", () => {
    const log = makeSeries({ cases: { "case-0001": "A", "case-0002": "B" } });
    const doc: SyncDoc = { confirmed: { ...emptySeries(log.seriesId) }, pending: [] };
    const start = foldEvents(doc, log.events.slice(0, 2), ALICE);
    expect(start.gap).toBe(false);
    const skipped = foldEvents(start.doc, log.events.slice(3), ALICE);
    expect(skipped.gap).toBe(true);
    expect(skipped.doc.confirmed.seq).toBe(2);
  });

  it("reports a gap when a catch-up ends before the server's head", () => {
    const log = makeSeries({ cases: { "case-0001": "A" } });
    const doc: SyncDoc = { confirmed: log.state(), pending: [] };
    log.add(BOB, addCase("case-0002", "B"));
    log.add(BOB, addCase("case-0003", "C"));
    const folded = foldCatchUp(doc, { kind: "events", events: log.events.slice(-2, -1), headSeq: log.seq }, ALICE);
    expect(folded.gap).toBe(true);
  });

  it("skips events already seen", () => {
    const log = makeSeries({ cases: { "case-0001": "A" } });
    const doc = confirmedDoc(log);
    const folded = foldEvents(doc, log.events, ALICE);
    expect(folded.doc.confirmed).toBe(doc.confirmed);
    expect(folded.gap).toBe(false);
  });

  it("names the fields I wrote last that someone else overwrote", () => {
    const log = makeSeries({ cases: { "case-0001": "A" } });
    log.add(ALICE, { type: "case.update", caseId: "case-0001", changes: { title: "Mine" } });
    const doc = confirmedDoc(log);
    const theirs = log.add(BOB, { type: "case.update", caseId: "case-0001", changes: { title: "Theirs" } });
    const folded = foldEvents(doc, [theirs], ALICE);
    expect(folded.overwrites).toEqual([
      { key: "case:case-0001:title", kind: "case", entityId: "case-0001", field: "title", by: BOB },
    ]);
    expect(foldEvents(doc, [theirs], BOB).overwrites).toEqual([]);
  });

  it("keeps pending commands over a snapshot, so that they are resent", () => {
    const log = makeSeries();
    const doc = addPendingCommand(confirmedDoc(log), {
      id: "cmd-1",
      actorId: ALICE,
      command: addCase("c-000001", "x"),
    });
    log.add(BOB, addCase("case-bob-1", "Bob's"));
    const folded = foldCatchUp(doc, { kind: "snapshot", state: log.state() }, ALICE);
    expect(Object.keys(docView(folded.doc).cases).sort()).toEqual(["c-000001", "case-bob-1"]);
  });

  it("asks again when a broadcast overtook an older snapshot", () => {
    const log = makeSeries();
    const older = log.state();
    log.add(BOB, addCase("case-bob-1", "Bob's"));
    const ahead = confirmedDoc(log);
    const folded = foldCatchUp(ahead, { kind: "snapshot", state: older }, ALICE);
    expect(folded.gap).toBe(true);
    expect(foldCatchUp(confirmedDoc(log), { kind: "snapshot", state: log.state() }, ALICE).gap).toBe(false);
  });
});
