import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PROTOCOL_VERSION } from "@common/protocol.js";
import { TYPING_IDLE_MS } from "@common/domain/visibility/presence.js";
import { translate } from "../../client/src/i18n/i18n.js";
import type { AppStore } from "../../client/src/store/store.js";
import {
  answerHelloWithEvents,
  answerHelloWithSnapshot,
  commitNext,
  connectAndJoin,
  remote,
  replyBase,
  startClient,
} from "./support/harness.js";
import { ALICE, BOB, SERIES_ID, addCase, makeSeries } from "./support/series.js";

function toastTexts(store: AppStore): string[] {
  return store.getState().ui.toasts.map((t) => translate("de", t.message.key, t.message.params));
}

function caseTitles(store: AppStore): string[] {
  return Object.values(store.getState().document.view?.cases ?? {}).map((c) => c.title);
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

describe("SyncClient", () => {
  it("says hello with the protocol version, the series and the last seen sequence", () => {
    const { transport } = startClient();
    transport.connect();
    expect(transport.take("hello").message).toEqual({
      v: PROTOCOL_VERSION,
      seriesId: SERIES_ID,
      lastSeq: 0,
    });
  });

  it("shows the series once hello is answered, and is online", () => {
    const log = makeSeries({ cases: { "case-0001": "Eilauftrag" } });
    const { store, transport } = startClient();
    expect(store.getState().document.phase).toBe("loading");
    transport.connect();
    answerHelloWithSnapshot(transport, log);
    const { document, ui } = store.getState();
    expect(document.phase).toBe("ready");
    expect(document.view?.name).toBe("Werk Nord");
    expect(document.confirmedSeq).toBe(log.seq);
    expect(ui.connection).toBe("online");
    expect(transport.kinds()).toEqual(["presence"]);
  });

  it("shows a command at once and sends it; its event confirms it", () => {
    const log = makeSeries();
    const { store, transport, client } = startClient();
    connectAndJoin(transport, log);
    client.send(addCase("case-0001", "Eilauftrag Müller"));
    expect(caseTitles(store)).toEqual(["Eilauftrag Müller"]);
    expect(store.getState().pending.commands).toHaveLength(1);
    expect(store.getState().document.confirmedSeq).toBe(log.seq);

    commitNext(transport, log, ALICE);
    expect(store.getState().pending.commands).toEqual([]);
    expect(store.getState().document.confirmedSeq).toBe(log.seq);
    expect(caseTitles(store)).toEqual(["Eilauftrag Müller"]);
  });

  it("drops a rejected command, rolls the view back and says why", () => {
    const log = makeSeries({ cases: { "case-0001": "Eilauftrag" } });
    const { store, transport, client } = startClient();
    connectAndJoin(transport, log);
    client.send({ type: "case.update", caseId: "case-0001", changes: { title: "Geändert" } });
    expect(caseTitles(store)).toEqual(["Geändert"]);
    transport.take("command").answer(null, { ok: false, error: { code: "not_found", message: "case not found" } });
    expect(caseTitles(store)).toEqual(["Eilauftrag"]);
    expect(store.getState().pending.commands).toEqual([]);
    expect(toastTexts(store)).toEqual([
      "Dieser Fall wurde inzwischen gelöscht. Ihre Änderung wurde nicht gespeichert.",
    ]);
  });

  it.each([
    ["storage_unavailable", "the change could not be saved; try again"],
    ["rate_limited", "too many messages"],
  ] as const)(
    "keeps a command the server could not save (%s), shows saving paused and sends it again",
    (code, message) => {
      vi.useFakeTimers();
      const log = makeSeries();
      const { store, transport, client } = startClient();
      connectAndJoin(transport, log);
      client.send(addCase("case-0001", "Eilauftrag Müller"));
      transport.take("command").answer(null, { ok: false, error: { code, message } });
      expect(caseTitles(store)).toEqual(["Eilauftrag Müller"]);
      expect(store.getState().pending.commands).toHaveLength(1);
      expect(store.getState().ui.savingPaused).toBe(true);
      expect(toastTexts(store)).toEqual([]);
      expect(transport.kinds()).toEqual([]);
      vi.advanceTimersByTime(1000);
      const again = transport.take("command");
      expect(again.message).toMatchObject({ command: addCase("case-0001", "Eilauftrag Müller") });
      again.answer(null, { ok: false, error: { code, message } });
      // Waits longer each time the server is still away.
      vi.advanceTimersByTime(1999);
      expect(transport.kinds()).toEqual([]);
      vi.advanceTimersByTime(1);
      commitNext(transport, log, ALICE);
      expect(store.getState().pending.commands).toEqual([]);
      expect(store.getState().ui.savingPaused).toBe(false);
      expect(caseTitles(store)).toEqual(["Eilauftrag Müller"]);
    },
  );

  it("keeps commands made before the hello answer and sends them right after it, in order", () => {
    const log = makeSeries();
    const { transport, client } = startClient();
    client.send(addCase("case-0001", "Erster"));
    transport.connect();
    client.send(addCase("case-0002", "Zweiter"));
    expect(transport.kinds()).toEqual(["hello"]);
    answerHelloWithEvents(transport, log);
    expect(transport.commands().map((c) => c.command)).toEqual([
      addCase("case-0001", "Erster"),
      addCase("case-0002", "Zweiter"),
    ]);
  });

  it("after a drop says hello first, then resends every unacknowledged command in order", () => {
    const log = makeSeries();
    const { store, transport, client } = startClient();
    connectAndJoin(transport, log);
    client.send(addCase("case-0001", "Eins"));
    client.send(addCase("case-0002", "Zwei"));
    const firstIds = transport.commands().map((c) => c.id);
    transport.drop();
    expect(store.getState().ui.connection).toBe("reconnecting");
    client.send(addCase("case-0003", "Drei"));
    expect(transport.kinds()).toEqual([]);
    expect(caseTitles(store).sort()).toEqual(["Drei", "Eins", "Zwei"]);

    transport.connect();
    expect(transport.kinds()).toEqual(["hello"]);
    expect(transport.sent[0]?.message).toMatchObject({ lastSeq: log.seq });
    answerHelloWithEvents(transport, log);
    const resent = transport.commands();
    expect(resent.map((c) => c.id).slice(0, 2)).toEqual(firstIds);
    expect(resent.map((c) => c.command.type === "case.add" && c.command.values.title)).toEqual([
      "Eins",
      "Zwei",
      "Drei",
    ]);
  });

  it("takes the events missed while away from the hello answer and drops those already committed", () => {
    const log = makeSeries();
    const { store, transport, client } = startClient();
    connectAndJoin(transport, log);
    client.send(addCase("case-0001", "Meins"));
    const mine = transport.take("command");
    // The server committed it, but the answer was lost with the connection.
    log.add(ALICE, mine.message.command, mine.message.id);
    log.add(BOB, addCase("case-0002", "Bobs"));
    transport.drop();
    transport.connect();
    answerHelloWithEvents(transport, log);
    expect(store.getState().pending.commands).toEqual([]);
    expect(transport.commands()).toEqual([]);
    expect(caseTitles(store).sort()).toEqual(["Bobs", "Meins"]);
  });

  it("keeps a broadcast that arrives before the hello answer and folds it in after it", () => {
    const log = makeSeries();
    const { store, transport } = startClient();
    transport.connect();
    const hello = transport.take("hello");
    const readAt = log.seq;
    // Committed after the server's catch-up read: it comes only as a broadcast, ahead of the answer.
    const early = log.add(BOB, addCase("case-0001", "Zu früh"));
    transport.broadcast({ events: [early] });
    expect(store.getState().document.view?.cases ?? {}).toEqual({});
    hello.answer(null, { ...replyBase(), kind: "snapshot", state: log.stateAt(readAt) });
    expect(caseTitles(store)).toEqual(["Zu früh"]);
    expect(transport.kinds()).not.toContain("sync");
  });

  it("skips an early broadcast that the hello answer already holds", () => {
    const log = makeSeries();
    const { store, transport } = startClient();
    transport.connect();
    const early = log.add(BOB, addCase("case-0001", "Zu früh"));
    transport.broadcast({ events: [early] });
    answerHelloWithEvents(transport, log);
    expect(caseTitles(store)).toEqual(["Zu früh"]);
    expect(store.getState().document.confirmedSeq).toBe(log.seq);
  });

  it("asks for the missing events when a broadcast leaves a gap", () => {
    const log = makeSeries();
    const { store, transport } = startClient();
    connectAndJoin(transport, log);
    const seenSeq = log.seq;
    log.add(BOB, addCase("case-0001", "Verpasst"));
    remote(transport, log, BOB, addCase("case-0002", "Danach"));
    expect(caseTitles(store)).toEqual([]);
    const sync = transport.take("sync");
    expect(sync.message).toEqual({ lastSeq: seenSeq });
    sync.answer(null, { ...replyBase(), kind: "events", events: log.since(seenSeq), headSeq: log.seq });
    expect(caseTitles(store).sort()).toEqual(["Danach", "Verpasst"]);
  });

  it("asks for events a presence message says it lacks, when their broadcast does not come", async () => {
    const log = makeSeries();
    const { store, transport } = startClient();
    connectAndJoin(transport, log);
    const seenSeq = log.seq;
    transport.presenceOf({ online: [], headSeq: seenSeq });
    log.add(BOB, addCase("case-0001", "Nie gesendet"));
    transport.presenceOf({ online: [], headSeq: log.seq });
    // Not at once: the broadcast is usually on its way.
    expect(transport.kinds()).not.toContain("sync");
    await vi.waitFor(() => expect(transport.kinds()).toContain("sync"));
    const sync = transport.take("sync");
    expect(sync.message).toEqual({ lastSeq: seenSeq });
    sync.answer(null, { ...replyBase(), kind: "events", events: log.since(seenSeq), headSeq: log.seq });
    expect(caseTitles(store)).toEqual(["Nie gesendet"]);
  });

  it("does not ask when the announced events arrive by broadcast", async () => {
    const log = makeSeries();
    const { store, transport } = startClient();
    connectAndJoin(transport, log);
    transport.presenceOf({ online: [], headSeq: log.seq + 1 });
    remote(transport, log, BOB, addCase("case-0001", "Unterwegs"));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(transport.kinds()).not.toContain("sync");
    expect(caseTitles(store)).toEqual(["Unterwegs"]);
  });

  it("writes the store once per incoming batch", () => {
    const log = makeSeries();
    const { store, transport } = startClient();
    connectAndJoin(transport, log);
    const writes = vi.fn();
    const unsubscribe = store.subscribe(writes);
    transport.broadcast({
      events: [log.add(BOB, addCase("case-0001", "A")), log.add(BOB, addCase("case-0002", "B"))],
    });
    unsubscribe();
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it("tells me when someone overwrote a field I wrote last", () => {
    const log = makeSeries({ cases: { "case-0001": "Eilauftrag" } });
    const { store, transport, client } = startClient();
    connectAndJoin(transport, log);
    client.send({ type: "case.update", caseId: "case-0001", changes: { title: "Eilauftrag Müller" } });
    commitNext(transport, log, ALICE);
    remote(transport, log, BOB, {
      type: "case.update",
      caseId: "case-0001",
      changes: { title: "Eilauftrag Meyer" },
    });
    expect(toastTexts(store)).toEqual([
      "Ihre Änderung am Titel von „Eilauftrag Meyer“ wurde von Bob Berger überschrieben.",
    ]);
  });

  it("keeps unacknowledged commands across a reload of the page", () => {
    const log = makeSeries();
    const first = startClient();
    connectAndJoin(first.transport, log);
    first.client.send(addCase("case-0001", "Offline erfasst"));
    first.client.dispose();

    const second = startClient();
    expect(second.store.getState().pending.commands).toHaveLength(1);
    second.transport.connect();
    answerHelloWithSnapshot(second.transport, log);
    expect(caseTitles(second.store)).toEqual(["Offline erfasst"]);
    const [resent] = second.transport.commands();
    expect(resent?.command).toEqual(addCase("case-0001", "Offline erfasst"));
    commitNext(second.transport, log, ALICE);
    expect(localStorage.getItem(`einklang.pending.${SERIES_ID}`)).toBeNull();
  });

  it("keeps a command whose answer timed out and rebuilds the connection to resend it", () => {
    const log = makeSeries();
    const { store, transport, client } = startClient();
    connectAndJoin(transport, log);
    client.send(addCase("case-0001", "Langsam"));
    transport.take("command").answer(new Error("operation has timed out"));
    expect(transport.reconnects).toBe(1);
    expect(store.getState().pending.commands).toHaveLength(1);
    transport.connect();
    answerHelloWithSnapshot(transport, log);
    expect(transport.commands().map((c) => c.command)).toEqual([addCase("case-0001", "Langsam")]);
  });

  it("shows offline with the number of unsaved changes", () => {
    const log = makeSeries();
    const { store, transport, client, network } = startClient();
    connectAndJoin(transport, log);
    network.set(false);
    transport.drop();
    client.send(addCase("case-0001", "A"));
    client.send(addCase("case-0002", "B"));
    expect(store.getState().ui.connection).toBe("offline");
    expect(store.getState().pending.commands).toHaveLength(2);
    network.set(true);
    expect(store.getState().ui.connection).toBe("reconnecting");
  });

  it.each([
    ["unknown_series", "not_found"],
    ["unsupported_version", "outdated"],
  ] as const)("stops on %s and shows %s", (code, phase) => {
    const { store, transport } = startClient();
    transport.connect();
    transport.take("hello").answer(null, { ok: false, error: { code, message: "no" } });
    expect(store.getState().document.phase).toBe(phase);
    expect(transport.closed).toBe(true);
  });

  it("says hello again when the server could not answer it", async () => {
    const log = makeSeries();
    const { store, transport } = startClient();
    transport.connect();
    transport.take("hello").answer(null, { ok: false, error: { code: "storage_unavailable", message: "db" } });
    await vi.waitFor(() => expect(transport.kinds()).toContain("hello"));
    answerHelloWithSnapshot(transport, log);
    expect(store.getState().document.phase).toBe("ready");
  });

  it("tells the others what I look at, again after a reconnect", () => {
    const log = makeSeries({ cases: { "case-0001": "A" } });
    const { transport, client } = startClient();
    connectAndJoin(transport, log);
    client.setFocus("case-0001");
    expect(transport.take("presence").message).toEqual({ focus: "case-0001", typing: null });
    transport.drop();
    transport.connect();
    answerHelloWithSnapshot(transport, log);
    expect(transport.take("presence").message).toEqual({ focus: "case-0001", typing: null });
  });

  it("says it is typing from a keystroke until a short pause, not while the cursor rests", () => {
    vi.useFakeTimers();
    const log = makeSeries({ cases: { "case-0001": "A" } });
    const { transport, client } = startClient();
    connectAndJoin(transport, log);
    client.setFocus("case-0001");
    transport.take("presence");
    client.setTyping("case-0001");
    expect(transport.take("presence").message).toEqual({ focus: "case-0001", typing: "case-0001" });
    vi.advanceTimersByTime(TYPING_IDLE_MS - 1);
    client.setTyping("case-0001");
    vi.advanceTimersByTime(TYPING_IDLE_MS - 1);
    expect(transport.kinds()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(transport.take("presence").message).toEqual({ focus: "case-0001", typing: null });
    client.setTyping("case-0001");
    transport.take("presence");
    client.setTyping(null);
    expect(transport.take("presence").message).toEqual({ focus: "case-0001", typing: null });
    vi.advanceTimersByTime(TYPING_IDLE_MS * 2);
    expect(transport.kinds()).toEqual([]);
  });

  it("shows who is online from the presence broadcast and forgets it when the connection drops", () => {
    const log = makeSeries();
    const { store, transport } = startClient();
    connectAndJoin(transport, log);
    transport.presenceOf({ online: [{ connectionId: "c1", personId: BOB, focus: null, typing: null }] });
    expect(store.getState().presence.online).toHaveLength(1);
    transport.drop();
    expect(store.getState().presence.online).toEqual([]);
  });
});
