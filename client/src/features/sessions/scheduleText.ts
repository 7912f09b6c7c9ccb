import type { Cadence, Schedule, WeekOfMonth } from "@common/domain/schedule/schedule.js";
import { endTime } from "@common/domain/schedule/wallClock.js";
import type { Language } from "../../i18n/i18n.js";
import type { Translate } from "../../i18n/useT.js";

/** The name of a weekday (0 = Sunday) in the language, e.g. "Donnerstag". */
export function weekdayName(weekday: number, language: Language): string {
  // 2026-11-01 was a Sunday.
  const date = new Date(Date.UTC(2026, 10, 1 + weekday));
  return new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(date);
}

/** "1." … "5." or "letzter" / "1st" … "last". */
export function weekLabel(week: WeekOfMonth, t: Translate): string {
  return t(`schedule.week.${week}`);
}

function cadenceText(cadence: Cadence, t: Translate, language: Language): string | null {
  switch (cadence.kind) {
    case "none":
      return null;
    case "weekly":
      return t("schedule.summary.weekly");
    case "biweekly":
      return t("schedule.summary.biweekly");
    case "monthly":
    case "quarterly":
      return t(`schedule.summary.${cadence.kind}`, {
        week: weekLabel(cadence.week, t),
        weekday: weekdayName(cadence.weekday, language),
      });
    default: {
      const unknown: never = cadence;
      return unknown;
    }
  }
}

/** A session's time as read: "09:00–11:00 Uhr", "ab 09:00 Uhr", or null for an all-day one. */
export function timeText(
  startTime: string | undefined,
  durationMin: number | null | undefined,
  t: Translate,
): string | null {
  if (startTime === undefined || startTime === "") return null;
  if (durationMin === undefined || durationMin === null) return t("schedule.summary.start", { start: startTime });
  return t("schedule.summary.time", { start: startTime, end: endTime(startTime, durationMin) });
}

/** The schedule in one line, e.g. "Monatlich, 2. Donnerstag im Monat · 09:00–11:00 Uhr"; null for none. */
export function scheduleText(schedule: Schedule, t: Translate, language: Language): string | null {
  const rhythm = cadenceText(schedule.cadence, t, language);
  if (rhythm === null) return null;
  const time = timeText(schedule.startTime, schedule.durationMin, t);
  return time === null ? rhythm : `${rhythm} · ${time}`;
}
