import { ErrorCode, reject } from "../../errors.js";
import { exists, keepsAFacilitator, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put, withEdits } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { EntityKind } from "../types.js";
import { Role } from "../vocabulary.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { confirmedOrg } from "../visibility/viewer.js";
import { withRole } from "./roles.js";
import { facilitationHandoverSchema, personConfirmSchema, personRoleSchema, personUpdateSchema } from "./schemas.js";

export const personUpdate: ClientCommandSpec<CommandOf<"person.update">> = {
  schema: personUpdateSchema,
  sender: { ownPerson: (command) => command.personId },
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    exists(state.people, command.personId, "person") ?? refersTo(state.orgs, command.changes.orgId, "organisation"),
  reduce(state, command, ctx) {
    const person = state.people[command.personId];
    if (!person) return state;
    const moved = command.changes.orgId !== undefined && command.changes.orgId !== person.orgId;
    // A facilitator who moves someone vouches for it; anyone else's move waits for a confirmation.
    const mover = Object.hasOwn(state.people, ctx.actorId) ? state.people[ctx.actorId] : undefined;
    const orgConfirmed = moved
      ? command.changes.orgId === null || mover?.role === Role.facilitator
      : person.orgConfirmed;
    const people = put(state.people, command.personId, { ...person, ...command.changes, orgConfirmed });
    return withEdits({ ...state, people }, EntityKind.person, command.personId, Object.keys(command.changes), ctx);
  },
  touches: touchesNothing,
  edits: (command) => ({ kind: EntityKind.person, entityId: command.personId, fields: Object.keys(command.changes) }),
  changesViewers: true,
  actorRule: (_state, actor, command) =>
    actor.role !== Role.facilitator && command.changes.orgId !== undefined && command.changes.orgId !== actor.orgId
      ? reject(ErrorCode.forbidden, "a facilitator changes which organisation someone belongs to")
      : null,
};

export const personRole: ClientCommandSpec<CommandOf<"person.role">> = {
  schema: personRoleSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    exists(state.people, command.personId, "person") ?? keepsAFacilitator(state, command.personId, command.role),
  reduce: (state, command) => withRole(state, command.personId, command.role),
  touches: touchesNothing,
  changesViewers: true,
};

export const personConfirm: ClientCommandSpec<CommandOf<"person.confirm">> = {
  schema: personConfirmSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const missing = exists(state.people, command.personId, "person");
    if (missing) return missing;
    return state.people[command.personId]?.orgId ? null : reject(ErrorCode.conflict, "the person has no organisation");
  },
  reduce(state, command) {
    const person = Object.hasOwn(state.people, command.personId) ? state.people[command.personId] : undefined;
    return person ? { ...state, people: put(state.people, person.id, { ...person, orgConfirmed: true }) } : state;
  },
  touches: touchesNothing,
  changesViewers: true,
  actorRule(state, actor, command) {
    const person = Object.hasOwn(state.people, command.personId) ? state.people[command.personId] : undefined;
    const vouches = actor.role === Role.facilitator || (person?.orgId != null && confirmedOrg(actor) === person.orgId);
    return vouches ? null : reject(ErrorCode.forbidden, "only a member of the organisation or a facilitator confirms");
  },
};

export const facilitationHandover: ClientCommandSpec<CommandOf<"facilitation.handover">> = {
  schema: facilitationHandoverSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => exists(state.people, command.personId, "person"),
  reduce(state, command, ctx) {
    const handedOver = ctx.actorId === command.personId ? state : withRole(state, ctx.actorId, Role.participant);
    return withRole(handedOver, command.personId, Role.facilitator);
  },
  touches: touchesNothing,
  changesViewers: true,
  actorRule: (_state, actor, command) =>
    command.personId === actor.id ? reject(ErrorCode.conflict, "you facilitate already") : null,
};
