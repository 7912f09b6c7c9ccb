import { ErrorCode, reject, type Rejection } from "../errors.js";
import { LIMITS } from "../limits.js";
import type { CommandOf } from "./commands.js";
import { assertNever } from "./assertNever.js";
import { exists, firstOf, keepsAFacilitator, openSession, refersTo } from "./checkHelpers.js";
import { currentSession } from "./rules/sessions.js";
import { isVoteItem } from "./rules/votes.js";
import type { SeriesState } from "./types.js";
import { ItemKind } from "./vocabulary.js";

/** Commands of roles, internal items, anonymity and the live room. */
export type RoomCheckCommand = CommandOf<
  | "person.role"
  | "person.confirm"
  | "facilitation.handover"
  | "item.visibility"
  | "session.anonymity"
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

/** Whether an item of a kind exists (own keys only). */
export function itemExists(state: SeriesState, kind: ItemKind, id: string): boolean {
  switch (kind) {
    case ItemKind.case:
      return Object.hasOwn(state.cases, id);
    case ItemKind.agreement:
      return Object.hasOwn(state.agreements, id);
    case ItemKind.goal:
      return Object.hasOwn(state.goals, id);
    default:
      return assertNever(kind);
  }
}

function item(state: SeriesState, kind: ItemKind, id: string): Rejection | null {
  return itemExists(state, kind, id) ? null : reject(ErrorCode.notFound, `${kind} not found`);
}

/** Checks facilitation and room commands against the state, whoever sends them. */
export function checkRoomCommand(state: SeriesState, command: RoomCheckCommand): Rejection | null {
  const { room } = state;
  switch (command.type) {
    case "person.confirm": {
      const missing = exists(state.people, command.personId, "person");
      if (missing) return missing;
      return state.people[command.personId]?.orgId
        ? null
        : reject(ErrorCode.conflict, "the person has no organisation");
    }
    case "person.role":
      return (
        exists(state.people, command.personId, "person") ?? keepsAFacilitator(state, command.personId, command.role)
      );
    case "facilitation.handover":
      return exists(state.people, command.personId, "person");
    case "item.visibility":
      return item(state, command.kind, command.itemId) ?? refersTo(state.orgs, command.internalTo, "organisation");
    case "session.anonymity":
      return exists(state.sessions, command.sessionId, "session");
    case "room.spotlight":
      return command.item ? item(state, command.item.kind, command.item.id) : null;
    case "timer.set":
    case "timer.clear":
    case "room.lock":
      return null;
    case "timer.start":
      if (!room.timer) return reject(ErrorCode.conflict, "no timer is set");
      return room.timer.endsAt === null ? null : reject(ErrorCode.conflict, "the timer is running");
    case "timer.pause":
      if (!room.timer) return reject(ErrorCode.conflict, "no timer is set");
      return room.timer.endsAt === null ? reject(ErrorCode.conflict, "the timer is not running") : null;
    case "timer.add":
    case "timer.reset":
      return room.timer ? null : reject(ErrorCode.conflict, "no timer is set");
    case "ready.set":
      return command.ready && currentSession(state) === null
        ? reject(ErrorCode.conflict, "there is no session to be ready with")
        : null;
    case "vote.open": {
      const kept = state.sessions[command.sessionId]?.voteResults?.length ?? 0;
      if (kept >= LIMITS.votesPerSession) return reject(ErrorCode.limitExceeded, "too many votes in this session");
      return openSession(state, command.sessionId);
    }
    case "vote.cast":
      if (room.voting?.state !== "open") return reject(ErrorCode.conflict, "no vote is open");
      return isVoteItem(state, room.voting, command.itemId)
        ? null
        : reject(ErrorCode.notFound, `not one of the ${room.voting.target} of this vote`);
    case "vote.reveal":
      return room.voting?.state === "open" ? null : reject(ErrorCode.conflict, "no vote is open");
    case "vote.close":
      return room.voting?.state === "revealed"
        ? null
        : reject(ErrorCode.conflict, "reveal the result before closing the vote");
    case "breakout.start":
      return checkBreakout(state, command);
    case "breakout.end":
      return room.breakout ? null : reject(ErrorCode.conflict, "no breakout is running");
    default:
      return assertNever(command);
  }
}

function checkBreakout(state: SeriesState, command: CommandOf<"breakout.start">): Rejection | null {
  const closed = openSession(state, command.sessionId);
  if (closed) return closed;
  const groupIds = new Set(command.groups.map((g) => g.groupId));
  if (groupIds.size !== command.groups.length) return reject(ErrorCode.duplicateId, "group id used twice");
  const members = command.groups.flatMap((g) => g.memberIds);
  if (new Set(members).size !== members.length) return reject(ErrorCode.conflict, "a person is in two groups");
  return firstOf(
    ...members.map((id) => exists(state.people, id, "person")),
    ...command.groups.map((g) => refersTo(state.cases, g.caseId, "case")),
  );
}
