import { sessionKindLabel } from "./exportLabels.js";
import { translate, type Language, type MessageKey, type MessageParams } from "../i18n/translate.js";
import { mdBlock, mdField, mdInline, readableDate } from "./markdownText.js";
import { agendaMarkdown } from "./minutesAgenda.js";
import { sessionTimeText, voteMarkdown } from "./minutesMarkdown.js";
import { agreementMarkdown, caseMarkdown } from "./minutesMarkdownItems.js";
import { observationKindLabel } from "./minutesVisit.js";
import type { OrgReport } from "./orgReport.js";

/** A second-level section: its lines, or a line saying there are none. */
function part(title: string, lines: readonly string[], empty: string): string[] {
  return [`## ${title}`, "", ...(lines.length === 0 ? [`_${empty}_`, ""] : lines)];
}

/** The session facts at the top: date, time, place, kind and host. */
function sessionLines(report: OrgReport, lang: Language): string[] {
  const t = (key: MessageKey): string => translate(lang, key);
  const { session } = report;
  return [
    mdField(t("document.orgReport.date"), readableDate(session.date, lang)),
    ...(session.startTime === "" ? [] : [mdField(t("document.session.time"), sessionTimeText(session, lang))]),
    mdField(t("sessions.field.place"), session.place.trim() === "" ? t("meeting.none") : mdInline(session.place)),
    mdField(t("sessions.field.kind"), sessionKindLabel(session.kind, lang)),
    ...(session.hostOrg === null ? [] : [mdField(t("sessions.field.host"), mdInline(session.hostOrg))]),
    "",
  ];
}

/**
 * One organisation's report as Markdown in `lang`: session facts, agenda,
 * cases, collisions, the agreements that concern it, its take-home list and
 * observations, and the shared results. User text is escaped so it reads as
 * written.
 */
export function orgReportMarkdown(report: OrgReport, lang: Language): string {
  const t = (key: MessageKey, params?: MessageParams): string => translate(lang, key, params);
  const org = mdInline(report.org.name);
  const { results } = report;
  const lines = [
    `# ${t("document.orgReport.title", { org, series: mdInline(report.seriesName) })}`,
    "",
    `_${t("document.orgReport.about", { org })}_`,
    "",
    ...(report.session.closed ? [] : [`> ${t("document.minutes.draft")}`, ""]),
    ...sessionLines(report, lang),
    ...agendaMarkdown(report.agenda, lang),
    ...part(
      t("cases.title"),
      report.cases.flatMap((c, i) => caseMarkdown(c, i, lang)),
      t("document.cases.none"),
    ),
    ...part(
      t("document.orgReport.collisions"),
      report.collisions.length === 0 ? [] : [...report.collisions.map((c) => `- ${c.map(mdInline).join(" ↔ ")}`), ""],
      t("document.orgReport.collisionsNone"),
    ),
    ...part(
      t("document.orgReport.agreements", { org }),
      report.agreements.flatMap((a, i) => agreementMarkdown(a, i, lang)),
      t("document.orgReport.agreementsNone"),
    ),
    ...(report.session.kind === "peer_visit" ? visitLines(report, lang) : []),
    `## ${t("document.orgReport.results")}`,
    "",
    ...results.votes.flatMap((vote) => voteMarkdown(vote, lang)),
    mdField(
      t("sessions.close.summary"),
      results.summary.trim() === "" ? t("meeting.none") : mdBlock(results.summary, "  "),
    ),
    mdField(
      t("sessions.close.nextDate"),
      results.nextDate === "" ? t("meeting.none") : readableDate(results.nextDate, lang),
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/** A peer visit's part: the organisation's take-home list and its observations. */
function visitLines(report: OrgReport, lang: Language): string[] {
  const t = (key: MessageKey, params?: MessageParams): string => translate(lang, key, params);
  const org = mdInline(report.org.name);
  // The host takes nothing home from its own site; its part would only say so.
  const hostWithoutList = report.org.isHost && report.takeHome.length === 0;
  return [
    ...(hostWithoutList
      ? []
      : part(
          t("visit.minutes.takeHome", { org }),
          report.takeHome.length === 0
            ? []
            : [
                ...report.takeHome.map(
                  (item) => `- ${mdInline(item.text)}${item.internal ? ` (${t("visit.takeHome.internalBadge")})` : ""}`,
                ),
                "",
              ],
          t("document.orgReport.takeHomeNone"),
        )),
    ...part(
      t(report.org.isHost ? "document.orgReport.observationsHost" : "document.orgReport.observations", { org }),
      report.observations.length === 0
        ? []
        : [
            ...report.observations.map(
              (o) =>
                `- **${mdInline(o.station)}:** ${observationKindLabel(o.kind, lang)} ${mdInline(o.text)} – ${mdInline(o.by)}${o.isCase ? ` (${t("visit.minutes.case")})` : ""}`,
            ),
            "",
          ],
      t("document.orgReport.observationsNone"),
    ),
  ];
}
