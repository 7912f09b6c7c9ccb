import { levelLabel, sessionKindLabel, sideLabel } from "./exportLabels.js";
import { translate, type Language, type MessageKey } from "../i18n/translate.js";
import { mdBlock, mdField, mdInline, readableDate } from "./markdownText.js";
import { endTime } from "../domain/schedule/wallClock.js";
import { VoteTarget } from "../domain/vocabulary.js";
import type {
  Minutes,
  MinutesAttendance,
  MinutesAttendee,
  MinutesCheckIn,
  MinutesPerson,
  MinutesVote,
} from "./minutesModel.js";
import { agreementMarkdown, caseMarkdown, reviewMarkdown } from "./minutesMarkdownItems.js";
import { agendaMarkdown } from "./minutesAgenda.js";
import { visitMarkdown } from "./minutesVisit.js";

function attendeeLine(attendee: MinutesAttendee | MinutesPerson, lang: Language): string {
  const about = [attendee.org, attendee.side === null ? null : sideLabel(attendee.side, lang)].filter(
    (part) => part !== null,
  );
  return `- ${mdInline(attendee.name)}${about.length === 0 ? "" : ` (${about.map(mdInline).join(", ")})`}`;
}

/** The attendance taken at check-in: present, excused and guests, each a list by organisation and side. */
function attendanceMarkdown(attendance: MinutesAttendance, lang: Language): string[] {
  const group = (
    key: "document.attendance.present" | "document.attendance.excused" | "document.attendance.guests",
    people: MinutesPerson[],
  ) => [
    `### ${translate(lang, key, { count: people.length })}`,
    "",
    ...(people.length === 0
      ? [`_${translate(lang, "document.attendance.nobody")}_`]
      : people.map((p) => attendeeLine(p, lang))),
    "",
  ];
  return [
    `## ${translate(lang, "recap.attendance")}`,
    "",
    `_${translate(lang, "document.attendance.how")}_`,
    "",
    ...group("document.attendance.present", attendance.present),
    ...group("document.attendance.excused", attendance.excused),
    ...group("document.attendance.guests", attendance.guests),
  ];
}

/** "09:00–11:00 Uhr" or "ab 09:00 Uhr": a session's time as the minutes read it. */
export function sessionTimeText(session: Minutes["session"], lang: Language): string {
  return session.durationMin === null
    ? translate(lang, "schedule.summary.start", { start: session.startTime })
    : translate(lang, "schedule.summary.time", {
        start: session.startTime,
        end: endTime(session.startTime, session.durationMin),
      });
}

/** The check-in round: the question, then each answer after its author's name. */
function checkInMarkdown(checkIn: MinutesCheckIn | null, lang: Language): string[] {
  if (checkIn === null) return [];
  return [
    `## ${translate(lang, "checkIn.title")}`,
    "",
    `_${mdInline(checkIn.question)}_`,
    "",
    ...(checkIn.answers.length === 0
      ? [`_${translate(lang, "document.checkIn.none")}_`]
      : checkIn.answers.map((answer) => `- **${mdInline(answer.name)}:** ${mdInline(answer.text)}`)),
    "",
  ];
}

/** Who took part as derived from contributions, for sessions without attendance. */
function attendeesMarkdown(attendees: readonly MinutesAttendee[], lang: Language): string[] {
  const t = (key: MessageKey): string => translate(lang, key);
  return [
    `## ${t("document.attendees.title")}`,
    "",
    `_${t("document.attendees.how")}_`,
    "",
    ...(attendees.length === 0 ? [`_${t("document.attendees.none")}_`] : attendees.map((a) => attendeeLine(a, lang))),
    "",
  ];
}

/** One revealed dot vote as a Markdown part: its places, most dots first. */
export function voteMarkdown(vote: MinutesVote, lang: Language): string[] {
  const title = translate(
    lang,
    vote.target === VoteTarget.cases ? "document.votes.cases" : "document.votes.agreements",
  );
  const about = translate(lang, "document.votes.about", { voters: vote.voters, dots: vote.dotsPerPerson });
  const items =
    vote.items.length === 0
      ? [`_${translate(lang, "document.votes.none")}_`]
      : vote.items.map(
          (item) =>
            `- ${translate(lang, "document.votes.line", { place: item.place, title: mdInline(item.title), total: item.total })}`,
        );
  return [`### ${title}`, "", about, "", ...items, ""];
}

/** A second-level section: its items, or a line saying there are none. */
function part(title: string, items: readonly string[], empty: string): string[] {
  return [`## ${title}`, "", ...(items.length === 0 ? [`_${empty}_`, ""] : items)];
}

/**
 * The minutes as Markdown in `lang`: session facts, participants, review,
 * cases, agreements and close. User text is escaped so it reads as written;
 * anonymous contributions carry their side/organisation label or nothing.
 */
export function minutesMarkdown(minutes: Minutes, lang: Language): string {
  const t = (key: MessageKey): string => translate(lang, key);
  const { session } = minutes;
  const none = t("meeting.none");
  const lines = [
    `# ${translate(lang, "document.minutes.title", { series: mdInline(minutes.seriesName) })}`,
    "",
    `## ${translate(lang, "sessions.heading", { date: readableDate(session.date, lang) })}`,
    "",
    ...(session.closed ? [] : [`> ${t("document.minutes.draft")}`, ""]),
    ...(session.startTime === "" ? [] : [mdField(t("document.session.time"), sessionTimeText(session, lang))]),
    mdField(t("sessions.field.place"), session.place.trim() === "" ? none : mdInline(session.place)),
    mdField(t("sessions.field.kind"), sessionKindLabel(session.kind, lang)),
    ...(session.level === null ? [] : [mdField(t("level.label"), levelLabel(session.level, lang))]),
    ...(session.hostOrg === null ? [] : [mdField(t("sessions.field.host"), mdInline(session.hostOrg))]),
    "",
    ...(minutes.attendance === null
      ? attendeesMarkdown(minutes.attendees, lang)
      : attendanceMarkdown(minutes.attendance, lang)),
    ...checkInMarkdown(minutes.checkIn, lang),
    ...agendaMarkdown(minutes.agenda, lang),
    ...visitMarkdown(minutes.visit, lang),
    ...part(
      t("review.title"),
      minutes.reviews.flatMap((r) => reviewMarkdown(r, lang)),
      t("document.review.none"),
    ),
    ...part(
      t("cases.title"),
      minutes.cases.flatMap((c, i) => caseMarkdown(c, i, lang)),
      t("document.cases.none"),
    ),
    ...part(
      t("agreements.title"),
      minutes.agreements.flatMap((a, i) => agreementMarkdown(a, i, lang)),
      t("document.agreements.none"),
    ),
    ...(minutes.votes.length === 0
      ? []
      : [`## ${t("document.votes.title")}`, "", ...minutes.votes.flatMap((vote) => voteMarkdown(vote, lang))]),
    `## ${t("sessions.phase.close")}`,
    "",
    mdField(t("sessions.close.summary"), minutes.summary.trim() === "" ? none : mdBlock(minutes.summary, "  ")),
    mdField(t("sessions.close.nextDate"), minutes.nextDate === "" ? none : readableDate(minutes.nextDate, lang)),
  ];
  return `${lines.join("\n")}\n`;
}
