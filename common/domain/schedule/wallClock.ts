/** The wall-clock fields (year, month, day, hour, minute, second) of an instant in a time zone. */
export function zonedParts(
  instant: number | Date,
  timeZone: string,
): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

/** The offset of a time zone from UTC at an instant, in minutes (Berlin: +60 in winter, +120 in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((asUtc - instant) / 60_000);
}

/**
 * The instant (ISO, UTC) of a wall-clock time on a date in a time zone:
 * 09:00 in Berlin is 08:00Z in winter and 07:00Z in summer. As calendars
 * read it (RFC 5545): a time that the change to summer time skips (02:30 on
 * the last Sunday of March) takes the offset before the change, and a time
 * that occurs twice in October is its first occurrence.
 */
export function wallClockInstant(date: string, time: string, timeZone: string): string {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  const naive = Date.UTC(year, month - 1, day, hours, minutes);
  const before = offsetMinutes(naive - 12 * 3_600_000, timeZone);
  const after = offsetMinutes(naive + 12 * 3_600_000, timeZone);
  const consistent = [before, after]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => naive - offsetMinutes(instant, timeZone) * 60_000 === instant);
  const instant = consistent.length > 0 ? Math.min(...consistent) : naive - before * 60_000;
  return new Date(instant).toISOString();
}

/** The wall-clock end "HH:MM" of a session starting at `time` and lasting `minutes` (past midnight wraps). */
export function endTime(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(":").map(Number);
  const total = (hours * 60 + mins + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}
