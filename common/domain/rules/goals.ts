import type { Goal } from "../types.js";

/** What a goal lacks: the method fails when a goal is not broken down for both sides. */
export function goalFlags(goal: Goal): { missingSales: boolean; missingOperations: boolean } {
  return {
    missingSales: goal.salesMeaning.trim() === "",
    missingOperations: goal.operationsMeaning.trim() === "",
  };
}

/** True when the goal says what it means for Sales and for Operations. */
export function goalIsBrokenDown(goal: Goal): boolean {
  const flags = goalFlags(goal);
  return !flags.missingSales && !flags.missingOperations;
}
