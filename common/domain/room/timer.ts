import { ErrorCode, reject } from "../../errors.js";
import type { CommandOf } from "../commands.js";
import type { Context } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import type { SeriesState, Timer } from "../types.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import {
  timerAddSchema,
  timerClearSchema,
  timerPauseSchema,
  timerResetSchema,
  timerSetSchema,
  timerStartSchema,
} from "./schemas.js";

const facilitatorTimer = {
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  touches: touchesNothing,
} as const;

export const timerSet: ClientCommandSpec<CommandOf<"timer.set">> = {
  ...facilitatorTimer,
  schema: timerSetSchema,
  check: () => null,
  reduce: (state, command) =>
    withTimer(state, {
      durationMs: command.durationMs,
      remainingMs: command.durationMs,
      endsAt: null,
      signal: command.signal,
    }),
};

export const timerStart: ClientCommandSpec<CommandOf<"timer.start">> = {
  ...facilitatorTimer,
  schema: timerStartSchema,
  check(state) {
    const { timer } = state.room;
    if (!timer) return reject(ErrorCode.conflict, "no timer is set");
    return timer.endsAt === null ? null : reject(ErrorCode.conflict, "the timer is running");
  },
  reduce: (state, _command, ctx) =>
    changedTimer(state, (timer) =>
      timer.endsAt === null ? { ...timer, endsAt: iso(atMs(ctx) + timer.remainingMs) } : timer,
    ),
};

export const timerPause: ClientCommandSpec<CommandOf<"timer.pause">> = {
  ...facilitatorTimer,
  schema: timerPauseSchema,
  check(state) {
    const { timer } = state.room;
    if (!timer) return reject(ErrorCode.conflict, "no timer is set");
    return timer.endsAt === null ? reject(ErrorCode.conflict, "the timer is not running") : null;
  },
  reduce: (state, _command, ctx) =>
    changedTimer(state, (timer) =>
      timer.endsAt === null
        ? timer
        : { ...timer, remainingMs: Math.max(0, Date.parse(timer.endsAt) - atMs(ctx)), endsAt: null },
    ),
};

export const timerAdd: ClientCommandSpec<CommandOf<"timer.add">> = {
  ...facilitatorTimer,
  schema: timerAddSchema,
  check: timerThere,
  reduce: (state, command, ctx) =>
    changedTimer(state, (timer) =>
      timer.endsAt === null
        ? { ...timer, remainingMs: Math.max(0, timer.remainingMs + command.ms) }
        : { ...timer, endsAt: iso(Math.max(atMs(ctx), Date.parse(timer.endsAt) + command.ms)) },
    ),
};

export const timerReset: ClientCommandSpec<CommandOf<"timer.reset">> = {
  ...facilitatorTimer,
  schema: timerResetSchema,
  check: timerThere,
  reduce: (state) => changedTimer(state, (timer) => ({ ...timer, remainingMs: timer.durationMs, endsAt: null })),
};

export const timerClear: ClientCommandSpec<CommandOf<"timer.clear">> = {
  ...facilitatorTimer,
  schema: timerClearSchema,
  check: () => null,
  reduce: (state) => withTimer(state, null),
};

function timerThere(state: SeriesState) {
  return state.room.timer ? null : reject(ErrorCode.conflict, "no timer is set");
}

function withTimer(state: SeriesState, timer: Timer | null): SeriesState {
  return { ...state, room: { ...state.room, timer } };
}

/** The state with the set timer changed; unchanged without a timer. */
function changedTimer(state: SeriesState, change: (timer: Timer) => Timer): SeriesState {
  return state.room.timer ? withTimer(state, change(state.room.timer)) : state;
}

/** The commit time in epoch milliseconds; reducers know no other clock. */
function atMs(ctx: Context): number {
  const ms = Date.parse(ctx.at);
  return Number.isFinite(ms) ? ms : 0;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
