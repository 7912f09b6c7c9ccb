import { useEffect, useState } from "react";
import { signupOpen } from "../../access/api.js";
import { useT } from "../../i18n/useT.js";
import { LanguageSwitch } from "../../ui/LanguageSwitch.js";
import { CreateSeriesForm } from "./CreateSeriesForm.js";
import { ImportBackup } from "./ImportBackup.js";
import { LoadExample } from "./LoadExample.js";
import { RecentSeriesList } from "./RecentSeriesList.js";
import "./start.css";

/** `/`: what Einklang is, a new series, and the series opened before. */
export function StartPage() {
  const t = useT();
  // Until the server answers, the forms show: most servers are open, and a refusal still explains itself.
  const [open, setOpen] = useState(true);
  useEffect(() => {
    document.title = "Einklang";
    let current = true;
    void signupOpen().then((answer) => {
      if (current && answer === false) setOpen(false);
    });
    return () => {
      current = false;
    };
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
          {open ? <CreateSeriesForm /> : <SignupClosed />}
          <div className="start-side">
            {open && <LoadExample />}
            <RecentSeriesList />
            {open && <ImportBackup />}
          </div>
        </div>
      </main>
    </>
  );
}

/** In place of the form when the server makes series for its operators only. */
function SignupClosed() {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="signup-closed-title" data-testid="signup-closed">
      <h2 id="signup-closed-title">{t("start.closed.title")}</h2>
      <p className="muted">{t("start.closed.text")}</p>
    </section>
  );
}
