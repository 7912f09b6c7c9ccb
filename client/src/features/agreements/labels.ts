import { assertNever } from "@common/domain/assertNever.js";
import { AgreementFlag } from "@common/domain/rules/agreements.js";
import { AgreementStatus, Decision, Level } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";

/** The catalog keys of a flag: its badge and its short explanation. */
export function flagKeys(flag: AgreementFlag): { badge: MessageKey; why: MessageKey } {
  switch (flag) {
    case AgreementFlag.noGoal:
      return { badge: "agreements.flag.noGoal", why: "agreements.flag.noGoal.why" };
    case AgreementFlag.noOwner:
      return { badge: "agreements.flag.noOwner", why: "agreements.flag.noOwner.why" };
    case AgreementFlag.ownersOneSided:
      return { badge: "agreements.flag.ownersOneSided", why: "agreements.flag.ownersOneSided.why" };
    case AgreementFlag.noOutcome:
      return { badge: "agreements.flag.noOutcome", why: "agreements.flag.noOutcome.why" };
    case AgreementFlag.outcomeNotMeasurable:
      return { badge: "agreements.flag.outcomeNotMeasurable", why: "agreements.flag.outcomeNotMeasurable.why" };
    case AgreementFlag.outcomeIsActivity:
      return { badge: "agreements.flag.outcomeIsActivity", why: "agreements.flag.outcomeIsActivity.why" };
    case AgreementFlag.overdue:
      return { badge: "agreements.flag.overdue", why: "agreements.flag.overdue.why" };
    default:
      return assertNever(flag);
  }
}

/** The catalog key naming an agreement's level. */
export function levelKey(level: Level): MessageKey {
  switch (level) {
    case Level.strategic:
      return "agreements.level.strategic";
    case Level.operational:
      return "agreements.level.operational";
    default:
      return assertNever(level);
  }
}

/** The catalog key naming an agreement's status. */
export function statusKey(status: AgreementStatus): MessageKey {
  switch (status) {
    case AgreementStatus.open:
      return "agreements.status.open";
    case AgreementStatus.inProgress:
      return "agreements.status.inProgress";
    case AgreementStatus.done:
      return "agreements.status.done";
    default:
      return assertNever(status);
  }
}

export const LEVELS: readonly Level[] = Object.values(Level);
export const STATUSES: readonly AgreementStatus[] = Object.values(AgreementStatus);

/** Today as YYYY-MM-DD in the local calendar, the way due dates are written. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

/** The label of an agreement that a review closed, revised or dropped. */
export function settledKey(decision: Decision): MessageKey {
  switch (decision) {
    case Decision.close:
      return "agreements.settled.close";
    case Decision.revise:
      return "agreements.settled.revise";
    case Decision.drop:
      return "agreements.settled.drop";
    case Decision.continue:
      return "agreements.status.inProgress";
    default:
      return assertNever(decision);
  }
}
