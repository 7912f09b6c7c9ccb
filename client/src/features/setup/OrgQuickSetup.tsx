import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { EditScope } from "../../ui/permissions.js";
import { AddOrgForm } from "./AddOrgForm.js";
import { orgsInOrder } from "./PersonSelects.js";
import "./setup.css";

/**
 * The organisations of the series, and a line to add one, where a moderator
 * needs them: planning a workshop or a peer visit, and making invite links per
 * company. The full list (renaming, removing) stays with the participants.
 */
export function OrgQuickSetup({ state, testId }: { state: SeriesState; testId: string }) {
  const t = useT();
  const names = orgsInOrder(state.orgs).map((org) => org.name);
  return (
    <section className="org-quick" aria-label={t("setup.orgs.title")} data-testid={testId}>
      <p className="muted" data-testid={`${testId}-names`}>
        {names.length === 0 ? t("setup.orgs.quick.none") : t("setup.orgs.quick.some", { names: names.join(", ") })}
      </p>
      <EditScope type="org.add">
        <AddOrgForm />
      </EditScope>
    </section>
  );
}
