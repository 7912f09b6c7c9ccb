import { LIMITS } from "../limits.js";
import { ErrorCode, reject, type Rejection } from "../errors.js";
import type { CommandOf } from "./commands.js";
import { count } from "./checkHelpers.js";
import { revisionDepths } from "./rules/lineage.js";
import { reviewId, stepKey, type Agreement, type Case, type SeriesState } from "./types.js";
import { ItemKind, Level, PHASES } from "./vocabulary.js";
import { trashProblem } from "./trash/backup.js";
import { visitsProblem } from "./stations/backup.js";

/** What is wrong with a backed-up series, in words; null when it holds together. */
type Problem = string | null;

/**
 * Checks a restore: only as a new series' first event, by a person who can
 * facilitate it, and with a backup whose references hold together — every
 * id it names is in it, every table keyed by its items' ids, every sequence
 * number at or before its head. Shapes and sizes are the schema's.
 */
export function checkRestore(
  state: SeriesState,
  command: CommandOf<"series.restore">,
  actorId: string,
): Rejection | null {
  if (state.seq !== 0) return reject(ErrorCode.conflict, "series already exists");
  if (actorId === "") return reject(ErrorCode.conflict, "a restore names the importing person");
  const { series } = command;
  if (!Object.hasOwn(series.people, actorId) && count(series.people) >= LIMITS.peoplePerSeries) {
    return reject(ErrorCode.limitExceeded, "too many people in this series");
  }
  const problem = backupProblem(series);
  return problem === null ? null : reject(ErrorCode.invalidMessage, `the backup does not hold together: ${problem}`);
}

/** The first inconsistency of a backed-up series, or null. */
export function backupProblem(series: SeriesState): Problem {
  return (
    keyedByIds(series) ??
    peopleAndGoals(series) ??
    collisionsAndSessions(series) ??
    firstProblem(Object.values(series.cases), (c) => caseProblem(series, c)) ??
    agreementsAndReviews(series) ??
    roomProblem(series) ??
    seqProblem(series) ??
    trashProblem(series) ??
    visitsProblem(series)
  );
}

function firstProblem<T>(items: readonly T[], check: (item: T) => Problem): Problem {
  for (const item of items) {
    const problem = check(item);
    if (problem !== null) return problem;
  }
  return null;
}

/** `where` names something (`what`) that the record lacks. */
function refers(record: Record<string, unknown>, id: string | null, where: string, what: string): Problem {
  return id === null || Object.hasOwn(record, id) ? null : `${where} names a ${what} that is not in it`;
}

function refersAll(record: Record<string, unknown>, ids: readonly string[], where: string, what: string): Problem {
  return firstProblem(ids, (id) => refers(record, id, where, what));
}

function unique(ids: readonly string[], where: string): Problem {
  return new Set(ids).size === ids.length ? null : `${where} lists an id twice`;
}

function keyedByIds(series: SeriesState): Problem {
  const tables: [string, Record<string, { id: string }>][] = [
    ["organisation", series.orgs],
    ["person", series.people],
    ["goal", series.goals],
    ["interest", series.interests],
    ["collision", series.collisions],
    ["session", series.sessions],
    ["case", series.cases],
    ["agreement", series.agreements],
    ["review", series.reviews],
  ];
  for (const [what, record] of tables) {
    const wrong = Object.entries(record).find(([key, item]) => key !== item.id);
    if (wrong) return `${what} ${wrong[0]} is kept under another id`;
  }
  const review = Object.values(series.reviews).find((r) => r.id !== reviewId(r.sessionId, r.agreementId));
  return review ? `review ${review.id} is not keyed by its session and agreement` : null;
}

function peopleAndGoals(series: SeriesState): Problem {
  return (
    firstProblem(Object.values(series.people), (p) => refers(series.orgs, p.orgId, `person ${p.id}`, "organisation")) ??
    firstProblem(Object.values(series.goals), (g) => {
      const where = `goal ${g.id}`;
      return (
        refers(series.orgs, g.orgId, where, "organisation") ?? refers(series.orgs, g.internalTo, where, "organisation")
      );
    })
  );
}

function collisionsAndSessions(series: SeriesState): Problem {
  return (
    firstProblem(Object.values(series.collisions), (c) =>
      refersAll(series.interests, c.interestIds, `collision ${c.id}`, "interest"),
    ) ??
    firstProblem(
      Object.values(series.sessions),
      (s) =>
        refers(series.orgs, s.hostOrgId, `session ${s.id}`, "organisation") ??
        refersAll(series.people, Object.keys(s.attendance ?? {}), `the attendance of session ${s.id}`, "person") ??
        refersAll(series.people, Object.keys(s.checkInAnswers ?? {}), `the check-in of session ${s.id}`, "person") ??
        firstProblem(s.agenda ?? [], (item) =>
          refers(series.people, item.ownerId, `the agenda of session ${s.id}`, "person"),
        ),
    ) ??
    (series.template?.kind === "own"
      ? firstProblem(series.template.items, (item) => refers(series.people, item.ownerId, "the template", "person"))
      : null)
  );
}

function caseProblem(series: SeriesState, c: Case): Problem {
  const where = `case ${c.id}`;
  const notes = [...c.wentWell, ...c.wentWrong, ...c.betterNext];
  const author = (by: string): string | null => (by === "" ? null : by);
  return (
    refers(series.sessions, c.sessionId, where, "session") ??
    refersAll(series.sessions, c.carriedFrom ?? [], where, "session") ??
    refers(series.people, c.presenterId, where, "person") ??
    refers(series.orgs, c.orgId, where, "organisation") ??
    refers(series.orgs, c.internalTo, where, "organisation") ??
    refersAll(series.collisions, c.collisionIds, where, "collision") ??
    refersAll(series.goals, c.goalIds, where, "goal") ??
    refers(series.people, c.createdBy, where, "person") ??
    unique(
      c.wentWell.map((n) => n.id),
      where,
    ) ??
    unique(
      c.wentWrong.map((n) => n.id),
      where,
    ) ??
    unique(
      c.betterNext.map((n) => n.id),
      where,
    ) ??
    unique(
      c.mirrors.map((m) => m.id),
      where,
    ) ??
    firstProblem(
      notes,
      (n) =>
        refers(series.people, author(n.by), where, "person") ??
        refers(series.orgs, n.authorOrgId, `a note of ${where}`, "organisation"),
    ) ??
    firstProblem(
      c.mirrors,
      (m) =>
        refers(series.people, author(m.by), where, "person") ??
        refers(series.people, m.verdictBy, where, "person") ??
        refers(series.orgs, m.authorOrgId, `a mirror of ${where}`, "organisation"),
    )
  );
}

function agreementsAndReviews(series: SeriesState): Problem {
  return (
    firstProblem(Object.values(series.agreements), (a) => {
      const where = `agreement ${a.id}`;
      return (
        refersAll(series.people, a.ownerIds, where, "person") ??
        refersAll(series.goals, a.goalIds, where, "goal") ??
        refers(series.cases, a.caseId, where, "case") ??
        refers(series.collisions, a.collisionId, where, "collision") ??
        refers(series.sessions, a.sessionId, where, "session") ??
        refers(series.agreements, a.predecessorId, where, "agreement") ??
        refers(series.agreements, a.parentId ?? null, where, "agreement") ??
        breakdownRestoreProblem(series, a) ??
        refers(series.orgs, a.internalTo, where, "organisation") ??
        refers(series.people, a.createdBy, where, "person") ??
        refersAll(
          series.people,
          a.updates.map((u) => u.by),
          where,
          "person",
        )
      );
    }) ??
    firstProblem(Object.values(series.reviews), (r) => {
      const where = `review ${r.id}`;
      return (
        refers(series.agreements, r.agreementId, where, "agreement") ??
        refers(series.sessions, r.sessionId, where, "session") ??
        refersAll(series.goals, Object.keys(r.fit), where, "goal") ??
        refers(series.agreements, r.successorId, where, "agreement")
      );
    }) ??
    revisionChainProblem(series)
  );
}

/** A break-down the commands could not have made: only an executive agreement names a parent, and only a strategic one (so no circle either). */
function breakdownRestoreProblem(series: SeriesState, agreement: Agreement): Problem {
  const parentId = agreement.parentId ?? null;
  if (parentId === null) return null;
  const where = `agreement ${agreement.id}`;
  if (agreement.level !== Level.operational) return `${where} is strategic and cannot break another one down`;
  return series.agreements[parentId]?.level === Level.strategic
    ? null
    : `${where} breaks down an agreement that is not strategic`;
}

/** Revisions that go round in a circle, or a chain longer than any series makes (`LIMITS.revisionChain`). */
function revisionChainProblem(series: SeriesState): Problem {
  const depths = revisionDepths(series.agreements);
  if (depths === null) return "agreements revise each other in a circle";
  let longest = 0;
  for (const depth of depths.values()) longest = Math.max(longest, depth);
  return longest <= LIMITS.revisionChain
    ? null
    : `a chain of ${longest} revisions is longer than the ${LIMITS.revisionChain} a series can make`;
}

function roomProblem(series: SeriesState): Problem {
  const { room } = series;
  const spotlight = room.spotlight;
  const items =
    spotlight?.kind === ItemKind.case
      ? series.cases
      : spotlight?.kind === ItemKind.agreement
        ? series.agreements
        : series.goals;
  const steps = new Set(Object.keys(series.sessions).flatMap((id) => PHASES.map((phase) => stepKey(id, phase))));
  return (
    (spotlight ? refers(items, spotlight.id, "the spotlight", spotlight.kind) : null) ??
    refersAll(series.people, Object.keys(room.ready), "readiness", "person") ??
    (Object.values(room.ready).every((step) => steps.has(step))
      ? null
      : "readiness names a session that is not in it") ??
    refers(series.sessions, room.voting?.sessionId ?? null, "the vote", "session") ??
    refersAll(series.people, Object.keys(series.votes), "the ballots", "person") ??
    refers(series.sessions, room.breakout?.sessionId ?? null, "the breakout", "session") ??
    unique(room.breakout?.groups.map((g) => g.id) ?? [], "the breakout") ??
    firstProblem(
      room.breakout?.groups ?? [],
      (g) =>
        refersAll(series.people, g.memberIds, `breakout group ${g.id}`, "person") ??
        refers(series.cases, g.caseId, `breakout group ${g.id}`, "case"),
    )
  );
}

/** Every sequence number a state keeps: of its items, closings, status updates, reviews and edits. */
function innerSeqs(series: SeriesState): number[] {
  const { orgs, people, goals, interests, collisions, sessions, cases, agreements, reviews, edits } = series;
  return [
    ...[orgs, goals, interests, collisions, cases].flatMap((t) => Object.values(t).map((x) => x.createdSeq)),
    ...Object.values(people).map((p) => p.joinedSeq),
    ...Object.values(sessions).flatMap((s) => (s.closedSeq === null ? [s.createdSeq] : [s.createdSeq, s.closedSeq])),
    ...Object.values(agreements).flatMap((a) => [a.createdSeq, ...a.updates.map((u) => u.seq)]),
    ...Object.values(reviews).map((r) => r.updatedSeq),
    ...Object.values(edits).map((e) => e.seq),
  ];
}

function seqProblem(series: SeriesState): Problem {
  const edit = Object.values(series.edits).find((e) => !Object.hasOwn(series.people, e.by));
  if (edit) return "a field's last writer is not in it";
  return innerSeqs(series).every((seq) => seq <= series.seq)
    ? null
    : `a sequence number lies after the backup's last one (${series.seq})`;
}
