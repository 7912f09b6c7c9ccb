import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { belongsTo, memberOf } from "../actorRules.js";
import { exists, firstOf } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import type { ClientCommandSpec } from "../spec.js";
import { projectVisitEvent } from "../stations/project.js";
import { findTakeHome, hostOf, openVisit, personSees, visitOf, withVisit } from "../stations/visit.js";
import type { Person, SeriesState } from "../types.js";
import { Role } from "../vocabulary.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { confirmedOrg } from "../visibility/viewer.js";
import { takeHomeAddSchema, takeHomeRemoveSchema, takeHomeUpdateSchema } from "./schemas.js";

/** Refuses a take-home item that is not on an open peer visit. */
function openItem(state: SeriesState, sessionId: string, itemId: string): Rejection | null {
  return (
    openVisit(state, sessionId) ??
    (findTakeHome(state, sessionId, itemId) ? null : reject(ErrorCode.notFound, "take-home item not found"))
  );
}

/** An organisation's list is written by its (confirmed) members and by facilitators. */
function writesListOf(actor: Person, orgId: string): Rejection | null {
  return actor.role === Role.facilitator || confirmedOrg(actor) === orgId
    ? null
    : reject(ErrorCode.forbidden, "only its organisation or a facilitator writes on a take-home list");
}

/** The item's own rule: kept from the actor, it is answered as a missing one; else its organisation writes it. */
function itemRule(state: SeriesState, actor: Person, sessionId: string, itemId: string): Rejection | null {
  const item = findTakeHome(state, sessionId, itemId);
  if (!item) return null;
  if (!personSees(actor, item.internalTo)) return reject(ErrorCode.notFound, "take-home item not found");
  return writesListOf(actor, item.orgId);
}

export const takeHomeAdd: ClientCommandSpec<CommandOf<"takehome.add">> = {
  schema: takeHomeAddSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const refused = firstOf(
      openVisit(state, command.sessionId),
      exists(state.orgs, command.orgId, "organisation"),
      belongsTo(command.orgId, command.internalTo),
    );
    if (refused) return refused;
    if (command.orgId === hostOf(state, command.sessionId))
      return reject(ErrorCode.conflict, "the take-home lists are the visiting organisations'");
    const { takeHome } = visitOf(state, command.sessionId);
    if (takeHome.some((t) => t.id === command.itemId))
      return reject(ErrorCode.duplicateId, "take-home item id already used");
    return takeHome.length >= LIMITS.takeHomePerSession
      ? reject(ErrorCode.limitExceeded, `a peer visit holds at most ${LIMITS.takeHomePerSession} take-home items`)
      : null;
  },
  reduce: (state, command, ctx) =>
    withVisit(state, command.sessionId, (visit) => ({
      ...visit,
      takeHome: [
        ...visit.takeHome,
        {
          id: command.itemId,
          orgId: command.orgId,
          text: command.text,
          by: ctx.actorId,
          internalTo: command.internalTo,
          createdSeq: ctx.seq,
        },
      ],
    })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (_state, actor, command) =>
    firstOf(writesListOf(actor, command.orgId), memberOf(actor, command.internalTo)),
};

export const takeHomeUpdate: ClientCommandSpec<CommandOf<"takehome.update">> = {
  schema: takeHomeUpdateSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    firstOf(
      openItem(state, command.sessionId, command.itemId),
      command.changes.internalTo === undefined
        ? null
        : belongsTo(findTakeHome(state, command.sessionId, command.itemId)?.orgId ?? null, command.changes.internalTo),
    ),
  reduce: (state, command) =>
    withVisit(state, command.sessionId, (visit) => ({
      ...visit,
      takeHome: visit.takeHome.map((t) => (t.id === command.itemId ? { ...t, ...command.changes } : t)),
    })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (state, actor, command) =>
    firstOf(
      itemRule(state, actor, command.sessionId, command.itemId),
      memberOf(actor, command.changes.internalTo ?? null),
    ),
};

export const takeHomeRemove: ClientCommandSpec<CommandOf<"takehome.remove">> = {
  schema: takeHomeRemoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => openItem(state, command.sessionId, command.itemId),
  reduce: (state, command) =>
    withVisit(state, command.sessionId, (visit) => ({
      ...visit,
      takeHome: visit.takeHome.filter((t) => t.id !== command.itemId),
    })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (state, actor, command) => itemRule(state, actor, command.sessionId, command.itemId),
};
