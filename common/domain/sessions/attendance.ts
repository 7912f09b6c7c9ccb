import { ErrorCode, reject } from "../../errors.js";
import { attendanceRule } from "../actorRules.js";
import { exists, firstOf, openSession } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put, without } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { setSession, withSession } from "./current.js";
import { attendanceSetSchema, checkinAnswerSchema } from "./schemas.js";

/** Everyone records their own attendance, observers as guests; locks do not hold it back. */
export const attendanceSet: ClientCommandSpec<CommandOf<"attendance.set">> = {
  schema: attendanceSetSchema,
  sender: "everyone",
  whileLocked: true,
  notice: { gone: "attendance" },
  // Attendance may be corrected after the close too: the minutes are read later.
  check: (state, command) =>
    firstOf(exists(state.sessions, command.sessionId, "session"), exists(state.people, command.personId, "person")),
  reduce: (state, command) =>
    withSession(state, command.sessionId, (current) => {
      const attendance = current.attendance ?? {};
      return setSession(state, {
        ...current,
        attendance:
          command.status === null
            ? without(attendance, command.personId)
            : put(attendance, command.personId, command.status),
      });
    }),
  touches: touchesNothing,
  actorRule: (_state, actor, command) => attendanceRule(actor, command.personId, command.status),
};

export const checkinAnswer: ClientCommandSpec<CommandOf<"checkin.answer">> = {
  schema: checkinAnswerSchema,
  sender: "participant",
  whileLocked: true,
  notice: { gone: "attendance" },
  // An answer needs a question, in a session still running; taking one's answer back ("") always goes.
  check(state, command) {
    const closed = openSession(state, command.sessionId);
    if (closed) return closed;
    const question = state.sessions[command.sessionId]?.checkInQuestion ?? "";
    return question === "" && command.text.trim() !== ""
      ? reject(ErrorCode.conflict, "this session asks no check-in question")
      : null;
  },
  reduce: (state, command, ctx) =>
    withSession(state, command.sessionId, (current) => {
      const answers = current.checkInAnswers ?? {};
      const text = command.text.trim();
      return setSession(state, {
        ...current,
        checkInAnswers: text === "" ? without(answers, ctx.actorId) : put(answers, ctx.actorId, text),
      });
    }),
  touches: touchesNothing,
};
