import type { ClientCommand } from "@common/domain/commands.js";
import type { CommandEnvelope } from "@common/protocol.js";
import { SyncClient } from "../../../client/src/sync/SyncClient.js";
import { createAppStore, type AppStore } from "../../../client/src/store/store.js";
import { FakeNetwork, FakeTransport } from "./fakeTransport.js";
import { ALICE, SERIES_ID, type EventLog } from "./series.js";

export interface Harness {
  store: AppStore;
  transport: FakeTransport;
  network: FakeNetwork;
  client: SyncClient;
}

/** What every successful catch-up reply carries besides the catch-up (the client's clock is the server's here). */
export function replyBase(serverNow = Date.now()): { ok: true; personId: string; serverNow: number } {
  return { ok: true, personId: "", serverNow };
}

/** A started sync client for `me`, on a fake transport that is not connected yet. */
export function startClient(me: string = ALICE, seriesId: string = SERIES_ID): Harness {
  const store = createAppStore();
  const transport = new FakeTransport();
  const network = new FakeNetwork();
  const client = new SyncClient({
    seriesId,
    personId: me,
    store,
    transport,
    network,
    helloRetryMs: 5,
    behindGraceMs: 5,
  });
  client.start();
  return { store, transport, network, client };
}

/** Answers the client's `hello` with the events it has not seen. */
export function answerHelloWithEvents(transport: FakeTransport, log: EventLog): void {
  const hello = transport.take("hello");
  hello.answer(null, { ...replyBase(), kind: "events", events: log.since(hello.message.lastSeq), headSeq: log.seq });
}

/** Answers the client's `hello` with a snapshot, as the server does for a client that has seen nothing. */
export function answerHelloWithSnapshot(transport: FakeTransport, log: EventLog): void {
  transport.take("hello").answer(null, { ...replyBase(), kind: "snapshot", state: log.state() });
}

/** Connects and joins: the client is ready and shows the series. */
export function connectAndJoin(transport: FakeTransport, log: EventLog): void {
  transport.connect();
  answerHelloWithSnapshot(transport, log);
  transport.sent.splice(0);
}

/** Plays the server for the oldest sent command: commits it, broadcasts the event, then acknowledges. */
export function commitNext(transport: FakeTransport, log: EventLog, actorId: string): CommandEnvelope {
  const sent = transport.take("command");
  const event = log.add(actorId, sent.message.command, sent.message.id);
  transport.broadcast({ events: [event] });
  sent.answer(null, { ok: true, seq: event.seq, duplicate: false });
  return sent.message;
}

/** Another person's command, committed and broadcast. */
export function remote(transport: FakeTransport, log: EventLog, actorId: string, command: ClientCommand): void {
  transport.broadcast({ events: [log.add(actorId, command)] });
}
