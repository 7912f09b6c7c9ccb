import { sideOfPerson } from "../domain/rules/people.js";
import { EntityKind, fieldKey, type Case, type SeriesState, type Session } from "../domain/types.js";
import { AnonymityMode, AttendanceStatus, type Side } from "../domain/vocabulary.js";
import { AttendanceSource, type MinutesAttendance, type MinutesAttendee, type MinutesPerson } from "./minutesModel.js";

const SOURCES: readonly AttendanceSource[] = Object.values(AttendanceSource);

/** Person ids of named contributions to a case: notes of every list and mirror statements. */
function namedAuthors(item: Case): string[] {
  return [...item.wentWell, ...item.wentWrong, ...item.betterNext, ...item.mirrors]
    .filter((c) => c.anonymity === AnonymityMode.named)
    .map((c) => c.by);
}

/** Who wrote a review field of this session last (the review reducer records the writer per field). */
function reviewRecorders(state: SeriesState, session: Session): string[] {
  const prefix = `${EntityKind.review}:${session.id}:`;
  return Object.entries(state.edits)
    .filter(([key]) => key.startsWith(prefix))
    .map(([, edit]) => edit.by);
}

/** Everyone found taking part in the session, with every reason found, per source. */
function sightings(state: SeriesState, session: Session): Map<AttendanceSource, string[]> {
  const cases = Object.values(state.cases).filter((c) => c.sessionId === session.id);
  const agreements = Object.values(state.agreements).filter((a) => a.sessionId === session.id);
  const summaryBy = state.edits[fieldKey(EntityKind.session, session.id, "summary")]?.by;
  return new Map<AttendanceSource, string[]>([
    [AttendanceSource.presentedCase, cases.flatMap((c) => (c.presenterId === null ? [] : [c.presenterId]))],
    [AttendanceSource.namedContribution, cases.flatMap(namedAuthors)],
    [AttendanceSource.answeredMirror, cases.flatMap((c) => c.mirrors.flatMap((m) => m.verdictBy ?? []))],
    [AttendanceSource.madeAgreement, agreements.map((a) => a.createdBy)],
    [AttendanceSource.ownsAgreement, agreements.flatMap((a) => a.ownerIds)],
    [AttendanceSource.recordedReview, reviewRecorders(state, session)],
    [
      AttendanceSource.statusUpdate,
      Object.values(state.agreements).flatMap((a) =>
        a.updates.filter((u) => u.at.slice(0, 10) === session.date).map((u) => u.by),
      ),
    ],
    [AttendanceSource.wroteSummary, summaryBy === undefined ? [] : [summaryBy]],
    [
      AttendanceSource.markedReady,
      Object.entries(state.room.ready)
        .filter(([, step]) => step.startsWith(`${session.id}:`))
        .map(([personId]) => personId),
    ],
  ]);
}

/**
 * Who took part in a session. Einklang stores no attendance (check-in shows
 * who is online, which is never stored), so this is derived from what the
 * state records of the session: presenters of its cases, authors of named
 * notes and mirror statements (anonymous ones never count), those who
 * confirmed or corrected a mirror, makers and owners of agreements made in
 * it, the last writers of its review fields and its summary, owners who
 * posted a status update on the session's date, and people whose "ready"
 * mark is on one of its steps. Only people of the state are listed, by name.
 */
export function sessionAttendees(state: SeriesState, session: Session): MinutesAttendee[] {
  const found = sightings(state, session);
  const reasons = new Map<string, Set<AttendanceSource>>();
  for (const source of SOURCES) {
    for (const personId of found.get(source) ?? []) {
      if (personId === "" || !Object.hasOwn(state.people, personId)) continue;
      const known = reasons.get(personId) ?? new Set<AttendanceSource>();
      known.add(source);
      reasons.set(personId, known);
    }
  }
  return [...reasons.entries()]
    .flatMap(([personId, via]) => {
      const person = state.people[personId];
      if (!person) return [];
      const org = person.orgId === null ? null : (state.orgs[person.orgId]?.name ?? null);
      return [{ name: person.name, org, side: sideOfPerson(person), via: SOURCES.filter((s) => via.has(s)) }];
    })
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
}

const SIDE_ORDER: readonly (Side | null)[] = ["sales", "operations", "shared", null];

/** By organisation (people of none last), then side (sales, operations, shared, none), then name. */
function byOrgAndSide(a: MinutesPerson, b: MinutesPerson): number {
  if (a.org !== b.org) {
    if (a.org === null) return 1;
    if (b.org === null) return -1;
    return a.org.localeCompare(b.org, "de");
  }
  const side = SIDE_ORDER.indexOf(a.side) - SIDE_ORDER.indexOf(b.side);
  return side !== 0 ? side : a.name.localeCompare(b.name, "de");
}

/**
 * The attendance taken at the session's check-in: present, excused and
 * guests, each by organisation and side. Null when nobody was recorded, so
 * the minutes fall back to `sessionAttendees`. People no longer in the state
 * are left out.
 */
export function sessionAttendance(state: SeriesState, session: Session): MinutesAttendance | null {
  const entries = Object.entries(session.attendance ?? {});
  if (entries.length === 0) return null;
  const list = (status: AttendanceStatus): MinutesPerson[] =>
    entries
      .filter(([, s]) => s === status)
      .flatMap(([personId]) => {
        const person = Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
        if (!person) return [];
        const org = person.orgId === null ? null : (state.orgs[person.orgId]?.name ?? null);
        return [{ name: person.name, org, side: sideOfPerson(person) }];
      })
      .sort(byOrgAndSide);
  return {
    present: list(AttendanceStatus.present),
    excused: list(AttendanceStatus.excused),
    guests: list(AttendanceStatus.guest),
  };
}
