import { useMemo } from "react";
import type { SeriesState } from "../../../../common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { pendingItems, sortedCases } from "../../store/selectors.js";
import { AddCaseForm } from "./AddCaseForm.js";
import { CaseCard } from "./CaseCard.js";

/** The cases of the series and the form to add one. */
export function CasesColumn({ state }: { state: SeriesState }) {
  const t = useT();
  const me = useAppStore((s) => s.document.me);
  const pending = useAppStore((s) => s.pending.commands);
  const cases = useMemo(() => sortedCases(state), [state]);
  const unconfirmed = useMemo(() => pendingItems(pending), [pending]);
  const headingId = "cases-heading";
  return (
    <section className="column" aria-labelledby={headingId} data-testid="cases-column">
      <h2 className="column-title" id={headingId}>
        {t("cases.title")} <span className="count">{cases.length}</span>
      </h2>
      <AddCaseForm />
      {cases.length === 0 ? (
        <p className="empty-state" data-testid="cases-empty">
          {t("cases.empty")}
        </p>
      ) : (
        <div className="card-list">
          {cases.map((item) => (
            <CaseCard
              key={item.id}
              item={item}
              state={state}
              me={me}
              unconfirmed={unconfirmed.added.has(item.id)}
              saving={unconfirmed.changed.has(item.id)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
