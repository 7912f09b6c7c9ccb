import type { Timer } from "../types.js";

/** What a timer has left at `nowMs` (epoch milliseconds); never below zero. */
export function timerRemainingMs(timer: Timer, nowMs: number): number {
  if (timer.endsAt === null) return timer.remainingMs;
  return Math.max(0, Date.parse(timer.endsAt) - nowMs);
}

/** Whether the timer is counting down (it may have reached zero already). */
export function timerRunning(timer: Timer | null): boolean {
  return timer !== null && timer.endsAt !== null;
}
