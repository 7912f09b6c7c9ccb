import { stepKey, type SeriesState } from "../types.js";
import { Role } from "../vocabulary.js";
import { currentSession } from "./sessions.js";

/** The step people are asked to be ready with: the current session's phase; null without sessions. */
export function currentStepKey(state: SeriesState): string | null {
  const session = currentSession(state);
  return session ? stepKey(session.id, session.phase) : null;
}

/** How many participants are ready with the current step (the facilitators ask, guests look on). */
export function readyCount(state: SeriesState): { ready: number; of: number } {
  const step = currentStepKey(state);
  const takingPart = Object.values(state.people).filter((p) => p.role === Role.participant);
  const ready = step === null ? 0 : takingPart.filter((p) => state.room.ready[p.id] === step).length;
  return { ready, of: takingPart.length };
}
