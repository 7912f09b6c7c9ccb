import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { apply, checkCommand } from "@common/domain/apply.js";
import { demoSeries } from "@common/demo/demoSeries.js";
import type { EventCommand } from "@common/domain/commands.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";
import { projectState } from "@common/domain/visibility/project.js";
import { PUBLIC_VIEWER, viewerOf, type Viewer } from "@common/domain/visibility/viewer.js";
import { readCatchUpReply } from "@common/sync/wire.js";
import { encodeState } from "../../server/series/stateJson.js";
import { AGREEMENT, ANNA, DORIS, makeRoom, SHARED_CASE } from "../common/fixtures.js";
import { DEMO_TODAY } from "../common/results/demo.js";
import { ALL_SAMPLES } from "../common/samples.js";

/** Checks that each big record is written as JSON.stringify writes it, and that the whole reads back. */
async function expectEncoded(state: SeriesState): Promise<void> {
  const encoded = await encodeState(state);
  for (const [key, bytes] of Object.entries(encoded.records)) {
    expect(inflateRawSync(bytes).toString("utf8")).toBe(JSON.stringify(state[key as keyof SeriesState]));
  }
  const read = await readCatchUpReply({
    ok: true,
    kind: "snapshot",
    encodedState: encoded,
    personId: "",
    serverNow: 0,
  });
  if (!read.ok || read.kind !== "snapshot") throw new Error("a snapshot reads back as one");
  expect(read.state).toStrictEqual(JSON.parse(JSON.stringify(state)));
}

function viewers(state: SeriesState): Viewer[] {
  return [PUBLIC_VIEWER, ...Object.keys(state.people).flatMap((id) => viewerOf(state, id) ?? [])];
}

/** Every state of the example series, one command after another. */
function* demoHistory(): Generator<SeriesState> {
  const demo = demoSeries(DEMO_TODAY, "facilitator1", (name) => `demo-${name}`);
  const at = `${DEMO_TODAY}T08:00:00.000Z`;
  const create = { type: "series.create" as const, name: demo.name, creatorName: demo.creatorName };
  let state = apply(emptySeries("demo"), { seq: 1, commandId: "c-1", actorId: "facilitator1", at, command: create });
  yield state;
  for (const step of demo.steps) {
    const refused = checkCommand(state, step.command, step.actorId);
    if (refused) throw new Error(`${step.command.type} refused: ${refused.message}`);
    const seq = state.seq + 1;
    state = apply(state, { seq, commandId: `c-${seq}`, actorId: step.actorId, at, command: step.command });
    yield state;
  }
}

/** Every state the command samples make of the two-company room, one after another (removals last; refused ones left out). */
function* roomHistory(): Generator<SeriesState> {
  const removing = (command: EventCommand): boolean => command.type.endsWith(".remove");
  const commands = [...ALL_SAMPLES.filter((c) => !removing(c)), ...ALL_SAMPLES.filter(removing)];
  let state = makeRoom();
  yield state;
  for (const command of commands) {
    if (checkCommand(state, command, ANNA)) continue;
    const seq = state.seq + 1;
    state = apply(state, { seq, commandId: `c-${seq}`, actorId: ANNA, at: "2026-11-20T10:00:00.000Z", command });
    yield state;
  }
}

describe("encodeState", () => {
  it("writes each state of a growing series, and each viewer's projection of it, as JSON.stringify writes it", async () => {
    // Each state is written before the next is made: a reducer changing an object in place shows as a difference.
    const written = [0, 0];
    for (const [h, history] of [roomHistory(), demoHistory()].entries()) {
      for (const state of history) {
        written[h] = (written[h] ?? 0) + 1;
        await expectEncoded(state);
        for (const viewer of viewers(state)) {
          const projected = projectState(state, viewer);
          await expectEncoded(projected);
        }
      }
    }
    // Most samples apply to the room (refused ones are left out), and the example series is a whole history.
    expect(written[0]).toBeGreaterThan(ALL_SAMPLES.length * 0.6);
    expect(written[1]).toBeGreaterThan(80);
  });

  it("does not take an edited copy for the object it was copied from", async () => {
    const state = makeRoom();
    await expectEncoded(state);
    const agreement = state.agreements[AGREEMENT];
    if (!agreement) throw new Error("the room has an agreement");
    const renamed = { ...state, agreements: { ...state.agreements, [AGREEMENT]: { ...agreement, text: "Neu" } } };
    await expectEncoded(renamed);
    await expectEncoded(state);
  });
});

describe("projectState keeps what a viewer sees unchanged", () => {
  const state = makeRoom();
  const viewer = (id: string): Viewer => {
    const found = viewerOf(state, id);
    if (!found) throw new Error(`${id} is in the room`);
    return found;
  };

  it("shares the records with a viewer who sees everything", () => {
    const anna = projectState(state, viewer(ANNA));
    expect(anna.cases).toBe(state.cases);
    expect(anna.agreements).toBe(state.agreements);
    expect(anna.reviews).toBe(state.reviews);
    expect(anna.edits).toBe(state.edits);
  });

  it("shares the visible items with a viewer of another organisation, and leaves out the internal ones", () => {
    const doris = projectState(state, viewer(DORIS));
    expect(doris.cases).not.toBe(state.cases);
    expect(Object.keys(doris.cases)).toEqual([SHARED_CASE]);
    expect(doris.cases[SHARED_CASE]).toBe(state.cases[SHARED_CASE]);
    expect(doris.agreements[AGREEMENT]).toBe(state.agreements[AGREEMENT]);
  });
});
