import type { AccessError } from "../../access/api.js";
import { useT } from "../../i18n/useT.js";
import { navigateOnClick } from "../../router.js";

/** An invite link that does not work (any more), and what to do. */
export function InviteProblem({ error }: { error: AccessError }) {
  const t = useT();
  return (
    <main className="page-narrow">
      <section className="panel" data-testid="invite-problem">
        <h1>{t("access.inviteProblem.title")}</h1>
        <p className="muted">{t(`access.error.${error}`)}</p>
        <a className="button-primary" href="/" onClick={navigateOnClick("/")}>
          {t("app.toStart")}
        </a>
      </section>
    </main>
  );
}
