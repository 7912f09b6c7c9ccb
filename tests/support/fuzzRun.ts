import { COMMAND_TYPES, commandFor } from "./fuzzCommands.js";
import { Prng } from "./prng.js";
import type { StorageTarget } from "./storages.js";
import { SyncWorld, type Member } from "./syncWorld.js";

/** How long one seed runs: rounds of operations, each ending in a check. */
export const FUZZ_ROUNDS = 30;
const MAX_OPS_PER_ROUND = 16;

/** One thing that happens to one person's browser or to the server, drawn by weight. */
const OPERATIONS = [
  ["send", 24],
  ["toServer", 22],
  ["toClient", 24],
  ["overtake", 10],
  ["duplicate", 4],
  ["drop", 3],
  ["reconnect", 6],
  ["reload", 2],
  ["restart", 1],
] as const;
type Operation = (typeof OPERATIONS)[number][0];
const TOTAL_WEIGHT = OPERATIONS.reduce((sum, [, weight]) => sum + weight, 0);

function drawOperation(rng: Prng): Operation {
  let left = rng.below(TOTAL_WEIGHT);
  for (const [operation, weight] of OPERATIONS) {
    if (left < weight) return operation;
    left -= weight;
  }
  return "send";
}

/** What a run did, to print when it fails. */
export interface FuzzLog {
  lines: string[];
  /** Every command the server answered, with the rules' verdict. */
  verdicts?: readonly string[];
  headSeq?: number;
}

/**
 * Runs one seed: rounds of random operations by the real sync clients of
 * four people against the real server, every message moved by hand; after
 * each round everything in flight is delivered and every connected client
 * must hold exactly what the server holds for its person. At the end all
 * reconnect and must agree. Throws at the first disagreement.
 */
export async function runSeed(seed: number, target: StorageTarget, log: FuzzLog): Promise<void> {
  const rng = new Prng(seed);
  const world = await SyncWorld.open(target, rng);
  try {
    for (let round = 0; round < FUZZ_ROUNDS; round += 1) {
      const ops = 1 + rng.below(MAX_OPS_PER_ROUND);
      for (let i = 0; i < ops; i += 1) {
        // The facilitator may do most, and gets to act as often as two others.
        const operation = drawOperation(rng);
        const member = rng.pick(candidates(world, operation));
        if (member) await operate(world, member, operation, rng, log);
        await expectAgreement(world, `after round ${round + 1}, operation ${i + 1}`, log, "quiet");
      }
      await world.settle(rng);
      await expectAgreement(world, `after round ${round + 1}`, log);
    }
    await world.reconnectAll(rng);
    await expectAgreement(world, "after everyone reconnected", log);
    const lost = world.unanswered();
    if (lost.length > 0) throw new Error(`commands made but never answered by the server: ${lost.join(", ")}`);
    log.verdicts = world.verdicts;
    log.headSeq = (await world.serverState()).seq;
  } finally {
    await world.close();
  }
}

/** Who an operation may happen to: messages move only where some are waiting. */
function candidates(world: SyncWorld, operation: Operation): Member[] {
  const { members } = world;
  switch (operation) {
    case "toServer":
      return members.filter((m) => m.transport.toServer.length > 0);
    case "toClient":
      return members.filter((m) => m.transport.toClient.length > 0);
    case "overtake":
      return members.filter((m) => m.transport.toClient.length > 1);
    default: {
      // The facilitator may do most, and gets to act as often as two others.
      const [facilitator] = members;
      return facilitator ? [facilitator, ...members] : members;
    }
  }
}

async function expectAgreement(
  world: SyncWorld,
  when: string,
  log: FuzzLog,
  only: "all" | "quiet" = "all",
): Promise<void> {
  const found = await world.disagreements(only);
  if (found.length > 0) {
    if (process.env.FUZZ_TRACE) console.log(world.trace.join("\n"));
    throw new Error(`${when}: ${found.join("; ")}\n${log.lines.slice(-40).join("\n")}`);
  }
  if (only === "all") log.lines.push(`-- ${when}: all connected clients agree`);
}

async function operate(world: SyncWorld, member: Member, operation: Operation, rng: Prng, log: FuzzLog): Promise<void> {
  const who = member.name;
  const { transport } = member;
  switch (operation) {
    case "send": {
      const view = member.view();
      const type = rng.pick(COMMAND_TYPES);
      if (!view || !type) return;
      const command = commandFor(type, view, rng);
      log.lines.push(`${who} sends ${JSON.stringify(command)}`);
      member.client.send(command);
      return;
    }
    case "toServer":
      if (transport.toServer.length === 0) return;
      log.lines.push(`${who} -> server`);
      await world.deliverToServer(member);
      return;
    case "toClient":
      if (transport.toClient.length === 0) return;
      log.lines.push(`server -> ${who} (${transport.toClient[0]?.kind})`);
      await transport.deliverToClient();
      return;
    case "overtake": {
      // A later answer or broadcast arrives before an earlier one.
      if (transport.toClient.length < 2) return;
      const index = 1 + rng.below(transport.toClient.length - 1);
      log.lines.push(`server -> ${who} (${transport.toClient[index]?.kind} overtakes)`);
      await transport.deliverToClient(index);
      return;
    }
    case "duplicate": {
      const index = transport.toServer.findIndex((o) => o.envelope !== undefined);
      if (index < 0 || !transport.duplicateToServer(index)) return;
      log.lines.push(`${who} command sent twice`);
      return;
    }
    case "drop":
      log.lines.push(`${who} connection drops`);
      transport.drop();
      return;
    case "reconnect":
      if (transport.hasConnection()) return;
      log.lines.push(`${who} reconnects`);
      transport.connect();
      return;
    case "reload":
      log.lines.push(`${who} reloads the page`);
      member.reload();
      return;
    case "restart":
      log.lines.push("the server restarts");
      await world.restart();
      return;
  }
}
