import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { firstOf, openSession, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { setSession, withSession } from "../sessions/current.js";
import type { ClientCommandSpec } from "../spec.js";
import type { AgendaItem, SeriesState, Session } from "../types.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { agendaOf, moveItem } from "./order.js";
import {
  agendaAddSchema,
  agendaMoveSchema,
  agendaRemoveSchema,
  agendaStepSchema,
  agendaUpdateSchema,
} from "./schemas.js";

/** Refuses a missing or closed session, or an item not on its agenda. */
function openItem(state: SeriesState, sessionId: string, itemId: string): Rejection | null {
  const closed = openSession(state, sessionId);
  if (closed) return closed;
  const session = state.sessions[sessionId];
  return session && agendaOf(session).some((item) => item.id === itemId)
    ? null
    : reject(ErrorCode.notFound, "agenda item not found");
}

/** The state with the session's agenda replaced. */
function withAgenda(
  state: SeriesState,
  sessionId: string,
  change: (agenda: readonly AgendaItem[], session: Session) => AgendaItem[],
): SeriesState {
  return withSession(state, sessionId, (session) =>
    setSession(state, { ...session, agenda: change(agendaOf(session), session) }),
  );
}

export const agendaAdd: ClientCommandSpec<CommandOf<"agenda.add">> = {
  schema: agendaAddSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const refused = firstOf(
      openSession(state, command.sessionId),
      refersTo(state.people, command.values.ownerId, "person"),
    );
    if (refused) return refused;
    const agenda = agendaOf(state.sessions[command.sessionId] as Session);
    if (agenda.some((item) => item.id === command.itemId))
      return reject(ErrorCode.duplicateId, "agenda item id already used");
    return agenda.length >= LIMITS.agendaItemsPerSession
      ? reject(ErrorCode.limitExceeded, `a session has at most ${LIMITS.agendaItemsPerSession} agenda items`)
      : null;
  },
  reduce: (state, command) =>
    withAgenda(state, command.sessionId, (agenda) => [
      ...agenda,
      { ownerId: null, notes: "", ...command.values, id: command.itemId },
    ]),
  touches: touchesNothing,
};

export const agendaUpdate: ClientCommandSpec<CommandOf<"agenda.update">> = {
  schema: agendaUpdateSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    firstOf(
      openItem(state, command.sessionId, command.itemId),
      refersTo(state.people, command.changes.ownerId, "person"),
    ),
  reduce: (state, command) =>
    withAgenda(state, command.sessionId, (agenda) =>
      agenda.map((item) => (item.id === command.itemId ? { ...item, ...command.changes } : item)),
    ),
  touches: touchesNothing,
};

export const agendaMove: ClientCommandSpec<CommandOf<"agenda.move">> = {
  schema: agendaMoveSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => openItem(state, command.sessionId, command.itemId),
  reduce: (state, command) =>
    withAgenda(state, command.sessionId, (agenda) => moveItem(agenda, command.itemId, command.before, command.index)),
  touches: touchesNothing,
};

export const agendaRemove: ClientCommandSpec<CommandOf<"agenda.remove">> = {
  schema: agendaRemoveSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => openItem(state, command.sessionId, command.itemId),
  reduce: (state, command) =>
    withSession(state, command.sessionId, (session) => {
      const agenda = agendaOf(session).filter((item) => item.id !== command.itemId);
      // The room leaves an item that is gone and stays at the session's phase.
      const agendaStep = session.agendaStep === command.itemId ? null : session.agendaStep;
      return setSession(state, { ...session, agenda, ...(agendaStep === undefined ? {} : { agendaStep }) });
    }),
  touches: touchesNothing,
};

export const agendaStep: ClientCommandSpec<CommandOf<"agenda.step">> = {
  schema: agendaStepSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    command.itemId === null
      ? openSession(state, command.sessionId)
      : openItem(state, command.sessionId, command.itemId),
  reduce: (state, command) =>
    withSession(state, command.sessionId, (session) => {
      // A new step: the spotlight of the last one goes out.
      const next = setSession(state, { ...session, agendaStep: command.itemId });
      return (session.agendaStep ?? null) === command.itemId
        ? next
        : { ...next, room: { ...next.room, spotlight: null } };
    }),
  touches: touchesNothing,
};
