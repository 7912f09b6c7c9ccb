import { LIMITS } from "@common/limits.js";
import type { FiveYearSeries } from "../load/fiveYearSeries.js";
import { LoadClient } from "../load/loadClient.js";
import { someText } from "../load/commandMix.js";
import { timedHello } from "../measure/hello.js";
import { ms, summarize } from "../measure/latency.js";
import { watchProcess } from "../measure/processStats.js";
import { figure, type ScenarioResult } from "../report/figures.js";
import type { BenchServers } from "../servers/benchServers.js";

const MISSED = 100;

/** Sends `count` case edits as the facilitator; returns the last sequence number. */
async function edits(url: string, series: FiveYearSeries, caseIds: string[], count: number): Promise<number> {
  const writer = new LoadClient(url, series.facilitatorId, series.token, () => undefined);
  try {
    const hello = await writer.join(series.seriesId, 0);
    if (!hello.ok) throw new Error(`hello refused: ${hello.error.message}`);
    let seq = 0;
    for (let i = 0; i < count; i += 1) {
      const caseId = caseIds[i % caseIds.length] ?? "";
      const { reply } = await writer.send({ type: "case.update", caseId, changes: { description: someText() } });
      if (!reply.ok) throw new Error(`case.update: ${reply.error.message}`);
      seq = reply.seq;
    }
    return seq;
  } finally {
    writer.close();
  }
}

/**
 * Five-year series: joins (a snapshot of the whole series), and catching up
 * on 100 missed events, each over a fresh connection.
 */
export async function fiveYearSeries(
  servers: BenchServers,
  series: FiveYearSeries,
  sizes: { joins: number; catchUps: number },
  storage: string,
): Promise<ScenarioResult> {
  const [url] = servers.urls;
  const [server] = servers.servers;
  if (!url || !server) throw new Error("no server");
  const who = { seriesId: series.seriesId, personId: series.facilitatorId, token: series.token };
  const watch = watchProcess(server.pid);
  const cold = await timedHello(url, who, 0);
  if (!cold.reply.ok || cold.reply.kind !== "snapshot") throw new Error("the first hello got no snapshot");
  const caseIds = Object.keys(cold.reply.state.cases);
  const joins = [];
  for (let i = 0; i < sizes.joins; i += 1) joins.push(await timedHello(url, who, 0));
  const catchUps = [];
  let snapshots = 0;
  let head = await edits(url, series, caseIds, 1);
  for (let i = 0; i < sizes.catchUps; i += 1) {
    const from = head;
    head = await edits(url, series, caseIds, MISSED);
    const timed = await timedHello(url, who, from);
    if (timed.reply.ok && timed.reply.kind === "snapshot") snapshots += 1;
    // A snapshot stored between `from` and `head`: the server's cache has no base at or below `from`.
    const crossed = Math.floor(head / LIMITS.snapshotEvery) !== Math.floor(from / LIMITS.snapshotEvery);
    catchUps.push({ ...timed, crossed });
  }
  const usage = watch.stop();
  const join = summarize(joins.map((j) => j.arrivedMs));
  const joinDecoded = summarize(joins.map((j) => j.decodedMs));
  const catchUp = summarize(catchUps.map((c) => c.arrivedMs));
  const within = summarize(catchUps.filter((c) => !c.crossed).map((c) => c.arrivedMs));
  const across = summarize(catchUps.filter((c) => c.crossed).map((c) => c.arrivedMs));
  return {
    scenario: "five-year series",
    storage,
    instances: 1,
    figures: [
      figure("first join after start (cold)", ms(cold.arrivedMs), "ms"),
      figure("join p50", ms(join.p50), "ms"),
      figure("join p95", ms(join.p95), "ms", 150),
      figure("join p95 incl. client decode", ms(joinDecoded.p95), "ms"),
      figure("snapshot size (JSON)", cold.bytes, "bytes"),
      figure("snapshot on the wire (compressed)", cold.wireBytes, "bytes"),
      figure(`catch-up of ${MISSED} events p50`, ms(catchUp.p50), "ms"),
      figure(`catch-up of ${MISSED} events p95`, ms(catchUp.p95), "ms", 20),
      figure("server RSS peak", ms(usage.peakRssMb, 0), "MB"),
    ],
    notes: [
      `${series.events} events, ${series.sessions} sessions, ${series.cases} cases, ${series.agreements} agreements; ` +
        `built in ${series.buildSeconds.toFixed(1)} s through executeCommand`,
      `joins and catch-ups timed until the reply's packet arrived (server work + loopback), ${sizes.joins} joins, ${sizes.catchUps} catch-ups`,
      `catch-up p50 without a stored snapshot in between: ${ms(within.p50)} ms (n=${within.count}); ` +
        `across one: ${ms(across.p50)} ms, max ${ms(across.max)} ms (n=${across.count}); answered with a snapshot: ${snapshots}`,
    ],
    details: {
      cold: { arrivedMs: cold.arrivedMs, decodedMs: cold.decodedMs },
      join,
      joinDecoded,
      catchUp,
      within,
      across,
      usage,
      series: { ...series, token: undefined },
    },
  };
}
