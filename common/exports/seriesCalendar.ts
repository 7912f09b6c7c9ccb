import ical, {
  escape,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalEventData,
} from "ical-generator";
import { scheduleOf } from "../domain/schedule/plannedNext.js";
import { wallClockInstant } from "../domain/schedule/wallClock.js";
import { AgreementStatus } from "../domain/vocabulary.js";
import { isSettled } from "../domain/rules/review.js";
import { sessionsInOrder } from "../domain/rules/sessions.js";
import type { SeriesState, Session } from "../domain/types.js";
import { sessionKindLabel } from "./exportLabels.js";
import { translate, type Language } from "../i18n/translate.js";
import { orgName, personNames } from "./stateNames.js";

/** How the calendar is written: its language, the moment it is made (DTSTAMP, "future") and its title. */
export interface SeriesCalendarOptions {
  lang: Language;
  now: Date;
  seriesTitle: string;
  /** Only the due dates of agreements this person owns (a person's calendar feed); all without. */
  ownerId?: string;
  /** How often a subscribed calendar should fetch it again (REFRESH-INTERVAL), in seconds. */
  refreshSeconds?: number;
}

/** A session's length when it has a start but no length. */
const DEFAULT_MINUTES = 60;

/** One entry (all-day unless it has a time) before it becomes an iCalendar event. */
interface DayEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  location: string;
  /** Whether the day shows as busy: meetings do, due dates do not. */
  busy: boolean;
  /** Start and end instants of a session with a time; missing for all-day entries. */
  time?: { start: Date; end: Date };
  /** A session called off: calendars that have it mark it cancelled. */
  cancelled?: boolean;
}

/** A session's start and end as instants, read in the series' time zone; undefined for an all-day one. */
function sessionTime(state: SeriesState, session: Session): DayEvent["time"] {
  if (session.startTime === undefined || session.startTime === "") return undefined;
  const start = new Date(wallClockInstant(session.date, session.startTime, scheduleOf(state).timeZone));
  const minutes = session.durationMin ?? DEFAULT_MINUTES;
  return { start, end: new Date(start.getTime() + minutes * 60_000) };
}

/** Midnight UTC of a YYYY-MM-DD date; null for anything else. */
function utcDay(iso: string, addDays = 0): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays));
}

/** A UID that stays the same for the same item across exports, so calendars update instead of duplicating. */
function uid(state: SeriesState, kind: string, id: string): string {
  return `${kind}-${id}.${state.id}@einklang`;
}

function sessionEvents(state: SeriesState, today: string, options: SeriesCalendarOptions): DayEvent[] {
  const { lang, seriesTitle } = options;
  const ordered = sessionsInOrder(state);
  const planned = ordered.filter((s) => s.date >= today);
  const events: DayEvent[] = planned.map((s: Session) => {
    const host = orgName(state, s.hostOrgId);
    return {
      uid: uid(state, "session", s.id),
      date: s.date,
      summary: `${seriesTitle}: ${sessionKindLabel(s.kind, lang)}`,
      description: [
        s.level
          ? translate(lang, s.level === "strategic" ? "level.session.strategic" : "level.session.operational")
          : null,
        host === null ? null : translate(lang, "sessions.hostedBy", { org: host }),
      ]
        .filter((line) => line !== null)
        .join("\n"),
      location: s.place,
      busy: true,
      time: sessionTime(state, s),
      cancelled: s.cancelled === true,
    };
  });
  // A next date agreed at a session counts until a session is planned on that day; the latest mention wins.
  const nextDates = new Map<string, Session>();
  for (const s of ordered) if (s.nextDate >= today && utcDay(s.nextDate)) nextDates.set(s.nextDate, s);
  for (const [date, s] of nextDates) {
    if (ordered.some((other) => other.date === date)) continue;
    events.push({
      uid: uid(state, "next", s.id),
      date,
      summary: translate(lang, "document.calendar.nextDate", { series: seriesTitle }),
      description: "",
      location: "",
      busy: true,
    });
  }
  return events;
}

function dueEvents(state: SeriesState, lang: Language, ownerId: string | undefined): DayEvent[] {
  return Object.values(state.agreements)
    .filter((a) => a.due !== "" && a.status !== AgreementStatus.done && !isSettled(state, a.id))
    .filter((a) => ownerId === undefined || a.ownerIds.includes(ownerId))
    .sort((a, b) => a.createdSeq - b.createdSeq)
    .map((a) => {
      const owners = personNames(state, a.ownerIds);
      const lines = [
        owners.length === 0 ? null : translate(lang, "agreements.ownersAre", { names: owners.join(", ") }),
        a.outcome.trim() === "" ? null : translate(lang, "agreements.outcomeIs", { outcome: a.outcome }),
      ];
      return {
        uid: uid(state, "agreement", a.id),
        date: a.due,
        summary: translate(lang, "document.calendar.due", { text: a.text }),
        description: lines.filter((line) => line !== null).join("\n"),
        location: "",
        busy: false,
      };
    });
}

function eventData(event: DayEvent, now: Date): ICalEventData[] {
  const start = event.time?.start ?? utcDay(event.date);
  const end = event.time?.end ?? utcDay(event.date, 1);
  if (start === null || end === null) return [];
  return [
    {
      id: event.uid,
      start,
      end,
      allDay: event.time === undefined,
      ...(event.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
      stamp: now,
      summary: event.summary,
      description: event.description === "" ? null : event.description,
      location: event.location === "" ? null : event.location,
      transparency: event.busy ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
    },
  ];
}

/**
 * The series' dates as an iCalendar file (RFC 5545): sessions planned from
 * today on, next dates agreed at a session where no session is planned yet,
 * and the due date of every agreement still open, each with a UID that is
 * stable per item. A session with a start time is an event at that time in
 * the series' time zone (written in UTC); everything else is all-day; a
 * cancelled session is marked cancelled. DTSTAMP and "today" (UTC) come from `now`.
 * With `ownerId`, only that person's agreements (a personal calendar feed).
 */
export function seriesCalendar(state: SeriesState, options: SeriesCalendarOptions): string {
  const today = options.now.toISOString().slice(0, 10);
  const calendar = ical({
    prodId: { company: "Einklang", product: "Einklang", language: options.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // The library writes the calendar name as it is given, unlike event texts: escape it here.
    name: escape(options.seriesTitle, false),
    ...(options.refreshSeconds === undefined ? {} : { ttl: options.refreshSeconds }),
  });
  const events = [...sessionEvents(state, today, options), ...dueEvents(state, options.lang, options.ownerId)];
  for (const event of events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    for (const data of eventData(event, options.now)) calendar.createEvent(data);
  }
  const text = calendar.toString();
  // Every content line ends with CRLF, the last one too.
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
