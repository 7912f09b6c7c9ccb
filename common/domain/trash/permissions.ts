import { ErrorCode, reject, type Rejection } from "../../errors.js";
import type { Mirror, Note, Person, SeriesState, TrashEntry } from "../types.js";
import { AnonymityMode, Role, type TrashKind } from "../vocabulary.js";
import { canSee, confirmedOrg } from "../visibility/viewer.js";
import { trashEntry, trashInternalTo } from "./entries.js";

/**
 * Who may remove a note or a mirror statement: a facilitator, its author, or
 * — when it is named — a confirmed member of the author's organisation (in a
 * series without organisations everyone is one company). Nobody removes
 * another company's contribution, and an anonymous one stays its author's, so
 * that a remove control does not tell who wrote it.
 */
export function mayRemoveContribution(
  state: SeriesState,
  actor: Person,
  item: Note | Mirror | undefined,
): Rejection | null {
  // A missing note is checkCommand's to answer (not_found), the same as a hidden one.
  if (actor.role === Role.facilitator || !item || item.by === actor.id) return null;
  if (item.anonymity !== AnonymityMode.named) {
    return reject(ErrorCode.forbidden, "only its author or a facilitator removes an anonymous contribution");
  }
  const oneCompany = Object.keys(state.orgs).length === 0;
  const ownOrg = item.authorOrgId !== null && confirmedOrg(actor) === item.authorOrgId;
  return oneCompany || ownOrg
    ? null
    : reject(ErrorCode.forbidden, "only its author, their organisation or a facilitator removes it");
}

/**
 * Who may bring a removed item back: whoever removed it, and everyone who
 * may remove it — a facilitator, whoever made it, its organisation (for a
 * named note or statement, its author's). An item the actor could not see
 * is answered as missing, so that nobody learns it was there.
 */
export function mayRestore(state: SeriesState, actor: Person, kind: TrashKind, id: string): Rejection | null {
  const entry = trashEntry(state, kind, id);
  // A missing entry is checkCommand's to answer (not_found).
  if (!entry) return null;
  const internalTo = trashInternalTo(state, entry);
  const viewer = { personId: actor.id, orgId: confirmedOrg(actor), role: actor.role };
  if (internalTo === undefined || !canSee(viewer, internalTo)) {
    return reject(ErrorCode.notFound, `no such ${kind} in the trash`);
  }
  if (actor.role === Role.facilitator || entry.removed.by === actor.id) return null;
  if (entry.kind === "note" || entry.kind === "mirror") {
    return mayRemoveContribution(state, actor, entry.item) === null ? null : notAllowed();
  }
  if (entry.item.createdBy === actor.id) return null;
  const org = orgOfRemoved(state, entry);
  return org !== null && confirmedOrg(actor) === org ? null : notAllowed();
}

function notAllowed(): Rejection {
  return reject(ErrorCode.forbidden, "only whoever removed or made it, its organisation or a facilitator restores it");
}

/** The organisation a removed case or agreement belongs to, as `itemOrg` tells of a live one. */
function orgOfRemoved(state: SeriesState, entry: Extract<TrashEntry, { kind: "case" | "agreement" }>): string | null {
  if (entry.kind === "case") return entry.item.orgId;
  const caseId = entry.item.caseId;
  if (caseId !== null) {
    const theCase = Object.hasOwn(state.cases, caseId) ? state.cases[caseId] : trashEntry(state, "case", caseId)?.item;
    if (theCase) return theCase.orgId;
  }
  const maker = Object.hasOwn(state.people, entry.item.createdBy) ? state.people[entry.item.createdBy] : undefined;
  return maker?.orgId ?? null;
}
