import type { CommandOf } from "../commands.js";
import { put, type Context } from "../reduce/helpers.js";
import { trashCase } from "../trash/remove.js";
import type { AgendaItem, SeriesState, Session } from "../types.js";
import { Phase, SessionKind } from "../vocabulary.js";

type Close = CommandOf<"session.close">;
type SessionValues = NonNullable<Close["next"]>["values"];

/** A new session from its values, at the check-in, with its agenda from the series' template when one comes along. */
export function newSession(
  sessionId: string,
  values: SessionValues,
  seq: number,
  agenda: readonly AgendaItem[] = [],
): Session {
  return {
    place: "",
    kind: SessionKind.internal,
    hostOrgId: null,
    nextDate: "",
    summary: "",
    ...values,
    id: sessionId,
    phase: Phase.checkIn,
    closedSeq: null,
    anonymity: {},
    createdSeq: seq,
    ...(agenda.length > 0 ? { agenda: [...agenda] } : {}),
  };
}

/**
 * What a close makes besides closing: the next session (when the command
 * brings one), and the cases it names moved into the planned session with
 * their trail, or dropped. A case no longer in the closed session (moved or
 * removed meanwhile) is left alone, so that a close sent from a slightly
 * older view changes nothing it did not mean.
 */
export function closeFollowUp(state: SeriesState, closed: Session, command: Close, ctx: Context): SeriesState {
  let next = state;
  if (command.next) {
    // The next session keeps the closed one's level unless the close names another.
    const kept = closed.level ? { level: closed.level } : {};
    const made = newSession(command.next.sessionId, { ...kept, ...command.next.values }, ctx.seq, command.next.agenda);
    next = { ...next, sessions: put(next.sessions, made.id, made) };
  }
  const carry = command.carry;
  if (!carry) return next;
  for (const [caseId, choice] of Object.entries(carry.cases)) {
    const item = Object.hasOwn(next.cases, caseId) ? next.cases[caseId] : undefined;
    if (!item || item.sessionId !== closed.id) continue;
    if (choice === "drop") {
      next = trashCase(next, caseId, ctx);
      continue;
    }
    const carried = { ...item, sessionId: carry.to, carriedFrom: [...(item.carriedFrom ?? []), closed.id] };
    next = { ...next, cases: put(next.cases, caseId, carried) };
  }
  return next;
}
