import { ErrorCode, reject } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { ballotRules } from "../actorRules.js";
import { openSession } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put, without } from "../reduce/helpers.js";
import { isVoteItem, tally } from "../rules/votes.js";
import type { ClientCommandSpec, CommandSpec } from "../spec.js";
import type { SeriesState, Voting } from "../types.js";
import { VoteTarget } from "../vocabulary.js";
import { agreementRef, caseRef, touchesNothing, type ItemRef } from "../visibility/itemRefs.js";
import { hiddenEvent, visibleTotals } from "../visibility/seen.js";
import { voteCastSchema, voteCloseSchema, voteOpenSchema, voteRevealSchema } from "./schemas.js";

export const voteOpen: ClientCommandSpec<CommandOf<"vote.open">> = {
  schema: voteOpenSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const kept = state.sessions[command.sessionId]?.voteResults?.length ?? 0;
    if (kept >= LIMITS.votesPerSession) return reject(ErrorCode.limitExceeded, "too many votes in this session");
    return openSession(state, command.sessionId);
  },
  reduce: (state, command) => ({
    ...state,
    room: {
      ...state.room,
      voting: {
        sessionId: command.sessionId,
        target: command.target,
        dotsPerPerson: command.dotsPerPerson,
        stacking: command.stacking,
        state: "open",
        totals: null,
        voters: 0,
      },
    },
    votes: {},
  }),
  touches: touchesNothing,
};

export const voteCast: ClientCommandSpec<CommandOf<"vote.cast">> = {
  schema: voteCastSchema,
  sender: "participant",
  whileLocked: true,
  notice: { gone: "item" },
  check(state, command) {
    const voting = state.room.voting;
    if (voting?.state !== "open") return reject(ErrorCode.conflict, "no vote is open");
    return isVoteItem(state, voting, command.itemId)
      ? null
      : reject(ErrorCode.notFound, `not one of the ${voting.target} of this vote`);
  },
  reduce: (state, command, ctx) => castVote(state, ctx.actorId, command.itemId, command.delta),
  touches: (state, command) => [voteItem(state, command.itemId)],
  alwaysProjected: true,
  // Others learn how many have voted, never who put a dot where.
  project(event, _command, _before, after, viewer) {
    if (event.actorId === viewer.personId) return null;
    const voters = after.room.voting?.voters ?? 0;
    return { event: { ...hiddenEvent(event), command: { type: "vote.counted", voters } }, resync: false };
  },
  actorRule: (state, actor, command) => ballotRules(state, actor.id, command.itemId, command.delta),
};

export const voteReveal: ClientCommandSpec<CommandOf<"vote.reveal">> = {
  schema: voteRevealSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state) => (state.room.voting?.state === "open" ? null : reject(ErrorCode.conflict, "no vote is open")),
  reduce(state, command) {
    if (!state.room.voting) return state;
    const voting: Voting = { ...state.room.voting, state: "revealed", totals: command.totals ?? tally(state.votes) };
    return withVoteResult({ ...state, room: { ...state.room, voting } }, voting);
  },
  touches: touchesNothing,
  alwaysProjected: true,
  // Viewers get the totals of the items they may see, counted by the server.
  project: (event, _command, _before, after, viewer) => ({
    event: { ...event, command: { type: "vote.reveal", totals: visibleTotals(after, viewer) } },
    resync: false,
  }),
  actorRule: (_state, _actor, command) =>
    command.totals === undefined ? null : reject(ErrorCode.forbidden, "the totals are counted, not sent"),
};

export const voteClose: ClientCommandSpec<CommandOf<"vote.close">> = {
  schema: voteCloseSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state) =>
    state.room.voting?.state === "revealed"
      ? null
      : reject(ErrorCode.conflict, "reveal the result before closing the vote"),
  reduce: (state) =>
    state.room.voting
      ? { ...state, room: { ...state.room, voting: { ...state.room.voting, state: "closed" } } }
      : state,
  touches: touchesNothing,
};

/** What others receive in place of someone's dot: how many people have voted now. */
export const voteCounted: CommandSpec<CommandOf<"vote.counted">> = {
  check: () => null,
  reduce: (state, command) =>
    state.room.voting
      ? { ...state, room: { ...state.room, voting: { ...state.room.voting, voters: command.voters } } }
      : state,
  touches: touchesNothing,
};

/** The kind of a voted item: the vote's target, or (with no vote) whatever the id names. */
function voteItem(state: SeriesState, itemId: string): ItemRef {
  const target = state.room.voting?.target;
  if (target === VoteTarget.agreements) return agreementRef(itemId);
  if (target === VoteTarget.cases) return caseRef(itemId);
  return Object.hasOwn(state.agreements, itemId) ? agreementRef(itemId) : caseRef(itemId);
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
