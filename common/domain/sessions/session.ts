import { ErrorCode, reject } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { exists, firstOf, fresh, openSession, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put, withEdits } from "../reduce/helpers.js";
import { newSession } from "../schedule/closeFollowUp.js";
import type { ClientCommandSpec } from "../spec.js";
import { keptToHost } from "../stations/visit.js";
import { EntityKind } from "../types.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { checkNewAgenda } from "../templates/check.js";
import { setSession, withSession } from "./current.js";
import {
  sessionAddSchema,
  sessionAnonymitySchema,
  sessionPhaseSchema,
  sessionReopenSchema,
  sessionUpdateSchema,
} from "./schemas.js";

export const sessionAdd: ClientCommandSpec<CommandOf<"session.add">> = {
  schema: sessionAddSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    firstOf(
      fresh(state.sessions, command.sessionId, "session", LIMITS.sessionsPerSeries),
      refersTo(state.orgs, command.values.hostOrgId, "organisation"),
      checkNewAgenda(state, command.agenda),
    ),
  reduce(state, command, ctx) {
    const session = newSession(command.sessionId, command.values, ctx.seq, command.agenda);
    return { ...state, sessions: put(state.sessions, session.id, session) };
  },
  touches: touchesNothing,
};

export const sessionUpdate: ClientCommandSpec<CommandOf<"session.update">> = {
  schema: sessionUpdateSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    firstOf(
      exists(state.sessions, command.sessionId, "session"),
      refersTo(state.orgs, command.changes.hostOrgId, "organisation"),
      keptToHost(state, command.sessionId, command.changes.hostOrgId),
    ),
  reduce: (state, command, ctx) =>
    withSession(state, command.sessionId, (current) =>
      withEdits(
        setSession(state, { ...current, ...command.changes }),
        EntityKind.session,
        current.id,
        Object.keys(command.changes),
        ctx,
      ),
    ),
  touches: touchesNothing,
  edits: (command) => ({ kind: EntityKind.session, entityId: command.sessionId, fields: Object.keys(command.changes) }),
};

export const sessionPhase: ClientCommandSpec<CommandOf<"session.phase">> = {
  schema: sessionPhaseSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => openSession(state, command.sessionId),
  reduce: (state, command) =>
    withSession(state, command.sessionId, (current) => {
      // A new step: the spotlight of the last one goes out.
      // A phase leaves the agenda item the room was at.
      const next = setSession(state, {
        ...current,
        phase: command.phase,
        ...(current.agendaStep ? { agendaStep: null } : {}),
      });
      const same = current.phase === command.phase && !current.agendaStep;
      return same ? next : { ...next, room: { ...next.room, spotlight: null } };
    }),
  touches: touchesNothing,
};

export const sessionReopen: ClientCommandSpec<CommandOf<"session.reopen">> = {
  schema: sessionReopenSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const missing = exists(state.sessions, command.sessionId, "session");
    if (missing) return missing;
    return state.sessions[command.sessionId]?.closedSeq === null ? reject(ErrorCode.conflict, "session is open") : null;
  },
  reduce: (state, command) =>
    withSession(state, command.sessionId, (current) => setSession(state, { ...current, closedSeq: null })),
  touches: touchesNothing,
};

export const sessionAnonymity: ClientCommandSpec<CommandOf<"session.anonymity">> = {
  schema: sessionAnonymitySchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => exists(state.sessions, command.sessionId, "session"),
  reduce(state, command) {
    const session = state.sessions[command.sessionId];
    if (!session) return state;
    const anonymity = { ...session.anonymity, [command.phase]: command.mode };
    return { ...state, sessions: put(state.sessions, session.id, { ...session, anonymity }) };
  },
  touches: touchesNothing,
};
