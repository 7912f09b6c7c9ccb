import type { CommandOf } from "../commands.js";
import { assertNever } from "../assertNever.js";
import { EntityKind, type SeriesState, type Session } from "../types.js";
import { closeFollowUp, newSession } from "../schedule/closeFollowUp.js";
import { Phase } from "../vocabulary.js";
import { put, withEdits, without, type Context } from "./helpers.js";

type SessionCommand = CommandOf<
  | "session.add"
  | "session.update"
  | "session.phase"
  | "session.close"
  | "session.reopen"
  | "attendance.set"
  | "checkin.answer"
>;

/** Applies a session command that passed its checks. */
export function reduceSession(state: SeriesState, command: SessionCommand, ctx: Context): SeriesState {
  if (command.type === "session.add") {
    const session = newSession(command.sessionId, command.values, ctx.seq);
    return { ...state, sessions: put(state.sessions, session.id, session) };
  }
  const current = state.sessions[command.sessionId];
  if (!current) return state;
  const set = (next: Session): SeriesState => ({ ...state, sessions: put(state.sessions, next.id, next) });
  switch (command.type) {
    case "session.update":
      return withEdits(
        set({ ...current, ...command.changes }),
        EntityKind.session,
        current.id,
        Object.keys(command.changes),
        ctx,
      );
    case "session.phase": {
      // A new step: the spotlight of the last one goes out.
      const next = set({ ...current, phase: command.phase });
      return current.phase === command.phase ? next : { ...next, room: { ...next.room, spotlight: null } };
    }
    case "session.close":
      return closeFollowUp(set({ ...current, phase: Phase.close, closedSeq: ctx.seq }), current, command, ctx);
    case "session.reopen":
      return set({ ...current, closedSeq: null });
    case "attendance.set": {
      const attendance = current.attendance ?? {};
      return set({
        ...current,
        attendance:
          command.status === null
            ? without(attendance, command.personId)
            : put(attendance, command.personId, command.status),
      });
    }
    case "checkin.answer": {
      const answers = current.checkInAnswers ?? {};
      const text = command.text.trim();
      return set({
        ...current,
        checkInAnswers: text === "" ? without(answers, ctx.actorId) : put(answers, ctx.actorId, text),
      });
    }
    default:
      return assertNever(command);
  }
}
