import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { navigateOnClick } from "../../router.js";
import { LanguageSwitch } from "../../ui/LanguageSwitch.js";
import "./board.css";

function PlainHeader() {
  const t = useT();
  return (
    <header className="board-header">
      <a className="brand" href="/" onClick={navigateOnClick("/")} aria-label={t("board.home")}>
        {t("app.name")}
      </a>
      <LanguageSwitch />
    </header>
  );
}

/** Shown until the server has answered. */
export function LoadingPage() {
  const t = useT();
  return (
    <>
      <PlainHeader />
      <main className="page-narrow">
        <p className="muted" role="status" data-testid="loading">
          {t("app.loading")}
        </p>
      </main>
    </>
  );
}

/** A page that says why there is no board here and leads back to the start page. */
function ToStartPage({ testId, title, body }: { testId: string; title: MessageKey; body: MessageKey }) {
  const t = useT();
  return (
    <>
      <PlainHeader />
      <main className="page-narrow">
        <section className="panel" data-testid={testId}>
          <h1>{t(title)}</h1>
          <p className="muted">{t(body)}</p>
          <a className="button-primary" href="/" onClick={navigateOnClick("/")}>
            {t("app.toStart")}
          </a>
        </section>
      </main>
    </>
  );
}

/** The series of this address does not exist. */
export function SeriesNotFoundPage() {
  return <ToStartPage testId="series-not-found" title="board.seriesNotFound.title" body="board.seriesNotFound.body" />;
}

/** This device has no access to the series: no invite link was used here, or access was revoked. */
export function NoAccessPage() {
  return <ToStartPage testId="no-access" title="access.none.title" body="access.none.body" />;
}

/** The server speaks a newer protocol: only a reload helps. */
export function OutdatedPage() {
  const t = useT();
  return (
    <>
      <PlainHeader />
      <main className="page-narrow">
        <section className="panel" data-testid="outdated">
          <h1>{t("board.outdated.title")}</h1>
          <p className="muted">{t("board.outdated.body")}</p>
          <button type="button" className="button-primary" onClick={() => window.location.reload()}>
            {t("board.outdated.reload")}
          </button>
        </section>
      </main>
    </>
  );
}

/** An address the app does not know. */
export function PageNotFound() {
  return <ToStartPage testId="page-not-found" title="app.notFound.title" body="app.notFound.body" />;
}
