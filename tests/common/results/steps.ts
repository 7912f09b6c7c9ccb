import { apply, checkCommand } from "@common/domain/apply.js";
import type { EventCommand } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import type { Decision, GoalFit, Kept, OutcomeReached, Side, Stage } from "@common/domain/vocabulary.js";
import { makeEvents, makeSeries } from "../fixtures.js";

/** A series created by Anna with Bernd joined, then every command applied; throws when one is refused. */
export function resultsSeries(commands: readonly EventCommand[] = []): SeriesState {
  const start = makeSeries();
  return makeEvents(commands, start.seq + 1).reduce((state, event) => {
    const refused = checkCommand(state, event.command, event.actorId);
    if (refused) throw new Error(`${event.command.type} refused: ${refused.message}`);
    return apply(state, event);
  }, start);
}

/** A session on `date` (YYYY-MM-DD). */
export function session(sessionId: string, date: string): EventCommand {
  return { type: "session.add", sessionId, values: { date } };
}

/** Closes a session, undecided reviews or not. */
export function closeSession(sessionId: string): EventCommand {
  return { type: "session.close", sessionId, confirmUndecided: true };
}

type AgreementValues = Extract<EventCommand, { type: "agreement.add" }>["values"];

/** An agreement; made between sessions unless `values` names its session. */
export function agreement(agreementId: string, values: Partial<AgreementValues> = {}): EventCommand {
  return { type: "agreement.add", agreementId, values: { text: `Vereinbarung ${agreementId}`, ...values } };
}

/** An owner's status update. */
export function status(agreementId: string, to: "open" | "in_progress" | "done"): EventCommand {
  return { type: "agreement.status", agreementId, status: to, comment: "" };
}

/** The verdicts of a review. */
export function review(
  sessionId: string,
  agreementId: string,
  kept: Kept | null,
  outcome: OutcomeReached | null,
): EventCommand {
  return { type: "review.set", sessionId, agreementId, changes: { kept, outcome } };
}

/** How the agreement fits one of its goals, by a review. */
export function fit(sessionId: string, agreementId: string, goalId: string, value: GoalFit): EventCommand {
  return { type: "review.fit", sessionId, agreementId, goalId, fit: value };
}

/** A review's decision other than revising (see `revise`). */
export function decide(sessionId: string, agreementId: string, decision: Exclude<Decision, "revise">): EventCommand {
  return { type: "review.decide", sessionId, agreementId, decision, successor: null };
}

/** Revises an agreement into a new version with the given id. */
export function revise(sessionId: string, agreementId: string, successorId: string): EventCommand {
  return {
    type: "review.decide",
    sessionId,
    agreementId,
    decision: "revise",
    successor: { agreementId: successorId, text: `Neue Fassung von ${agreementId}` },
  };
}

/** A goal. */
export function goal(goalId: string, title = goalId): EventCommand {
  return { type: "goal.add", goalId, values: { title } };
}

/** An interest of one side. */
export function interest(interestId: string, side: Side, label: string): EventCommand {
  return { type: "interest.add", interestId, side, label };
}

/** A collision of interests. */
export function collision(collisionId: string, ...interestIds: string[]): EventCommand {
  return { type: "collision.add", collisionId, interestIds };
}

/** A case with its stage and impact. */
export function caseAt(
  caseId: string,
  stage: Stage | null,
  marginImpact: number | null = null,
  delayDays: number | null = null,
): EventCommand {
  return { type: "case.add", caseId, values: { title: `Fall ${caseId}`, stage, marginImpact, delayDays } };
}

/** Tags a case with a collision. */
export function tag(caseId: string, collisionId: string): EventCommand {
  return { type: "case.link", caseId, kind: "collision", targetId: collisionId, linked: true };
}
