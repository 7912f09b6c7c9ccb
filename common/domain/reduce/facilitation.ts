import type { CommandOf } from "../commands.js";
import { assertNever } from "../assertNever.js";
import type { SeriesState } from "../types.js";
import { ItemKind, Role } from "../vocabulary.js";
import { put, type Context } from "./helpers.js";

type FacilitationCommand = CommandOf<
  "person.join" | "person.role" | "person.confirm" | "facilitation.handover" | "item.visibility" | "session.anonymity"
>;

/** Applies a command about people's roles, internal items or anonymity that passed its checks. */
export function reduceFacilitation(state: SeriesState, command: FacilitationCommand, ctx: Context): SeriesState {
  switch (command.type) {
    case "person.join":
      return join(state, command, ctx);
    case "person.role":
      return withRole(state, command.personId, command.role);
    case "person.confirm": {
      const person = Object.hasOwn(state.people, command.personId) ? state.people[command.personId] : undefined;
      return person ? { ...state, people: put(state.people, person.id, { ...person, orgConfirmed: true }) } : state;
    }
    case "facilitation.handover": {
      const handedOver = ctx.actorId === command.personId ? state : withRole(state, ctx.actorId, Role.participant);
      return withRole(handedOver, command.personId, Role.facilitator);
    }
    case "item.visibility":
      return withVisibility(state, command.kind, command.itemId, command.internalTo);
    case "session.anonymity": {
      const session = state.sessions[command.sessionId];
      if (!session) return state;
      const anonymity = { ...session.anonymity, [command.phase]: command.mode };
      return { ...state, sessions: put(state.sessions, session.id, { ...session, anonymity }) };
    }
    default:
      return assertNever(command);
  }
}

function join(state: SeriesState, command: CommandOf<"person.join">, ctx: Context): SeriesState {
  const existing = Object.hasOwn(state.people, ctx.actorId) ? state.people[ctx.actorId] : undefined;
  const orgs = command.newOrg
    ? put(state.orgs, command.newOrg.orgId, {
        id: command.newOrg.orgId,
        name: command.newOrg.name,
        createdSeq: ctx.seq,
      })
    : state.orgs;
  const person = {
    id: ctx.actorId,
    name: command.name,
    orgId: command.orgId,
    function: command.function,
    role: command.role,
    orgConfirmed: command.confirmed || command.newOrg !== undefined || command.orgId === null,
    joinedSeq: existing?.joinedSeq ?? ctx.seq,
  };
  return { ...state, orgs, people: put(state.people, ctx.actorId, person) };
}

function withRole(state: SeriesState, personId: string, role: Role): SeriesState {
  const person = Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
  return person ? { ...state, people: put(state.people, personId, { ...person, role }) } : state;
}

function withVisibility(state: SeriesState, kind: ItemKind, id: string, internalTo: string | null): SeriesState {
  switch (kind) {
    case ItemKind.case: {
      const item = state.cases[id];
      return item ? { ...state, cases: put(state.cases, id, { ...item, internalTo }) } : state;
    }
    case ItemKind.agreement: {
      const item = state.agreements[id];
      return item ? { ...state, agreements: put(state.agreements, id, { ...item, internalTo }) } : state;
    }
    case ItemKind.goal: {
      const item = state.goals[id];
      return item ? { ...state, goals: put(state.goals, id, { ...item, internalTo }) } : state;
    }
    default:
      return assertNever(kind);
  }
}
