import { useEffect, useState } from "react";
import { formatDate } from "../../i18n/formatDate.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { copyText } from "../invites/copyText.js";
import { feedUrl, readFeed, renewFeed, revokeFeed, type FeedStatus } from "./calendarFeedApi.js";
import "./calendarFeed.css";

type Load = { status: "loading" } | { status: "failed" } | { status: "ready"; feed: FeedStatus; url: string | null };

/**
 * "Kalender-Abo": on My agreements, a secret address Outlook, Google or Apple
 * subscribe to, with the person's due dates and the series' sessions. It is
 * shown once, when it is made; renewing ends the old one, revoking ends it.
 */
export function CalendarFeedPanel({ seriesId }: { seriesId: string }) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [problem, setProblem] = useState(false);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let live = true;
    void readFeed(seriesId).then((feed) => {
      if (live) setLoad(feed === undefined ? { status: "failed" } : { status: "ready", feed, url: null });
    });
    return () => {
      live = false;
    };
  }, [seriesId]);

  if (load.status !== "ready") return null;

  async function make(): Promise<void> {
    const created = await renewFeed(seriesId);
    setProblem(created === null);
    setCopied(false);
    if (created)
      setLoad({ status: "ready", feed: { createdAt: created.createdAt }, url: feedUrl(created.path, language) });
  }

  async function revoke(): Promise<void> {
    const done = await revokeFeed(seriesId);
    setProblem(!done);
    if (done) setLoad({ status: "ready", feed: null, url: null });
  }

  const { feed, url } = load;
  return (
    <section className="panel calendar-feed" aria-labelledby="calendar-feed-title" data-testid="calendar-feed">
      <h2 id="calendar-feed-title">{t("calendarFeed.title")}</h2>
      <p className="muted small">{t("calendarFeed.intro")}</p>
      {url !== null && (
        <div className="calendar-feed-url">
          <p className="small">{t("calendarFeed.once")}</p>
          <div className="calendar-feed-row">
            <input
              className="text-input"
              readOnly
              value={url}
              aria-label={t("calendarFeed.address")}
              data-testid="calendar-feed-url"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="button-secondary button-small"
              data-testid="calendar-feed-copy"
              onClick={() => void copyText(url).then(setCopied)}
            >
              {copied ? t("invites.copied") : t("invites.copy")}
            </button>
          </div>
          <p className="muted small">{t("calendarFeed.secret")}</p>
        </div>
      )}
      {url === null && feed !== null && (
        <p className="calendar-feed-status" data-testid="calendar-feed-status">
          {t("calendarFeed.active", { date: formatDate(feed.createdAt.slice(0, 10), language) })}
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {t("calendarFeed.failed")}
        </p>
      )}
      <div className="calendar-feed-actions">
        <button type="button" className="button-primary" onClick={() => void make()} data-testid="calendar-feed-make">
          {t(feed === null ? "calendarFeed.make" : "calendarFeed.renew")}
        </button>
        {feed !== null && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => void revoke()}
            data-testid="calendar-feed-revoke"
          >
            {t("calendarFeed.revoke")}
          </button>
        )}
      </div>
    </section>
  );
}
