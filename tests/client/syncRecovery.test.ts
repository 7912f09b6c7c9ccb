import { beforeEach, describe, expect, it } from "vitest";
import type { AppStore } from "../../client/src/store/store.js";
import { answerHelloWithEvents, connectAndJoin, remote, replyBase, startClient } from "./support/harness.js";
import { ALICE, BOB, addCase, makeSeries } from "./support/series.js";

function caseTitles(store: AppStore): string[] {
  return Object.values(store.getState().document.view?.cases ?? {})
    .map((c) => c.title)
    .sort();
}

beforeEach(() => localStorage.clear());

// Each of these was found by the sync fuzz (tests/server/fuzz.test.ts), where its seed is kept too.
describe("SyncClient recovers what a drop or a gap would have lost", () => {
  it("asks again after a reconnect for the fresh snapshot it asked for when the connection dropped", () => {
    const log = makeSeries();
    const { transport } = startClient();
    connectAndJoin(transport, log);
    // What this person may see changed as a whole (e.g. their role): the client asks for everything afresh.
    transport.broadcast({ events: [log.add(BOB, { type: "hidden" })], resync: true });
    expect(transport.take("sync").message).toEqual({ lastSeq: 0 });
    transport.drop();
    transport.connect();
    answerHelloWithEvents(transport, log);
    expect(transport.take("sync").message).toEqual({ lastSeq: 0 });
  });

  it("is done with a command acknowledged before its event once a snapshot holds it", () => {
    const log = makeSeries();
    const { store, transport, client } = startClient();
    connectAndJoin(transport, log);
    const seen = log.seq;
    client.send(addCase("case-0001", "Eilauftrag"));
    const sent = transport.take("command");
    // Committed after a change this client has not seen; the acknowledgement comes before either event.
    log.add(BOB, addCase("case-0002", "Vorher"));
    const event = log.add(ALICE, sent.message.command, sent.message.id);
    sent.answer(null, { ok: true, seq: event.seq, duplicate: false });
    expect(store.getState().pending.commands).toHaveLength(1);
    remote(transport, log, BOB, addCase("case-0003", "Danach"));
    const sync = transport.take("sync");
    expect(sync.message).toEqual({ lastSeq: seen });
    sync.answer(null, { ...replyBase(), kind: "snapshot", state: log.state() });
    expect(store.getState().pending.commands).toEqual([]);
    expect(caseTitles(store)).toEqual(["Danach", "Eilauftrag", "Vorher"]);
  });

  it("asks for the events that came past a gap while a sync was under way and that its answer ends before", () => {
    const log = makeSeries();
    const { store, transport } = startClient();
    connectAndJoin(transport, log);
    const seen = log.seq;
    log.add(BOB, addCase("case-0001", "Verpasst"));
    remote(transport, log, BOB, addCase("case-0002", "Danach"));
    const sync = transport.take("sync");
    // The server reads the catch-up, then commits one more; its broadcast comes before the answer.
    const readAt = log.seq;
    remote(transport, log, BOB, addCase("case-0003", "Währenddessen"));
    sync.answer(null, {
      ...replyBase(),
      kind: "events",
      events: log.since(seen).slice(0, readAt - seen),
      headSeq: readAt,
    });
    expect(caseTitles(store)).toEqual(["Danach", "Verpasst"]);
    const again = transport.take("sync");
    expect(again.message).toEqual({ lastSeq: readAt });
    again.answer(null, { ...replyBase(), kind: "events", events: log.since(readAt), headSeq: log.seq });
    expect(caseTitles(store)).toEqual(["Danach", "Verpasst", "Währenddessen"]);
  });
});
