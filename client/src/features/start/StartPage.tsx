import { useEffect } from "react";
import { useT } from "../../i18n/useT.js";
import { LanguageSwitch } from "../../ui/LanguageSwitch.js";
import { CreateSeriesForm } from "./CreateSeriesForm.js";
import { ImportBackup } from "./ImportBackup.js";
import { LoadExample } from "./LoadExample.js";
import { RecentSeriesList } from "./RecentSeriesList.js";

/** `/`: what Einklang is, a new series, and the series opened before. */
export function StartPage() {
  const t = useT();
  useEffect(() => {
    document.title = "Einklang";
  }, []);
  return (
    <>
      <header className="board-header">
        <span className="brand">{t("app.name")}</span>
        <LanguageSwitch />
      </header>
      <main className="start">
        <section className="start-intro">
          <h1 className="start-title">{t("app.name")}</h1>
          <p className="start-tagline">{t("app.tagline")}</p>
        </section>
        <div className="start-panels">
          <CreateSeriesForm />
          <div className="start-side">
            <LoadExample />
            <RecentSeriesList />
            <ImportBackup />
          </div>
        </div>
      </main>
    </>
  );
}
