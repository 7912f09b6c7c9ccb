import type { Cadence, WeekOfMonth } from "./schedule.js";

/** How far ahead a cadence looks for its next date before it gives up (a 5th weekday appears within a year). */
const MONTHS_AHEAD = 24;

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const date = utcDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/** The nth (or last, -1) `weekday` of a month, or null when the month has no such day (a 5th Monday). */
export function weekdayOfMonth(year: number, month: number, week: WeekOfMonth, weekday: number): string | null {
  if (week === -1) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    last.setUTCDate(last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7));
    return isoOf(last);
  }
  const first = new Date(Date.UTC(year, month, 1));
  const day = 1 + ((weekday - first.getUTCDay() + 7) % 7) + (week - 1) * 7;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === ((month % 12) + 12) % 12 ? isoOf(date) : null;
}

/**
 * The date of the session after one held on `after` (ISO date), by the
 * cadence: a week or two later; for monthly and quarterly the nth weekday of
 * the same month (when still ahead) or of the months after, every month or
 * every third month counted from `after`'s month; a month without that
 * weekday (a 5th Thursday) is skipped. Null for no cadence. Dates only: the
 * time of day is the session's own.
 */
export function nextCadenceDate(cadence: Cadence, after: string): string | null {
  switch (cadence.kind) {
    case "none":
      return null;
    case "weekly":
      return addDays(after, 7);
    case "biweekly":
      return addDays(after, 14);
    case "monthly":
    case "quarterly": {
      const step = cadence.kind === "monthly" ? 1 : 3;
      const start = utcDate(after);
      for (let k = 0; k * step <= MONTHS_AHEAD; k++) {
        const month = start.getUTCMonth() + k * step;
        const year = start.getUTCFullYear() + Math.floor(month / 12);
        const candidate = weekdayOfMonth(year, ((month % 12) + 12) % 12, cadence.week, cadence.weekday);
        if (candidate !== null && candidate > after) return candidate;
      }
      return null;
    }
    default: {
      const unknown: never = cadence;
      return unknown;
    }
  }
}
