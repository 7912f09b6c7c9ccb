import { ErrorCode, reject, type Rejection } from "../errors.js";
import type { ClientCommand, ClientCommandType } from "./commands.js";
import { currentSession } from "./rules/sessions.js";
import { ballotDots } from "./rules/votes.js";
import type { Mirror, Note, Person, SeriesState } from "./types.js";
import { AnonymityMode, AttendanceStatus, ItemKind, Role, type TrashKind } from "./vocabulary.js";
import { touchedItems, type ItemRef } from "./visibility/touched.js";
import { canSee, confirmedOrg, type Viewer } from "./visibility/viewer.js";
import { itemOrg } from "./visibility/itemOrg.js";
import { itemExists } from "./checkRoom.js";
import { checkCommand } from "./check.js";
import { projectState } from "./visibility/project.js";
import { mayRemoveContribution, mayRestore } from "./trash/permissions.js";

/** Commands only a facilitator sends (`person.update` too, when it is about someone else). */
export const FACILITATOR_ONLY: ReadonlySet<ClientCommandType> = new Set<ClientCommandType>([
  "series.rename",
  "series.schedule",
  "org.add",
  "org.update",
  "org.remove",
  "interests.starter",
  "session.add",
  "session.update",
  "session.phase",
  "session.close",
  "session.reopen",
  "session.anonymity",
  "person.role",
  "facilitation.handover",
  "room.spotlight",
  "room.lock",
  "timer.set",
  "timer.start",
  "timer.pause",
  "timer.add",
  "timer.reset",
  "timer.clear",
  "vote.open",
  "vote.reveal",
  "vote.close",
  "breakout.start",
  "breakout.end",
]);

/** What participants may still do while the board or the current phase is locked. */
export const ALLOWED_WHEN_LOCKED: ReadonlySet<ClientCommandType> = new Set<ClientCommandType>([
  "ready.set",
  "vote.cast",
  "attendance.set",
  "checkin.answer",
]);

function personOf(state: SeriesState, personId: string): Person | undefined {
  return Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
}

/** Whether participants are held back: the whole board, or the current session's phase, is locked. */
export function isLocked(state: SeriesState): boolean {
  const { lock } = state.room;
  if (lock.board) return true;
  const session = currentSession(state);
  return session !== null && lock.phases.includes(session.phase);
}

/**
 * Whether the person may send commands of this type at all right now (role
 * and locks; not the particular items): for showing or hiding controls.
 */
export function canSend(state: SeriesState, personId: string, type: ClientCommandType): boolean {
  const person = personOf(state, personId);
  if (!person) return false;
  // Everyone records their own attendance, observers as guests (attendanceChoices says which).
  if (type === "attendance.set") return true;
  if (person.role === Role.observer) return false;
  if (person.role === Role.facilitator) return true;
  if (FACILITATOR_ONLY.has(type)) return false;
  return !isLocked(state) || ALLOWED_WHEN_LOCKED.has(type);
}

/**
 * Whether `actorId` may send the command: their role, locks, the internal
 * items they may see, and rules that depend on who sends (their own ballot,
 * their own anonymous notes). Returns why not, or null. The server runs it
 * before `checkCommand`; an internal item the actor may not see is answered
 * not_found, as a missing one, so that nobody learns it exists.
 */
export function authorizeCommand(state: SeriesState, actorId: string, command: ClientCommand): Rejection | null {
  const actor = personOf(state, actorId);
  if (!actor) return reject(ErrorCode.notJoined, "join the series before editing");
  // Attendance is the one thing an observer records: themself, as a guest.
  if (command.type === "attendance.set") return attendanceRule(actor, command.personId, command.status);
  if (actor.role === Role.observer) return reject(ErrorCode.forbidden, "observers read along and do not edit");
  const facilitator = actor.role === Role.facilitator;
  if (!facilitator && facilitatorOnlyCommand(actorId, command)) {
    return reject(ErrorCode.forbidden, "only a facilitator may do this");
  }
  if (!facilitator && isLocked(state) && !ALLOWED_WHEN_LOCKED.has(command.type)) {
    return reject(ErrorCode.locked, "the facilitator has locked the board for now");
  }
  const viewer: Viewer = { personId: actor.id, orgId: confirmedOrg(actor), role: actor.role };
  const unseen = touchedItems(state, command).find((item) => !seesItem(state, viewer, item));
  if (unseen) {
    // Answered as the same command about a missing item would be: nobody learns an internal item exists.
    const asMissing = checkCommand(projectState(state, viewer), command, actorId);
    return asMissing ?? reject(ErrorCode.notFound, `${unseen.kind} not found`);
  }
  return actorRules(state, actor, command);
}

function facilitatorOnlyCommand(actorId: string, command: ClientCommand): boolean {
  if (command.type === "person.update") return command.personId !== actorId;
  return FACILITATOR_ONLY.has(command.type);
}

/** Whether the viewer sees the item; an item that does not exist (yet) is not hidden from anyone. */
function seesItem(state: SeriesState, viewer: Viewer, item: ItemRef): boolean {
  const table =
    item.kind === ItemKind.case ? state.cases : item.kind === ItemKind.agreement ? state.agreements : state.goals;
  const found = Object.hasOwn(table, item.id) ? table[item.id] : undefined;
  return found === undefined || canSee(viewer, found.internalTo);
}

function actorRules(state: SeriesState, actor: Person, command: ClientCommand): Rejection | null {
  const facilitator = actor.role === Role.facilitator;
  switch (command.type) {
    case "person.update":
      return !facilitator && command.changes.orgId !== undefined && command.changes.orgId !== actor.orgId
        ? reject(ErrorCode.forbidden, "a facilitator changes which organisation someone belongs to")
        : null;
    case "person.confirm": {
      const person = Object.hasOwn(state.people, command.personId) ? state.people[command.personId] : undefined;
      const vouches = facilitator || (person?.orgId != null && confirmedOrg(actor) === person.orgId);
      return vouches
        ? null
        : reject(ErrorCode.forbidden, "only a member of the organisation or a facilitator confirms");
    }
    case "facilitation.handover":
      return command.personId === actor.id ? reject(ErrorCode.conflict, "you facilitate already") : null;
    case "agreement.status": {
      const agreement = state.agreements[command.agreementId];
      return facilitator || !agreement || agreement.ownerIds.includes(actor.id)
        ? null
        : reject(ErrorCode.forbidden, "only the agreement's owners or a facilitator report its status");
    }
    case "case.note.update":
      return ownContribution(state, actor, command.caseId, command.noteId);
    case "case.note.remove":
      return mayRemoveContribution(state, actor, findNote(state, command.caseId, command.noteId));
    case "case.mirror.remove":
      return mayRemoveContribution(state, actor, findMirror(state, command.caseId, command.mirrorId));
    case "item.restore":
      return mayRestore(state, actor, command.kind, command.itemId);
    case "case.mirror.respond": {
      const mirror = state.cases[command.caseId]?.mirrors.find((m) => m.id === command.mirrorId);
      return mirror?.by === actor.id ? reject(ErrorCode.conflict, "the other side answers a mirror statement") : null;
    }
    case "vote.cast":
      return ballotRules(state, actor.id, command.itemId, command.delta);
    case "vote.reveal":
      return command.totals === undefined ? null : reject(ErrorCode.forbidden, "the totals are counted, not sent");
    case "item.visibility":
      return (
        memberOf(actor, command.internalTo) ??
        belongsTo(itemOrg(state, command.kind, command.itemId), command.internalTo)
      );
    case "case.add":
    case "goal.add":
      return (
        memberOf(actor, command.values.internalTo ?? null) ??
        belongsTo(command.values.orgId ?? null, command.values.internalTo ?? null)
      );
    case "agreement.add": {
      const internalTo = command.values.internalTo ?? null;
      const caseId = command.values.caseId ?? null;
      const org = caseId !== null ? itemOrg(state, ItemKind.case, caseId) : confirmedOrg(actor);
      // Naming owners is changing them: the organisation the new agreement will belong to, or a
      // facilitator. Naming only oneself on an agreement of no organisation is taking on what one adds.
      const ownerIds = command.values.ownerIds ?? [];
      const onlySelf = org === null && ownerIds.every((ownerId) => ownerId === actor.id);
      const namesOwners = ownerIds.length > 0 && !onlySelf;
      const ownerOrg = caseId !== null ? org : actor.orgId;
      return (
        memberOf(actor, internalTo) ??
        belongsTo(org, internalTo) ??
        (namesOwners ? ownersOf(state, actor, ownerOrg) : null)
      );
    }
    case "agreement.link":
      return command.kind === "owner"
        ? mayChangeOwners(state, actor, command.agreementId, command.targetId, command.linked)
        : null;
    case "case.remove": {
      const theCase = state.cases[command.caseId];
      return mayRemove(state, actor, ItemKind.case, command.caseId, theCase?.createdBy ?? null);
    }
    case "agreement.remove": {
      const agreement = state.agreements[command.agreementId];
      return mayRemove(state, actor, ItemKind.agreement, command.agreementId, agreement?.createdBy ?? null);
    }
    case "goal.remove":
      return mayRemove(state, actor, ItemKind.goal, command.goalId, null);
    case "case.update": {
      const theCase = state.cases[command.caseId];
      const moves = command.changes.orgId !== undefined && command.changes.orgId !== theCase?.orgId;
      return (
        keepsItsOrg(theCase?.internalTo ?? null, command.changes.orgId) ??
        (moves ? mayMove(state, actor, ItemKind.case, command.caseId, theCase?.createdBy ?? null) : null)
      );
    }
    case "goal.update": {
      const goal = state.goals[command.goalId];
      const moves = command.changes.orgId !== undefined && command.changes.orgId !== goal?.orgId;
      return (
        keepsItsOrg(goal?.internalTo ?? null, command.changes.orgId) ??
        (moves ? mayMove(state, actor, ItemKind.goal, command.goalId, null) : null)
      );
    }
    case "agreement.update": {
      const agreement = state.agreements[command.agreementId];
      const moves = command.changes.caseId !== undefined && command.changes.caseId !== agreement?.caseId;
      if (!moves) return null;
      const newCaseOrg = command.changes.caseId ? itemOrg(state, ItemKind.case, command.changes.caseId) : null;
      return (
        keepsItsOrg(agreement?.internalTo ?? null, newCaseOrg ?? undefined) ??
        mayMove(state, actor, ItemKind.agreement, command.agreementId, agreement?.createdBy ?? null)
      );
    }
    default:
      return null;
  }
}

/** Only members of an organisation make items internal to it. */
/** An item is internal only to the organisation it belongs to. */
function belongsTo(itemOrgId: string | null, internalTo: string | null): Rejection | null {
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
function mayMove(
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
function mayRemove(
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
function mayChangeOwners(
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

function ownersOf(state: SeriesState, actor: Person, agreementOrg: string | null): Rejection | null {
  // A series without organisations is one company: everyone in it is the agreement's organisation.
  const oneCompany = agreementOrg === null && Object.keys(state.orgs).length === 0;
  return actor.role === Role.facilitator ||
    oneCompany ||
    (agreementOrg !== null && confirmedOrg(actor) === agreementOrg)
    ? null
    : reject(ErrorCode.forbidden, "only the agreement's organisation or a facilitator changes its owners");
}

/** Whether `personId` may add or remove `targetId` as an owner of the agreement (for the owner picker). */
export function canChangeOwner(
  state: SeriesState,
  personId: string,
  agreementId: string,
  targetId: string,
  linked: boolean,
): boolean {
  const actor = personOf(state, personId);
  if (!actor || actor.role === Role.observer) return false;
  if (actor.role !== Role.facilitator && isLocked(state)) return false;
  return mayChangeOwners(state, actor, agreementId, targetId, linked) === null;
}

/**
 * Who records attendance: a facilitator anyone, with any status; a participant
 * only themself, present or not recorded; an observer only themself, as a guest
 * or not recorded. Locks do not hold it back: it is taken while the room waits.
 */
function attendanceRule(actor: Person, personId: string, status: AttendanceStatus | null): Rejection | null {
  if (actor.role === Role.facilitator) return null;
  if (personId !== actor.id) return reject(ErrorCode.forbidden, "only a facilitator records someone else's attendance");
  const own = actor.role === Role.observer ? AttendanceStatus.guest : AttendanceStatus.present;
  return status === null || status === own
    ? null
    : reject(ErrorCode.forbidden, `you record yourself only as ${own}; a facilitator records the rest`);
}

/** The statuses `actorId` may give `personId` at a session (null: not recorded), for the attendance controls. */
export function attendanceChoices(
  state: SeriesState,
  actorId: string,
  personId: string,
): readonly (AttendanceStatus | null)[] {
  const actor = personOf(state, actorId);
  if (!actor) return [];
  const all = [AttendanceStatus.present, AttendanceStatus.excused, AttendanceStatus.guest, null];
  return all.filter((status) => attendanceRule(actor, personId, status) === null);
}

/** Whether `personId` may remove the item (for showing the remove control). */
export function canRemove(state: SeriesState, personId: string, kind: ItemKind, id: string): boolean {
  const actor = personOf(state, personId);
  if (!actor || actor.role === Role.observer) return false;
  if (actor.role !== Role.facilitator && isLocked(state)) return false;
  const createdBy =
    kind === ItemKind.case
      ? (state.cases[id]?.createdBy ?? null)
      : kind === ItemKind.agreement
        ? (state.agreements[id]?.createdBy ?? null)
        : null;
  return mayRemove(state, actor, kind, id, createdBy) === null;
}

/** An internal item does not move to another organisation; share it first. */
function keepsItsOrg(internalTo: string | null, orgId: string | null | undefined): Rejection | null {
  return internalTo === null || orgId === undefined || orgId === internalTo
    ? null
    : reject(ErrorCode.conflict, "an internal item stays with its organisation; share it first");
}

function memberOf(actor: Person, orgId: string | null): Rejection | null {
  return orgId === null || confirmedOrg(actor) === orgId
    ? null
    : reject(ErrorCode.forbidden, "items can be made internal only to your own organisation");
}

function findNote(state: SeriesState, caseId: string, noteId: string): Note | undefined {
  const theCase = Object.hasOwn(state.cases, caseId) ? state.cases[caseId] : undefined;
  return [...(theCase?.wentWell ?? []), ...(theCase?.wentWrong ?? []), ...(theCase?.betterNext ?? [])].find(
    (n) => n.id === noteId,
  );
}

function findMirror(state: SeriesState, caseId: string, mirrorId: string): Mirror | undefined {
  const theCase = Object.hasOwn(state.cases, caseId) ? state.cases[caseId] : undefined;
  return theCase?.mirrors.find((m) => m.id === mirrorId);
}

/** Anonymous notes are changed only by their author or a facilitator; named ones by anyone. */
function ownContribution(state: SeriesState, actor: Person, caseId: string, noteId: string): Rejection | null {
  if (actor.role === Role.facilitator) return null;
  const note = findNote(state, caseId, noteId);
  return !note || note.anonymity === AnonymityMode.named || note.by === actor.id
    ? null
    : reject(ErrorCode.forbidden, "only its author or a facilitator changes an anonymous note");
}

/** Whether `personId` may bring the removed item back (for the trash and the undo toast). */
export function canRestore(state: SeriesState, personId: string, kind: TrashKind, id: string): boolean {
  const actor = personOf(state, personId);
  if (!actor || actor.role === Role.observer) return false;
  if (actor.role !== Role.facilitator && isLocked(state)) return false;
  return mayRestore(state, actor, kind, id) === null;
}

/** Whether `personId` may remove the note (for showing the remove control). */
export function canRemoveNote(state: SeriesState, personId: string, caseId: string, noteId: string): boolean {
  const actor = personOf(state, personId);
  if (!actor || actor.role === Role.observer) return false;
  if (actor.role !== Role.facilitator && isLocked(state)) return false;
  return mayRemoveContribution(state, actor, findNote(state, caseId, noteId)) === null;
}

/** Whether `personId` may remove the mirror statement (for showing the remove control). */
export function canRemoveMirror(state: SeriesState, personId: string, caseId: string, mirrorId: string): boolean {
  const actor = personOf(state, personId);
  if (!actor || actor.role === Role.observer) return false;
  if (actor.role !== Role.facilitator && isLocked(state)) return false;
  return mayRemoveContribution(state, actor, findMirror(state, caseId, mirrorId)) === null;
}

/** The sender's own ballot: within their dots, one per item without stacking, never below zero. */
function ballotRules(state: SeriesState, personId: string, itemId: string, delta: 1 | -1): Rejection | null {
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
