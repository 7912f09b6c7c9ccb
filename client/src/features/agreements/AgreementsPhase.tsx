import { useMemo } from "react";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { sortedAgreements, sortedCases } from "../../store/selectors.js";
import { AddAgreementForm } from "./AddAgreementForm.js";
import { AgreementCard } from "./AgreementCard.js";
import { usePendingAgreements } from "./useAgreements.js";
import { byVoteRanking } from "../voting/order.js";
import "./agreements.css";

/** The Agreements phase: what this session agreed, and the form to add more (from a case or free). */
export function AgreementsPhase({ sessionId }: { sessionId: string }) {
  const t = useT();
  const state = useAppStore((s) => s.document.view);
  const { unconfirmed, me } = usePendingAgreements();
  const agreements = useMemo(
    () =>
      state
        ? byVoteRanking(
            state,
            sortedAgreements(state).filter((a) => a.sessionId === sessionId),
          )
        : [],
    [state, sessionId],
  );
  const cases = useMemo(
    () => (state ? sortedCases(state).filter((c) => c.sessionId === sessionId) : []),
    [state, sessionId],
  );
  if (!state) return null;
  const headingId = `agreements-heading-${sessionId}`;
  return (
    <section className="phase phase-agreements" aria-labelledby={headingId} data-testid="agreements-phase">
      <h2 className="column-title" id={headingId}>
        {t("agreements.title")} <span className="count">{agreements.length}</span>
      </h2>
      <p className="muted phase-hint">{t("agreements.phase.hint")}</p>
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
      <AddAgreementForm cases={cases} agreements={agreements} sessionId={sessionId} state={state} />
    </section>
  );
}
