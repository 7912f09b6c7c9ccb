import { nanoid } from "nanoid";
import type { ClientCommand } from "@common/domain/commands.js";
import { openSeries, type ProtocolClient } from "../../tests/support/protocolClient.js";
import { ms, summarize } from "../measure/latency.js";
import { figure, type ScenarioResult } from "../report/figures.js";
import type { BenchServers } from "../servers/benchServers.js";

const CASES = 6;

function sleep(millis: number): Promise<void> {
  return new Promise((done) => setTimeout(done, millis));
}

async function must(client: ProtocolClient, command: ClientCommand): Promise<number> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type}: ${reply.error.message}`);
  return reply.seq;
}

/** Resolves when `check` holds on every client (checked whenever one folds events), or fails after `timeoutMs`. */
function untilEveryone(
  clients: readonly ProtocolClient[],
  check: (c: ProtocolClient) => boolean,
  timeoutMs: number,
): Promise<number> {
  return new Promise((resolveAll, rejectAll) => {
    const pending = new Set(clients.filter((c) => !check(c)));
    let last = performance.now();
    const listeners = new Map<ProtocolClient, () => void>();
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      for (const [client, listener] of listeners) client.socket.off("events", listener);
      if (error) rejectAll(error);
      else resolveAll(last);
    };
    const timer = setTimeout(() => finish(new Error(`${pending.size} clients never got there`)), timeoutMs);
    for (const client of pending) {
      // Registered after the client's own listener, so it sees the state with the frame folded in.
      const listener = (): void => {
        if (!pending.has(client) || !check(client)) return;
        pending.delete(client);
        last = performance.now();
        if (pending.size === 0) finish();
      };
      listeners.set(client, listener);
      client.socket.on("events", listener);
    }
    if (pending.size === 0) finish();
  });
}

/**
 * Vote burst: `voters` participants of one series each put a dot within one
 * second; measured from the last dot's send until every client (the
 * facilitator too) shows that all of them voted.
 */
export async function voteBurst(
  servers: BenchServers,
  voters: number,
  rounds: number,
  storage: string,
): Promise<ScenarioResult> {
  const [url] = servers.urls;
  if (!url) throw new Error("no server");
  const { facilitator, join } = await openSeries(url);
  const people: ProtocolClient[] = [];
  try {
    for (let i = 0; i < voters; i += 1) people.push(await join("participant", { name: `Stimme ${i + 1}` }));
    const everyone = [facilitator, ...people];
    const sessionId = nanoid();
    const today = new Date().toISOString().slice(0, 10);
    await must(facilitator, { type: "session.add", sessionId, values: { date: today, kind: "workshop" } });
    const caseIds = Array.from({ length: CASES }, () => nanoid());
    for (const [i, caseId] of caseIds.entries()) {
      await must(facilitator, { type: "case.add", caseId, values: { title: `Fall ${i + 1}`, sessionId } });
    }
    const finals: number[] = [];
    const acks: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const openSeq = await must(facilitator, {
        type: "vote.open",
        sessionId,
        target: "cases",
        dotsPerPerson: 1,
        stacking: false,
      });
      await Promise.all(everyone.map((c) => c.waitForSeq(openSeq)));
      const allVoted = untilEveryone(everyone, (c) => c.state.room.voting?.voters === voters, 30_000);
      let lastSend = 0;
      await Promise.all(
        people.map(async (person, i) => {
          await sleep(Math.random() * 1000);
          const sentAt = performance.now();
          lastSend = Math.max(lastSend, sentAt);
          const itemId = caseIds[i % caseIds.length] ?? "";
          const reply = await person.send({ type: "vote.cast", itemId, delta: 1 });
          if (!reply.ok) throw new Error(`vote.cast: ${reply.error.message}`);
          acks.push(performance.now() - sentAt);
        }),
      );
      finals.push((await allVoted) - lastSend);
      await must(facilitator, { type: "vote.reveal" });
      await must(facilitator, { type: "vote.close" });
    }
    const final = summarize(finals);
    const ack = summarize(acks);
    return {
      scenario: "vote burst",
      storage,
      instances: 1,
      figures: [
        figure("last dot→all final p50", ms(final.p50), "ms"),
        figure("last dot→all final max", ms(final.max), "ms", 100),
        figure("dot→ack p95", ms(ack.p95), "ms"),
      ],
      notes: [`${voters} voters + facilitator, ${rounds} rounds, each dot within one second`],
      details: { final, ack, rounds: finals.map((f) => ms(f)) },
    };
  } finally {
    for (const client of [facilitator, ...people]) client.disconnect();
  }
}
