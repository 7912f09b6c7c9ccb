import { agreementFlags, AgreementFlag } from "../domain/rules/agreements.js";
import { childrenProgress } from "../domain/rules/breakdown.js";
import { settlingDecision } from "../domain/rules/review.js";
import type { Agreement, Case, Review, SeriesState, Session, VoteResult } from "../domain/types.js";
import { VoteTarget } from "../domain/vocabulary.js";
import { sessionAttendance, sessionAttendees } from "./attendees.js";
import { minutesAgenda } from "./minutesAgenda.js";
import { minutesVisit } from "./minutesVisit.js";
import type {
  Minutes,
  MinutesAgreement,
  MinutesCase,
  MinutesCheckIn,
  MinutesReview,
  MinutesVote,
} from "./minutesModel.js";
import {
  attribution,
  caseTitle,
  collisionInterests,
  goalTitles,
  orgName,
  personName,
  personNames,
} from "./stateNames.js";

function byCreation<T extends { createdSeq: number }>(a: T, b: T): number {
  return a.createdSeq - b.createdSeq;
}

function minutesCase(state: SeriesState, item: Case): MinutesCase {
  const notes = (list: Case["wentWell"]) => list.map((n) => ({ text: n.text, author: attribution(state, n) }));
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    presenter: personName(state, item.presenterId),
    org: orgName(state, item.orgId),
    happenedOn: item.happenedOn,
    stage: item.stage,
    marginImpact: item.marginImpact,
    delayDays: item.delayDays,
    customer: item.customer,
    salesView: item.salesView,
    operationsView: item.operationsView,
    wentWell: notes(item.wentWell),
    wentWrong: notes(item.wentWrong),
    betterNext: notes(item.betterNext),
    mirrors: item.mirrors.map((m) => ({
      author: attribution(state, m),
      ofSide: m.ofSide,
      text: m.text,
      verdict: m.verdict,
      correction: m.correction,
      answeredBy: personName(state, m.verdictBy),
    })),
    collisions: item.collisionIds.flatMap((id) => {
      const interests = collisionInterests(state, id);
      return interests === null ? [] : [interests];
    }),
    goals: goalTitles(state, item.goalIds),
  };
}

function minutesAgreement(state: SeriesState, agreement: Agreement, session: Session): MinutesAgreement {
  const predecessor = agreement.predecessorId === null ? undefined : state.agreements[agreement.predecessorId];
  return {
    id: agreement.id,
    text: agreement.text,
    level: agreement.level,
    owners: personNames(state, agreement.ownerIds),
    due: agreement.due,
    goals: goalTitles(state, agreement.goalIds),
    outcome: agreement.outcome,
    status: agreement.status,
    settledBy: settlingDecision(state, agreement.id),
    caseTitle: caseTitle(state, agreement.caseId),
    collision: collisionInterests(state, agreement.collisionId),
    replaces: predecessor?.text ?? null,
    // As of the session: minutes record what was agreed, not what is late today.
    flags: agreementFlags(state, agreement, session.date).filter((f) => f !== AgreementFlag.overdue),
    effect: agreement.effect ?? null,
    changeKind: agreement.changeKind ?? null,
    breaksDown: agreement.parentId ? (state.agreements[agreement.parentId]?.text ?? null) : null,
  };
}

function minutesReview(state: SeriesState, review: Review): MinutesReview {
  const successor = review.successorId === null ? undefined : state.agreements[review.successorId];
  return {
    agreementId: review.agreementId,
    agreementText: state.agreements[review.agreementId]?.text ?? "",
    kept: review.kept,
    outcome: review.outcome,
    kpiValue: review.kpiValue,
    evidence: review.evidence,
    realisedEffect: review.realisedEffect ?? null,
    fits: Object.entries(review.fit).flatMap(([goalId, fit]) =>
      goalTitles(state, [goalId]).map((goal) => ({ goal, fit })),
    ),
    decision: review.decision,
    successorText: successor?.text ?? null,
    children: childrenProgress(state, review.agreementId).map(({ agreement, latest }) => ({
      text: agreement.text,
      status: agreement.status,
      settledBy: settlingDecision(state, agreement.id),
      kept: latest?.kept ?? null,
      outcome: latest?.outcome ?? null,
      reviewed: latest !== null,
    })),
  };
}

function minutesVote(state: SeriesState, result: VoteResult): MinutesVote {
  const titleOf = (id: string): string | undefined =>
    result.target === VoteTarget.cases ? state.cases[id]?.title : state.agreements[id]?.text;
  const ranked = Object.entries(result.totals)
    .flatMap(([id, total]) => {
      const title = titleOf(id);
      return title === undefined ? [] : [{ title, total }];
    })
    .sort((a, b) => b.total - a.total || a.title.localeCompare(b.title));
  return {
    target: result.target,
    dotsPerPerson: result.dotsPerPerson,
    voters: result.voters,
    // Equal dots share a place: a tie reads as a tie.
    items: ranked.map((item) => ({ ...item, place: 1 + ranked.filter((other) => other.total > item.total).length })),
  };
}

/** The check-in question and its answers by people the state knows, in the order they joined; null when none was asked. */
function minutesCheckIn(state: SeriesState, session: Session): MinutesCheckIn | null {
  const question = session.checkInQuestion ?? "";
  if (question === "") return null;
  const answers = session.checkInAnswers ?? {};
  return {
    question,
    answers: Object.values(state.people)
      .filter((person) => Object.hasOwn(answers, person.id))
      .sort((a, b) => a.joinedSeq - b.joinedSeq)
      .map((person) => ({ name: person.name, text: answers[person.id] ?? "" })),
  };
}

/**
 * The minutes of one session, from a state already projected for the
 * reader: its cases, the agreements made in it, the reviews recorded in it,
 * the attendance taken at check-in (or, when none was, who took part as
 * `sessionAttendees` derives it), summary and next date. Null when
 * the state has no such session.
 */
export function sessionMinutes(state: SeriesState, sessionId: string): Minutes | null {
  const session = Object.hasOwn(state.sessions, sessionId) ? state.sessions[sessionId] : undefined;
  if (!session) return null;
  const reviews = Object.values(state.reviews)
    .filter((r) => r.sessionId === session.id && Object.hasOwn(state.agreements, r.agreementId))
    .sort(
      (a, b) => (state.agreements[a.agreementId]?.createdSeq ?? 0) - (state.agreements[b.agreementId]?.createdSeq ?? 0),
    );
  return {
    seriesName: state.name,
    session: {
      id: session.id,
      date: session.date,
      place: session.place,
      startTime: session.startTime ?? "",
      durationMin: session.durationMin ?? null,
      kind: session.kind,
      hostOrg: orgName(state, session.hostOrgId),
      closed: session.closedSeq !== null,
      level: session.level ?? null,
    },
    attendees: sessionAttendees(state, session),
    attendance: sessionAttendance(state, session),
    checkIn: minutesCheckIn(state, session),
    agenda: minutesAgenda(state, session),
    visit: minutesVisit(state, session),
    reviews: reviews.map((r) => minutesReview(state, r)),
    cases: Object.values(state.cases)
      .filter((c) => c.sessionId === session.id)
      .sort(byCreation)
      .map((c) => minutesCase(state, c)),
    agreements: Object.values(state.agreements)
      .filter((a) => a.sessionId === session.id)
      .sort(byCreation)
      .map((a) => minutesAgreement(state, a, session)),
    summary: session.summary,
    nextDate: session.nextDate,
    votes: (session.voteResults ?? []).map((r) => minutesVote(state, r)),
  };
}
