import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { exists, fresh } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { mapRecord, put, without, withEdits, withoutEditsOf } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { EntityKind, type SeriesState } from "../types.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { orgAddSchema, orgRemoveSchema, orgUpdateSchema } from "./schemas.js";

export const orgAdd: ClientCommandSpec<CommandOf<"org.add">> = {
  schema: orgAddSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => fresh(state.orgs, command.orgId, "organisation", LIMITS.orgsPerSeries),
  reduce: (state, command, ctx) => ({
    ...state,
    orgs: put(state.orgs, command.orgId, { id: command.orgId, name: command.name, createdSeq: ctx.seq }),
  }),
  touches: touchesNothing,
};

export const orgUpdate: ClientCommandSpec<CommandOf<"org.update">> = {
  schema: orgUpdateSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => exists(state.orgs, command.orgId, "organisation"),
  reduce(state, command, ctx) {
    const org = state.orgs[command.orgId];
    if (!org) return state;
    const orgs = put(state.orgs, command.orgId, { ...org, ...command.changes });
    return withEdits({ ...state, orgs }, EntityKind.org, command.orgId, Object.keys(command.changes), ctx);
  },
  touches: touchesNothing,
  edits: (command) => ({ kind: EntityKind.org, entityId: command.orgId, fields: Object.keys(command.changes) }),
};

export const orgRemove: ClientCommandSpec<CommandOf<"org.remove">> = {
  schema: orgRemoveSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    exists(state.orgs, command.orgId, "organisation") ??
    noInternalItems(state, command.orgId) ??
    noVisitItems(state, command.orgId),
  reduce: (state, command) => withoutEditsOf(removeOrg(state, command.orgId), EntityKind.org, command.orgId),
  touches: touchesNothing,
};

/** Removing an organisation would leave its internal items seen by nobody: they are made shared or removed first. */
function noInternalItems(state: SeriesState, orgId: string): Rejection | null {
  const items = [...Object.values(state.cases), ...Object.values(state.agreements), ...Object.values(state.goals)];
  return items.some((i) => i.internalTo === orgId)
    ? reject(ErrorCode.conflict, "the organisation has internal items; share or remove them first")
    : null;
}

/** A station kept to the organisation or its take-home list would be left without it. */
function noVisitItems(state: SeriesState, orgId: string): Rejection | null {
  const visits = Object.values(state.visits ?? {});
  return visits.some((v) => v.stations.some((s) => s.internalTo === orgId) || v.takeHome.some((t) => t.orgId === orgId))
    ? reject(ErrorCode.conflict, "the organisation has stations or take-home items on a peer visit; remove them first")
    : null;
}

function removeOrg(state: SeriesState, orgId: string): SeriesState {
  const detach = <T extends { orgId: string | null }>(x: T): T => (x.orgId === orgId ? { ...x, orgId: null } : x);
  return {
    ...state,
    orgs: without(state.orgs, orgId),
    people: mapRecord(state.people, detach),
    goals: mapRecord(state.goals, detach),
    cases: mapRecord(state.cases, detach),
    sessions: mapRecord(state.sessions, (s) => (s.hostOrgId === orgId ? { ...s, hostOrgId: null } : s)),
  };
}
