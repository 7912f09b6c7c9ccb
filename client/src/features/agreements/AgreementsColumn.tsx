import { useMemo } from "react";
import type { SeriesState } from "../../../../common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { pendingItems, sortedAgreements, sortedCases } from "../../store/selectors.js";
import { AddAgreementForm } from "./AddAgreementForm.js";
import { AgreementCard } from "./AgreementCard.js";

/** The agreements of the series and the form to add one. */
export function AgreementsColumn({ state }: { state: SeriesState }) {
  const t = useT();
  const me = useAppStore((s) => s.document.me);
  const pending = useAppStore((s) => s.pending.commands);
  const agreements = useMemo(() => sortedAgreements(state), [state]);
  const cases = useMemo(() => sortedCases(state), [state]);
  const unconfirmed = useMemo(() => pendingItems(pending), [pending]);
  const headingId = "agreements-heading";
  return (
    <section className="column" aria-labelledby={headingId} data-testid="agreements-column">
      <h2 className="column-title" id={headingId}>
        {t("agreements.title")} <span className="count">{agreements.length}</span>
      </h2>
      <AddAgreementForm cases={cases} />
      {agreements.length === 0 ? (
        <p className="empty-state" data-testid="agreements-empty">
          {t("agreements.empty")}
        </p>
      ) : (
        <div className="card-list">
          {agreements.map((item) => (
            <AgreementCard
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
