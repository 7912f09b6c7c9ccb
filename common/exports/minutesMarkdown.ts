import { sessionKindLabel, sideLabel } from "./exportLabels.js";
import { exportText, type ExportLanguage, type ExportTextKey } from "./exportTexts.js";
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

function attendeeLine(attendee: MinutesAttendee | MinutesPerson, lang: ExportLanguage): string {
  const about = [attendee.org, attendee.side === null ? null : sideLabel(attendee.side, lang)].filter(
    (part) => part !== null,
  );
  return `- ${mdInline(attendee.name)}${about.length === 0 ? "" : ` (${about.map(mdInline).join(", ")})`}`;
}

/** The attendance taken at check-in: present, excused and guests, each a list by organisation and side. */
function attendanceMarkdown(attendance: MinutesAttendance, lang: ExportLanguage): string[] {
  const group = (key: "attendance.present" | "attendance.excused" | "attendance.guests", people: MinutesPerson[]) => [
    `### ${exportText(lang, key, { count: people.length })}`,
    "",
    ...(people.length === 0
      ? [`_${exportText(lang, "attendance.nobody")}_`]
      : people.map((p) => attendeeLine(p, lang))),
    "",
  ];
  return [
    `## ${exportText(lang, "attendance.title")}`,
    "",
    `_${exportText(lang, "attendance.how")}_`,
    "",
    ...group("attendance.present", attendance.present),
    ...group("attendance.excused", attendance.excused),
    ...group("attendance.guests", attendance.guests),
  ];
}

/** "09:00–11:00 Uhr" or "ab 09:00 Uhr": a session's time as the minutes read it. */
export function sessionTimeText(session: Minutes["session"], lang: ExportLanguage): string {
  return session.durationMin === null
    ? exportText(lang, "session.timeFrom", { start: session.startTime })
    : exportText(lang, "session.timeRange", {
        start: session.startTime,
        end: endTime(session.startTime, session.durationMin),
      });
}

/** The check-in round: the question, then each answer after its author's name. */
function checkInMarkdown(checkIn: MinutesCheckIn | null, lang: ExportLanguage): string[] {
  if (checkIn === null) return [];
  return [
    `## ${exportText(lang, "checkIn.title")}`,
    "",
    `_${mdInline(checkIn.question)}_`,
    "",
    ...(checkIn.answers.length === 0
      ? [`_${exportText(lang, "checkIn.none")}_`]
      : checkIn.answers.map((answer) => `- **${mdInline(answer.name)}:** ${mdInline(answer.text)}`)),
    "",
  ];
}

/** Who took part as derived from contributions, for sessions without attendance. */
function attendeesMarkdown(attendees: readonly MinutesAttendee[], lang: ExportLanguage): string[] {
  const t = (key: ExportTextKey): string => exportText(lang, key);
  return [
    `## ${t("attendees.title")}`,
    "",
    `_${t("attendees.how")}_`,
    "",
    ...(attendees.length === 0 ? [`_${t("attendees.none")}_`] : attendees.map((a) => attendeeLine(a, lang))),
    "",
  ];
}

function voteMarkdown(vote: MinutesVote, lang: ExportLanguage): string[] {
  const title = exportText(lang, vote.target === VoteTarget.cases ? "votes.cases" : "votes.agreements");
  const about = exportText(lang, "votes.about", { voters: vote.voters, dots: vote.dotsPerPerson });
  const items =
    vote.items.length === 0
      ? [`_${exportText(lang, "votes.none")}_`]
      : vote.items.map(
          (item) =>
            `- ${exportText(lang, "votes.line", { place: item.place, title: mdInline(item.title), total: item.total })}`,
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
export function minutesMarkdown(minutes: Minutes, lang: ExportLanguage): string {
  const t = (key: ExportTextKey): string => exportText(lang, key);
  const { session } = minutes;
  const none = t("none");
  const lines = [
    `# ${exportText(lang, "minutes.title", { series: mdInline(minutes.seriesName) })}`,
    "",
    `## ${exportText(lang, "minutes.session", { date: readableDate(session.date, lang) })}`,
    "",
    ...(session.closed ? [] : [`> ${t("minutes.draft")}`, ""]),
    ...(session.startTime === "" ? [] : [mdField(t("session.time"), sessionTimeText(session, lang))]),
    mdField(t("session.place"), session.place.trim() === "" ? none : mdInline(session.place)),
    mdField(t("session.kind"), sessionKindLabel(session.kind, lang)),
    ...(session.hostOrg === null ? [] : [mdField(t("session.host"), mdInline(session.hostOrg))]),
    "",
    ...(minutes.attendance === null
      ? attendeesMarkdown(minutes.attendees, lang)
      : attendanceMarkdown(minutes.attendance, lang)),
    ...checkInMarkdown(minutes.checkIn, lang),
    ...part(
      t("review.title"),
      minutes.reviews.flatMap((r) => reviewMarkdown(r, lang)),
      t("review.none"),
    ),
    ...part(
      t("cases.title"),
      minutes.cases.flatMap((c, i) => caseMarkdown(c, i, lang)),
      t("cases.none"),
    ),
    ...part(
      t("agreements.title"),
      minutes.agreements.flatMap((a, i) => agreementMarkdown(a, i, lang)),
      t("agreements.none"),
    ),
    ...(minutes.votes.length === 0
      ? []
      : [`## ${t("votes.title")}`, "", ...minutes.votes.flatMap((vote) => voteMarkdown(vote, lang))]),
    `## ${t("close.title")}`,
    "",
    mdField(t("close.summary"), minutes.summary.trim() === "" ? none : mdBlock(minutes.summary, "  ")),
    mdField(t("close.nextDate"), minutes.nextDate === "" ? none : readableDate(minutes.nextDate, lang)),
  ];
  return `${lines.join("\n")}\n`;
}
