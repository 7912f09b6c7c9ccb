import type { ReactNode } from "react";
import { sessionKindLabel } from "@common/exports/exportLabels.js";
import { readableDate } from "@common/exports/markdownText.js";
import { agendaItemFacts, phaseLabel } from "@common/exports/minutesAgenda.js";
import { sessionTimeText } from "@common/exports/minutesMarkdown.js";
import { observationKindLabel } from "@common/exports/minutesVisit.js";
import type { OrgReport } from "@common/exports/orgReport.js";
import { SessionKind } from "@common/domain/vocabulary.js";
import { translate, type Language, type MessageKey, type MessageParams } from "@common/i18n/translate.js";
import { Fact } from "../minutes/MinutesDocument.js";
import { MinutesAgreementItem, MinutesCaseItem } from "../minutes/MinutesItems.js";
import { MinutesVotes } from "../minutes/MinutesVotes.js";

function Part({
  title,
  empty,
  children,
  testId,
}: {
  title: string;
  empty: string;
  children: ReactNode[];
  testId: string;
}) {
  return (
    <section className="minutes-part" data-testid={testId}>
      <h2>{title}</h2>
      {children.length === 0 ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

/**
 * One organisation's report as a page, in the words of its Markdown: facts,
 * agenda, cases, collisions, the agreements that concern it, its take-home
 * list and observations, and the shared results.
 */
export function OrgReportDocument({ report, lang }: { report: OrgReport; lang: Language }) {
  const t = (key: MessageKey, params?: MessageParams): string => translate(lang, key, params);
  const { session, org, results } = report;
  const none = t("meeting.none");
  const visit = session.kind === SessionKind.peerVisit;
  return (
    <article className="minutes org-report" data-testid="org-report" lang={lang}>
      <header className="minutes-head">
        <h1>{t("document.orgReport.title", { org: org.name, series: report.seriesName })}</h1>
        <p className="muted">{t("document.orgReport.about", { org: org.name })}</p>
        {!session.closed && <p className="minutes-draft">{t("document.minutes.draft")}</p>}
        <dl className="minutes-facts">
          <Fact label={t("document.orgReport.date")}>{readableDate(session.date, lang)}</Fact>
          {session.startTime !== "" && <Fact label={t("document.session.time")}>{sessionTimeText(session, lang)}</Fact>}
          <Fact label={t("sessions.field.place")}>{session.place.trim() === "" ? none : session.place}</Fact>
          <Fact label={t("sessions.field.kind")}>{sessionKindLabel(session.kind, lang)}</Fact>
          {session.hostOrg !== null && <Fact label={t("sessions.field.host")}>{session.hostOrg}</Fact>}
        </dl>
      </header>
      <section className="minutes-part">
        <h2>{t("sessions.agenda")}</h2>
        <ol>
          {report.agenda.map((step, i) =>
            step.kind === "phase" ? (
              <li key={step.phase}>{phaseLabel(step.phase, lang)}</li>
            ) : (
              <li key={`item-${i}`}>
                <strong>{step.title}</strong> ({agendaItemFacts(step, lang)})
                {step.notes.trim() !== "" && <> – {step.notes}</>}
              </li>
            ),
          )}
        </ol>
      </section>
      <Part title={t("cases.title")} empty={t("document.cases.none")} testId="org-report-cases">
        {report.cases.map((c, i) => (
          <MinutesCaseItem key={c.id} item={c} index={i} lang={lang} />
        ))}
      </Part>
      <Part
        title={t("document.orgReport.collisions")}
        empty={t("document.orgReport.collisionsNone")}
        testId="org-report-collisions"
      >
        {report.collisions.length === 0
          ? []
          : [
              <ul key="collisions">
                {report.collisions.map((labels) => (
                  <li key={labels.join("|")}>{labels.join(" ↔ ")}</li>
                ))}
              </ul>,
            ]}
      </Part>
      <Part
        title={t("document.orgReport.agreements", { org: org.name })}
        empty={t("document.orgReport.agreementsNone")}
        testId="org-report-agreements"
      >
        {report.agreements.map((a, i) => (
          <MinutesAgreementItem key={a.id} item={a} index={i} lang={lang} />
        ))}
      </Part>
      {visit && !(org.isHost && report.takeHome.length === 0) && (
        <Part
          title={t("visit.minutes.takeHome", { org: org.name })}
          empty={t("document.orgReport.takeHomeNone")}
          testId="org-report-takehome"
        >
          {report.takeHome.length === 0
            ? []
            : [
                <ul key="takehome">
                  {report.takeHome.map((item, i) => (
                    <li key={`item-${i}`}>
                      {item.text}
                      {item.internal && <> ({t("visit.takeHome.internalBadge")})</>}
                    </li>
                  ))}
                </ul>,
              ]}
        </Part>
      )}
      {visit && (
        <Part
          title={t(org.isHost ? "document.orgReport.observationsHost" : "document.orgReport.observations", {
            org: org.name,
          })}
          empty={t("document.orgReport.observationsNone")}
          testId="org-report-observations"
        >
          {report.observations.length === 0
            ? []
            : [
                <ul key="observations">
                  {report.observations.map((o, i) => (
                    <li key={`observation-${i}`}>
                      <strong>{o.station}:</strong> <em>{observationKindLabel(o.kind, lang)}</em> {o.text} – {o.by}
                      {o.isCase && <> ({t("visit.minutes.case")})</>}
                    </li>
                  ))}
                </ul>,
              ]}
        </Part>
      )}
      <section className="minutes-part org-report-results" data-testid="org-report-results">
        <h2>{t("document.orgReport.results")}</h2>
        <MinutesVotes votes={results.votes} lang={lang} />
        <dl className="minutes-facts">
          <Fact label={t("sessions.close.summary")}>
            {results.summary.trim() === "" ? none : <span className="minutes-prose">{results.summary}</span>}
          </Fact>
          <Fact label={t("sessions.close.nextDate")}>
            {results.nextDate === "" ? none : readableDate(results.nextDate, lang)}
          </Fact>
        </dl>
      </section>
    </article>
  );
}
