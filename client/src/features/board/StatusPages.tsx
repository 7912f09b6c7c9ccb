import { useT } from "../../i18n/useT.js";
import { navigateOnClick } from "../../router.js";
import { LanguageSwitch } from "../../ui/LanguageSwitch.js";

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

/** The series of this address does not exist. */
export function SeriesNotFoundPage() {
  const t = useT();
  return (
    <>
      <PlainHeader />
      <main className="page-narrow">
        <section className="panel" data-testid="series-not-found">
          <h1>{t("board.seriesNotFound.title")}</h1>
          <p className="muted">{t("board.seriesNotFound.body")}</p>
          <a className="button-primary" href="/" onClick={navigateOnClick("/")}>
            {t("app.toStart")}
          </a>
        </section>
      </main>
    </>
  );
}

/** This device has no access to the series: no invite link was used here, or access was revoked. */
export function NoAccessPage() {
  const t = useT();
  return (
    <>
      <PlainHeader />
      <main className="page-narrow">
        <section className="panel" data-testid="no-access">
          <h1>{t("access.none.title")}</h1>
          <p className="muted">{t("access.none.body")}</p>
          <a className="button-primary" href="/" onClick={navigateOnClick("/")}>
            {t("app.toStart")}
          </a>
        </section>
      </main>
    </>
  );
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
  const t = useT();
  return (
    <>
      <PlainHeader />
      <main className="page-narrow">
        <section className="panel" data-testid="page-not-found">
          <h1>{t("app.notFound.title")}</h1>
          <p className="muted">{t("app.notFound.body")}</p>
          <a className="button-primary" href="/" onClick={navigateOnClick("/")}>
            {t("app.toStart")}
          </a>
        </section>
      </main>
    </>
  );
}
