import { LIMITS } from "../limits.js";
import { ErrorCode, reject, type Rejection } from "../errors.js";
import type { CommandOf } from "./commands.js";
import { assertNever } from "./assertNever.js";
import { allExist, exists, firstOf, fresh, openSession, refersTo } from "./checkHelpers.js";
import { agreementsDueForReview, sessionCloseBlockers } from "./rules/review.js";
import type { SeriesState } from "./types.js";
import { Decision } from "./vocabulary.js";
import { notesOf } from "./reduce/cases.js";
import { checkCloseFollowUp } from "./schedule/checkClose.js";

/** Commands of sessions, cases, agreements and reviews. */
export type MeetingCommand = CommandOf<
  | "session.add"
  | "session.update"
  | "session.phase"
  | "session.close"
  | "session.reopen"
  | "attendance.set"
  | "checkin.answer"
  | "case.add"
  | "case.update"
  | "case.remove"
  | "case.note.add"
  | "case.note.update"
  | "case.note.remove"
  | "case.mirror.add"
  | "case.mirror.respond"
  | "case.mirror.remove"
  | "case.link"
  | "agreement.add"
  | "agreement.update"
  | "agreement.link"
  | "agreement.status"
  | "agreement.remove"
  | "review.set"
  | "review.fit"
  | "review.decide"
>;

/** Checks the commands of sessions, cases, agreements and reviews. */
export function checkMeetingCommand(state: SeriesState, command: MeetingCommand): Rejection | null {
  switch (command.type) {
    case "session.add":
      return firstOf(
        fresh(state.sessions, command.sessionId, "session", LIMITS.sessionsPerSeries),
        refersTo(state.orgs, command.values.hostOrgId, "organisation"),
      );
    case "session.update":
      return firstOf(
        exists(state.sessions, command.sessionId, "session"),
        refersTo(state.orgs, command.changes.hostOrgId, "organisation"),
      );
    case "session.phase":
      return openSession(state, command.sessionId);
    case "session.close": {
      const closed = openSession(state, command.sessionId);
      if (closed) return closed;
      const undecided = sessionCloseBlockers(state, command.sessionId).length;
      return undecided > 0 && !command.confirmUndecided
        ? reject(ErrorCode.conflict, `${undecided} due agreement(s) have no decision; confirm to close anyway`)
        : checkCloseFollowUp(state, command);
    }
    // Attendance may be corrected after the close too: the minutes are read later.
    case "attendance.set":
      return firstOf(
        exists(state.sessions, command.sessionId, "session"),
        exists(state.people, command.personId, "person"),
      );
    // An answer needs a question, in a session still running; taking one's answer back ("") always goes.
    case "checkin.answer": {
      const closed = openSession(state, command.sessionId);
      if (closed) return closed;
      const question = state.sessions[command.sessionId]?.checkInQuestion ?? "";
      return question === "" && command.text.trim() !== ""
        ? reject(ErrorCode.conflict, "this session asks no check-in question")
        : null;
    }
    case "session.reopen": {
      const missing = exists(state.sessions, command.sessionId, "session");
      if (missing) return missing;
      return state.sessions[command.sessionId]?.closedSeq === null
        ? reject(ErrorCode.conflict, "session is open")
        : null;
    }
    case "case.add":
      return firstOf(
        fresh(state.cases, command.caseId, "case", LIMITS.casesPerSeries),
        caseReferences(state, command.values),
      );
    case "case.update":
      return firstOf(exists(state.cases, command.caseId, "case"), caseReferences(state, command.changes));
    case "case.remove":
      return exists(state.cases, command.caseId, "case");
    case "case.note.add": {
      const theCase = state.cases[command.caseId];
      if (!theCase) return reject(ErrorCode.notFound, "case not found");
      const notes = notesOf(theCase, command.list);
      if (notes.some((n) => n.id === command.noteId)) return reject(ErrorCode.duplicateId, "note id already used");
      return notes.length >= LIMITS.notesPerList
        ? reject(ErrorCode.limitExceeded, "too many notes in this list")
        : null;
    }
    case "case.note.update":
    case "case.note.remove": {
      const theCase = state.cases[command.caseId];
      if (!theCase) return reject(ErrorCode.notFound, "case not found");
      return notesOf(theCase, command.list).some((n) => n.id === command.noteId)
        ? null
        : reject(ErrorCode.notFound, "note not found");
    }
    case "case.mirror.add": {
      const theCase = state.cases[command.caseId];
      if (!theCase) return reject(ErrorCode.notFound, "case not found");
      if (theCase.mirrors.some((m) => m.id === command.mirrorId))
        return reject(ErrorCode.duplicateId, "mirror id used");
      return theCase.mirrors.length >= LIMITS.mirrorsPerCase
        ? reject(ErrorCode.limitExceeded, "too many mirrors")
        : null;
    }
    case "case.mirror.respond":
    case "case.mirror.remove": {
      const mirror = state.cases[command.caseId]?.mirrors.find((m) => m.id === command.mirrorId);
      return mirror ? null : reject(ErrorCode.notFound, "mirror statement not found");
    }
    case "case.link": {
      const theCase = state.cases[command.caseId];
      if (!theCase) return reject(ErrorCode.notFound, "case not found");
      const target = command.kind === "goal" ? state.goals : state.collisions;
      const list = command.kind === "goal" ? theCase.goalIds : theCase.collisionIds;
      if (command.linked && list.length >= LIMITS.linksPerItem)
        return reject(ErrorCode.limitExceeded, "too many links");
      return command.linked ? exists(target, command.targetId, command.kind) : null;
    }
    case "agreement.add":
      return firstOf(
        fresh(state.agreements, command.agreementId, "agreement", LIMITS.agreementsPerSeries),
        agreementReferences(state, command.values),
        allExist(state.people, command.values.ownerIds, "person"),
        allExist(state.goals, command.values.goalIds, "goal"),
      );
    case "agreement.update":
      return firstOf(
        exists(state.agreements, command.agreementId, "agreement"),
        agreementReferences(state, command.changes),
      );
    case "agreement.link": {
      const agreement = state.agreements[command.agreementId];
      if (!agreement) return reject(ErrorCode.notFound, "agreement not found");
      const list = command.kind === "goal" ? agreement.goalIds : agreement.ownerIds;
      if (command.linked && list.length >= LIMITS.linksPerItem)
        return reject(ErrorCode.limitExceeded, "too many links");
      if (!command.linked) return null;
      return command.kind === "goal"
        ? exists(state.goals, command.targetId, "goal")
        : exists(state.people, command.targetId, "person");
    }
    case "agreement.status": {
      const agreement = state.agreements[command.agreementId];
      if (!agreement) return reject(ErrorCode.notFound, "agreement not found");
      return agreement.updates.length >= LIMITS.statusUpdatesPerAgreement
        ? reject(ErrorCode.limitExceeded, "too many status updates on this agreement")
        : null;
    }
    case "agreement.remove":
      return exists(state.agreements, command.agreementId, "agreement");
    case "review.set":
    case "review.fit":
    case "review.decide":
      return checkReview(state, command);
    default:
      return assertNever(command);
  }
}

function caseReferences(
  state: SeriesState,
  values: { sessionId?: string | null; presenterId?: string | null; orgId?: string | null; internalTo?: string | null },
): Rejection | null {
  return firstOf(
    refersTo(state.sessions, values.sessionId, "session"),
    refersTo(state.people, values.presenterId, "person"),
    refersTo(state.orgs, values.orgId, "organisation"),
    refersTo(state.orgs, values.internalTo, "organisation"),
  );
}

function agreementReferences(
  state: SeriesState,
  values: {
    caseId?: string | null;
    collisionId?: string | null;
    sessionId?: string | null;
    internalTo?: string | null;
  },
): Rejection | null {
  return firstOf(
    refersTo(state.cases, values.caseId, "case"),
    refersTo(state.collisions, values.collisionId, "collision"),
    refersTo(state.sessions, values.sessionId, "session"),
    refersTo(state.orgs, values.internalTo, "organisation"),
  );
}

function checkReview(
  state: SeriesState,
  command: Extract<MeetingCommand, { type: "review.set" | "review.fit" | "review.decide" }>,
): Rejection | null {
  const closed = openSession(state, command.sessionId);
  if (closed) return closed;
  if (!agreementsDueForReview(state, command.sessionId).some((a) => a.id === command.agreementId)) {
    return reject(ErrorCode.conflict, "this agreement is not due for review in this session");
  }
  if (command.type === "review.fit") {
    const linked = state.agreements[command.agreementId]?.goalIds.includes(command.goalId) ?? false;
    return linked ? null : reject(ErrorCode.notFound, "the agreement is not linked to this goal");
  }
  if (command.type === "review.decide" && command.decision === Decision.revise && command.successor) {
    return fresh(state.agreements, command.successor.agreementId, "agreement", LIMITS.agreementsPerSeries);
  }
  return null;
}
