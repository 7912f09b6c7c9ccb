import { ErrorCode, reject, type Rejection } from "../errors.js";
import { itemExists } from "./checkHelpers.js";
import { ballotDots } from "./rules/votes.js";
import type { Mirror, Note, Person, SeriesState } from "./types.js";
import { AnonymityMode, AttendanceStatus, ItemKind, Role } from "./vocabulary.js";
import { itemOrg } from "./visibility/itemOrg.js";
import { confirmedOrg } from "./visibility/viewer.js";

/** An item is internal only to the organisation it belongs to. */
export function belongsTo(itemOrgId: string | null, internalTo: string | null): Rejection | null {
  return internalTo === null || itemOrgId === internalTo
    ? null
    : reject(ErrorCode.forbidden, "an item can be internal only to the organisation it belongs to");
}

/**
 * Who may move an item to another organisation (a case's or goal's org, an
 * agreement's case): a facilitator, a member of the organisation it belongs to,
 * or — while it belongs to none — whoever made it. Nobody takes another
 * organisation's item over.
 */
export function mayMove(
  state: SeriesState,
  actor: Person,
  kind: ItemKind,
  id: string,
  createdBy: string | null,
): Rejection | null {
  if (actor.role === Role.facilitator || !itemExists(state, kind, id)) return null;
  const current = itemOrg(state, kind, id);
  const allowed = current === null ? createdBy === actor.id : confirmedOrg(actor) === current;
  return allowed ? null : reject(ErrorCode.forbidden, "only its organisation or a facilitator moves an item elsewhere");
}

/**
 * Who may remove a case, agreement or goal: a facilitator, whoever made it, or
 * a member of the organisation it belongs to — not someone of another company.
 */
export function mayRemove(
  state: SeriesState,
  actor: Person,
  kind: ItemKind,
  id: string,
  createdBy: string | null,
): Rejection | null {
  // A missing item is checkCommand's to answer (not_found), the same as a hidden one.
  if (actor.role === Role.facilitator || createdBy === actor.id || !itemExists(state, kind, id)) return null;
  const org = itemOrg(state, kind, id);
  return org !== null && confirmedOrg(actor) === org
    ? null
    : reject(ErrorCode.forbidden, "only whoever made it, its organisation or a facilitator removes it");
}

/**
 * Who may change an agreement's owners: a facilitator or a (confirmed) member
 * of the organisation the agreement belongs to; an owner may also step down.
 * Nobody makes themselves owner of another organisation's agreement, nor
 * removes its owners.
 */
export function mayChangeOwners(
  state: SeriesState,
  actor: Person,
  agreementId: string,
  targetId: string,
  linked: boolean,
): Rejection | null {
  // A missing agreement is checkCommand's to answer (not_found), the same as a hidden one.
  if (actor.role === Role.facilitator || !itemExists(state, ItemKind.agreement, agreementId)) return null;
  if (!linked && targetId === actor.id) return null;
  const agreementOrg = itemOrg(state, ItemKind.agreement, agreementId);
  // An agreement of no organisation is anyone's to volunteer for (removing others stays as it is).
  if (linked && targetId === actor.id && agreementOrg === null) return null;
  return ownersOf(state, actor, agreementOrg);
}

/** Who may name or remove owners of an agreement of that organisation. */
export function ownersOf(state: SeriesState, actor: Person, agreementOrg: string | null): Rejection | null {
  // A series without organisations is one company: everyone in it is the agreement's organisation.
  const oneCompany = agreementOrg === null && Object.keys(state.orgs).length === 0;
  return actor.role === Role.facilitator ||
    oneCompany ||
    (agreementOrg !== null && confirmedOrg(actor) === agreementOrg)
    ? null
    : reject(ErrorCode.forbidden, "only the agreement's organisation or a facilitator changes its owners");
}

/**
 * Who records attendance: a facilitator anyone, with any status; a participant
 * only themself, present or not recorded; an observer only themself, as a guest
 * or not recorded. Locks do not hold it back: it is taken while the room waits.
 */
export function attendanceRule(actor: Person, personId: string, status: AttendanceStatus | null): Rejection | null {
  if (actor.role === Role.facilitator) return null;
  if (personId !== actor.id) return reject(ErrorCode.forbidden, "only a facilitator records someone else's attendance");
  const own = actor.role === Role.observer ? AttendanceStatus.guest : AttendanceStatus.present;
  return status === null || status === own
    ? null
    : reject(ErrorCode.forbidden, `you record yourself only as ${own}; a facilitator records the rest`);
}

/** An internal item does not move to another organisation; share it first. */
export function keepsItsOrg(internalTo: string | null, orgId: string | null | undefined): Rejection | null {
  return internalTo === null || orgId === undefined || orgId === internalTo
    ? null
    : reject(ErrorCode.conflict, "an internal item stays with its organisation; share it first");
}

/** Only members of an organisation make items internal to it. */
export function memberOf(actor: Person, orgId: string | null): Rejection | null {
  return orgId === null || confirmedOrg(actor) === orgId
    ? null
    : reject(ErrorCode.forbidden, "items can be made internal only to your own organisation");
}

/** A note of a case, in any of its lists. */
export function findNote(state: SeriesState, caseId: string, noteId: string): Note | undefined {
  const theCase = Object.hasOwn(state.cases, caseId) ? state.cases[caseId] : undefined;
  return [...(theCase?.wentWell ?? []), ...(theCase?.wentWrong ?? []), ...(theCase?.betterNext ?? [])].find(
    (n) => n.id === noteId,
  );
}

/** A mirror statement of a case. */
export function findMirror(state: SeriesState, caseId: string, mirrorId: string): Mirror | undefined {
  const theCase = Object.hasOwn(state.cases, caseId) ? state.cases[caseId] : undefined;
  return theCase?.mirrors.find((m) => m.id === mirrorId);
}

/** Anonymous notes are changed only by their author or a facilitator; named ones by anyone. */
export function ownContribution(state: SeriesState, actor: Person, caseId: string, noteId: string): Rejection | null {
  if (actor.role === Role.facilitator) return null;
  const note = findNote(state, caseId, noteId);
  return !note || note.anonymity === AnonymityMode.named || note.by === actor.id
    ? null
    : reject(ErrorCode.forbidden, "only its author or a facilitator changes an anonymous note");
}

/** The sender's own ballot: within their dots, one per item without stacking, never below zero. */
export function ballotRules(state: SeriesState, personId: string, itemId: string, delta: 1 | -1): Rejection | null {
  const voting = state.room.voting;
  if (!voting) return null;
  const ballot = Object.hasOwn(state.votes, personId) ? state.votes[personId] : undefined;
  const onItem = ballot && Object.hasOwn(ballot, itemId) ? (ballot[itemId] ?? 0) : 0;
  if (delta < 0) return onItem > 0 ? null : reject(ErrorCode.conflict, "you have no dot on this item");
  if (!voting.stacking && onItem > 0) return reject(ErrorCode.conflict, "one dot per item in this vote");
  return ballotDots(ballot) < voting.dotsPerPerson
    ? null
    : reject(ErrorCode.limitExceeded, "all your dots are placed; take one back first");
}
