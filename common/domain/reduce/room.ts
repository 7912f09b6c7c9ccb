import type { CommandOf } from "../commands.js";
import { assertNever } from "../assertNever.js";
import type { Room, SeriesState, Timer, Voting } from "../types.js";
import { PHASES } from "../vocabulary.js";
import { currentStepKey } from "../rules/ready.js";
import { tally } from "../rules/votes.js";
import { put, without, type Context } from "./helpers.js";

type RoomCommand = CommandOf<
  | "room.spotlight"
  | "timer.set"
  | "timer.start"
  | "timer.pause"
  | "timer.add"
  | "timer.reset"
  | "timer.clear"
  | "room.lock"
  | "ready.set"
  | "vote.open"
  | "vote.cast"
  | "vote.reveal"
  | "vote.close"
  | "breakout.start"
  | "breakout.end"
>;

/** Applies a live facilitation command (spotlight, timer, locks, readiness, voting, breakouts) that passed its checks. */
export function reduceRoom(state: SeriesState, command: RoomCommand, ctx: Context): SeriesState {
  const room = state.room;
  const set = (changes: Partial<Room>): SeriesState => ({ ...state, room: { ...room, ...changes } });
  switch (command.type) {
    case "room.spotlight":
      return set({ spotlight: command.item });
    case "timer.set":
      return set({
        timer: {
          durationMs: command.durationMs,
          remainingMs: command.durationMs,
          endsAt: null,
          signal: command.signal,
        },
      });
    case "timer.start":
    case "timer.pause":
    case "timer.add":
    case "timer.reset":
      return room.timer ? set({ timer: nextTimer(room.timer, command, atMs(ctx)) }) : state;
    case "timer.clear":
      return set({ timer: null });
    case "room.lock":
      if (command.scope === "board") return set({ lock: { ...room.lock, board: command.locked } });
      return set({
        lock: {
          ...room.lock,
          phases: PHASES.filter((p) => (p === command.scope ? command.locked : room.lock.phases.includes(p))),
        },
      });
    case "ready.set": {
      const step = currentStepKey(state);
      return set({
        ready: command.ready && step !== null ? put(room.ready, ctx.actorId, step) : without(room.ready, ctx.actorId),
      });
    }
    case "vote.open":
      return {
        ...set({
          voting: {
            sessionId: command.sessionId,
            target: command.target,
            dotsPerPerson: command.dotsPerPerson,
            stacking: command.stacking,
            state: "open",
            totals: null,
            voters: 0,
          },
        }),
        votes: {},
      };
    case "vote.cast":
      return castVote(state, ctx.actorId, command.itemId, command.delta);
    case "vote.reveal": {
      if (!room.voting) return state;
      const voting: Voting = { ...room.voting, state: "revealed", totals: command.totals ?? tally(state.votes) };
      return withVoteResult(set({ voting }), voting);
    }
    case "vote.close":
      return room.voting ? set({ voting: { ...room.voting, state: "closed" } }) : state;
    case "breakout.start":
      return set({
        breakout: {
          sessionId: command.sessionId,
          groups: command.groups.map((g) => ({
            id: g.groupId,
            name: g.name,
            memberIds: g.memberIds,
            caseId: g.caseId,
          })),
        },
      });
    case "breakout.end":
      return set({ breakout: null });
    default:
      return assertNever(command);
  }
}

/** The commit time in epoch milliseconds; reducers know no other clock. */
function atMs(ctx: Context): number {
  const ms = Date.parse(ctx.at);
  return Number.isFinite(ms) ? ms : 0;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function nextTimer(
  timer: Timer,
  command: CommandOf<"timer.start" | "timer.pause" | "timer.add" | "timer.reset">,
  now: number,
): Timer {
  switch (command.type) {
    case "timer.start":
      return timer.endsAt === null ? { ...timer, endsAt: iso(now + timer.remainingMs) } : timer;
    case "timer.pause":
      return timer.endsAt === null
        ? timer
        : { ...timer, remainingMs: Math.max(0, Date.parse(timer.endsAt) - now), endsAt: null };
    case "timer.add":
      return timer.endsAt === null
        ? { ...timer, remainingMs: Math.max(0, timer.remainingMs + command.ms) }
        : { ...timer, endsAt: iso(Math.max(now, Date.parse(timer.endsAt) + command.ms)) };
    case "timer.reset":
      return { ...timer, remainingMs: timer.durationMs, endsAt: null };
    default:
      return assertNever(command);
  }
}

function castVote(state: SeriesState, personId: string, itemId: string, delta: 1 | -1): SeriesState {
  const voting = state.room.voting;
  if (!voting) return state;
  const ballot = Object.hasOwn(state.votes, personId) ? (state.votes[personId] ?? {}) : {};
  const dots = Math.max(0, (Object.hasOwn(ballot, itemId) ? (ballot[itemId] ?? 0) : 0) + delta);
  const nextBallot = dots > 0 ? put(ballot, itemId, dots) : without(ballot, itemId);
  const votes =
    Object.keys(nextBallot).length > 0 ? put(state.votes, personId, nextBallot) : without(state.votes, personId);
  // Counted by change, not from the ballots: a client holds only its own ballot and must still count right.
  const had = Object.keys(ballot).length > 0;
  const has = Object.keys(nextBallot).length > 0;
  const voters = Math.max(0, voting.voters + (has === had ? 0 : has ? 1 : -1));
  return { ...state, votes, room: { ...state.room, voting: { ...voting, voters } } };
}

/** Keeps a revealed vote with its session: the room moves on, the session's minutes keep the result. */
function withVoteResult(state: SeriesState, voting: Voting): SeriesState {
  const session = Object.hasOwn(state.sessions, voting.sessionId) ? state.sessions[voting.sessionId] : undefined;
  if (!session) return state;
  const result = {
    target: voting.target,
    dotsPerPerson: voting.dotsPerPerson,
    voters: voting.voters,
    totals: voting.totals ?? {},
  };
  const voteResults = [...(session.voteResults ?? []), result];
  return { ...state, sessions: put(state.sessions, session.id, { ...session, voteResults }) };
}
