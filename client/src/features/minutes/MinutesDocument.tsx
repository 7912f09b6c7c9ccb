import type { ReactNode } from "react";
import { levelLabel, sessionKindLabel } from "@common/exports/exportLabels.js";
import { translate, type Language, type MessageKey } from "@common/i18n/translate.js";
import { readableDate } from "@common/exports/markdownText.js";
import type { Minutes } from "@common/exports/minutesModel.js";
import { MinutesAgreementItem, MinutesCaseItem, MinutesReviewItem } from "./MinutesItems.js";
import { MinutesVotes } from "./MinutesVotes.js";
import { sessionTimeText } from "@common/exports/minutesMarkdown.js";
import { MinutesAttendance, MinutesCheckInRound } from "./MinutesAttendance.js";
import { MinutesAgenda } from "./MinutesAgenda.js";
import { MinutesVisitPart } from "./MinutesVisit.js";

/** One labelled fact of the minutes. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Part({
  title,
  empty,
  children,
  newPage = false,
}: {
  title: string;
  empty: string;
  children: ReactNode[];
  /** Printed from the top of a page. */
  newPage?: boolean;
}) {
  return (
    <section className={newPage ? "minutes-part minutes-part-page" : "minutes-part"}>
      <h2>{title}</h2>
      {children.length === 0 ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

/**
 * A session's minutes as a page, in the words the Markdown export uses: facts,
 * who took part, review, cases, agreements and close. Built from the series as
 * this viewer sees it, so nothing they may not see is printed.
 */
export function MinutesDocument({ minutes, lang }: { minutes: Minutes; lang: Language }) {
  const t = (key: MessageKey): string => translate(lang, key);
  const { session } = minutes;
  const none = t("meeting.none");
  return (
    <article className="minutes" data-testid="minutes" lang={lang}>
      <header className="minutes-head">
        <h1>{translate(lang, "document.minutes.title", { series: minutes.seriesName })}</h1>
        <p className="minutes-date">
          {translate(lang, "sessions.heading", { date: readableDate(session.date, lang) })}
        </p>
        {!session.closed && (
          <p className="minutes-draft" data-testid="minutes-draft">
            {t("document.minutes.draft")}
          </p>
        )}
        <dl className="minutes-facts">
          {session.startTime !== "" && <Fact label={t("document.session.time")}>{sessionTimeText(session, lang)}</Fact>}
          <Fact label={t("sessions.field.place")}>{session.place.trim() === "" ? none : session.place}</Fact>
          <Fact label={t("sessions.field.kind")}>{sessionKindLabel(session.kind, lang)}</Fact>
          {session.level !== null && <Fact label={t("level.label")}>{levelLabel(session.level, lang)}</Fact>}
          {session.hostOrg !== null && <Fact label={t("sessions.field.host")}>{session.hostOrg}</Fact>}
        </dl>
      </header>
      <MinutesAttendance minutes={minutes} lang={lang} />
      <MinutesCheckInRound minutes={minutes} lang={lang} />
      <MinutesAgenda minutes={minutes} lang={lang} />
      <MinutesVisitPart minutes={minutes} lang={lang} />
      <Part title={t("review.title")} empty={t("document.review.none")}>
        {minutes.reviews.map((r) => (
          <MinutesReviewItem key={r.agreementId} item={r} lang={lang} />
        ))}
      </Part>
      <Part title={t("cases.title")} empty={t("document.cases.none")} newPage={minutes.cases.length > 0}>
        {minutes.cases.map((c, i) => (
          <MinutesCaseItem key={c.id} item={c} index={i} lang={lang} />
        ))}
      </Part>
      <Part title={t("agreements.title")} empty={t("document.agreements.none")} newPage={minutes.agreements.length > 0}>
        {minutes.agreements.map((a, i) => (
          <MinutesAgreementItem key={a.id} item={a} index={i} lang={lang} />
        ))}
      </Part>
      <MinutesVotes votes={minutes.votes} lang={lang} />
      <section className="minutes-part">
        <h2>{t("sessions.phase.close")}</h2>
        <dl className="minutes-facts">
          <Fact label={t("sessions.close.summary")}>
            {minutes.summary.trim() === "" ? none : <span className="minutes-prose">{minutes.summary}</span>}
          </Fact>
          <Fact label={t("sessions.close.nextDate")}>
            {minutes.nextDate === "" ? none : readableDate(minutes.nextDate, lang)}
          </Fact>
        </dl>
      </section>
    </article>
  );
}
