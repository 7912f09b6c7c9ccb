import { ErrorCode, reject, type Rejection } from "../errors.js";
import type { ClientCommand, ClientCommandType } from "./commands.js";
import { attendanceRule, findMirror, findNote, mayChangeOwners, mayRemove } from "./actorRules.js";
import { checkCommand } from "./check.js";
import { CLIENT_COMMAND_SPECS, commandSpec, commandSpecOf } from "./registry.js";
import { currentSession } from "./rules/sessions.js";
import type { ClientCommandSpec } from "./spec.js";
import type { Person, SeriesState } from "./types.js";
import { AttendanceStatus, ItemKind, Role, type TrashKind } from "./vocabulary.js";
import type { ItemRef } from "./visibility/itemRefs.js";
import { touchedItems } from "./visibility/touched.js";
import { canSee, confirmedOrg, type Viewer } from "./visibility/viewer.js";
import { projectState } from "./visibility/project.js";
import { mayRemoveContribution, mayRestore } from "./trash/permissions.js";

const CLIENT_TYPES = Object.keys(CLIENT_COMMAND_SPECS) as ClientCommandType[];

/** Commands only a facilitator sends (`person.update` too, when it is about someone else). */
export const FACILITATOR_ONLY: ReadonlySet<ClientCommandType> = new Set(
  CLIENT_TYPES.filter((type) => commandSpecOf(type).sender === "facilitator"),
);

/** What participants may still do while the board or the current phase is locked. */
export const ALLOWED_WHEN_LOCKED: ReadonlySet<ClientCommandType> = new Set(
  CLIENT_TYPES.filter((type) => commandSpecOf(type).whileLocked),
);

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
  const spec = commandSpecOf(type);
  // Everyone records their own attendance, observers as guests (attendanceChoices says which).
  if (spec.sender === "everyone") return true;
  if (person.role === Role.observer) return false;
  if (person.role === Role.facilitator) return true;
  if (spec.sender === "facilitator") return false;
  return !isLocked(state) || spec.whileLocked;
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
  const spec = commandSpec(command);
  // Attendance is the one thing an observer records: themself, as a guest.
  if (spec.sender !== "everyone" && actor.role === Role.observer) {
    return reject(ErrorCode.forbidden, "observers read along and do not edit");
  }
  const facilitator = actor.role === Role.facilitator;
  if (!facilitator && facilitatorOnly(spec, actorId, command)) {
    return reject(ErrorCode.forbidden, "only a facilitator may do this");
  }
  if (!facilitator && isLocked(state) && !spec.whileLocked) {
    return reject(ErrorCode.locked, "the facilitator has locked the board for now");
  }
  const viewer: Viewer = { personId: actor.id, orgId: confirmedOrg(actor), role: actor.role };
  const unseen = touchedItems(state, command).find((item) => !seesItem(state, viewer, item));
  if (unseen) {
    // Answered as the same command about a missing item would be: nobody learns an internal item exists.
    const asMissing = checkCommand(projectState(state, viewer), command, actorId);
    return asMissing ?? reject(ErrorCode.notFound, `${unseen.kind} not found`);
  }
  return spec.actorRule?.(state, actor, command) ?? null;
}

function facilitatorOnly(spec: ClientCommandSpec<ClientCommand>, actorId: string, command: ClientCommand): boolean {
  const { sender } = spec;
  if (typeof sender === "object") return sender.ownPerson(command) !== actorId;
  return sender === "facilitator";
}

/** Whether the viewer sees the item; an item that does not exist (yet) is not hidden from anyone. */
function seesItem(state: SeriesState, viewer: Viewer, item: ItemRef): boolean {
  const table =
    item.kind === ItemKind.case ? state.cases : item.kind === ItemKind.agreement ? state.agreements : state.goals;
  const found = Object.hasOwn(table, item.id) ? table[item.id] : undefined;
  return found === undefined || canSee(viewer, found.internalTo);
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
