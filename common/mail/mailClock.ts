import { zonedParts } from "../domain/schedule/wallClock.js";

/** The local hour from which a day's mails go out, in the series' time zone. */
export const MAIL_HOUR = 8;

/** The wall-clock date (YYYY-MM-DD) and minutes after midnight of an instant in a time zone. */
export function localClock(instant: Date, timeZone: string): { date: string; minutes: number } {
  const { year, month, day, hour, minute } = zonedParts(instant, timeZone);
  const two = (n: number): string => String(n).padStart(2, "0");
  return { date: `${year}-${two(month)}-${two(day)}`, minutes: hour * 60 + minute };
}

/**
 * The series' local date whose mails may go out at `instant`: today from
 * 08:00 local time on, null before (a reminder never arrives at night).
 */
export function mailDay(instant: Date, timeZone: string): string | null {
  const clock = localClock(instant, timeZone);
  return clock.minutes >= MAIL_HOUR * 60 ? clock.date : null;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
