import type { Case, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import type { PendingItems } from "../../store/selectors.js";
import { AddCaseForm } from "./AddCaseForm.js";
import { CaseCard } from "./CaseCard.js";
import { useSessionCases } from "./useCases.js";
import { myGroup } from "../breakout/breakout.js";
import { byVoteRanking } from "../voting/order.js";
import "./cases.css";

function CaseCards({
  cases,
  state,
  me,
  unconfirmed,
  initiallyOpen = false,
}: {
  cases: readonly Case[];
  state: SeriesState;
  me: string | null;
  unconfirmed: PendingItems;
  initiallyOpen?: boolean;
}) {
  return (
    <div className="card-list">
      {cases.map((item) => (
        <CaseCard
          key={item.id}
          item={item}
          state={state}
          me={me}
          unconfirmed={unconfirmed.added.has(item.id)}
          saving={unconfirmed.changed.has(item.id)}
          initiallyOpen={initiallyOpen}
        />
      ))}
    </div>
  );
}

/** The Cases phase of a session: its cases, each with its detail, and the form to add one. */
export function CasesPhase({ sessionId }: { sessionId: string }) {
  const t = useT();
  const state = useAppStore((s) => s.document.view);
  const { cases: added, unconfirmed, me } = useSessionCases(state, sessionId);
  if (!state) return null;
  // After a revealed vote, the most dots lead.
  const cases = byVoteRanking(state, added);
  // A breakout group sees its own case, open, and the others folded away.
  const groupCaseId = myGroup(state, me)?.group.caseId ?? null;
  const own = cases.filter((c) => c.id === groupCaseId);
  const others = own.length === 0 ? cases : cases.filter((c) => c.id !== groupCaseId);
  const headingId = `cases-heading-${sessionId}`;
  return (
    <section className="phase phase-cases" aria-labelledby={headingId} data-testid="cases-phase">
      <h2 className="column-title" id={headingId}>
        {t("cases.title")} <span className="count">{cases.length}</span>
      </h2>
      <p className="muted phase-hint">{t("cases.phase.hint")}</p>
      {cases.length === 0 ? (
        <p className="empty-state" data-testid="cases-empty">
          {t("cases.empty")}
        </p>
      ) : own.length === 0 ? (
        <CaseCards cases={cases} state={state} me={me} unconfirmed={unconfirmed} />
      ) : (
        <>
          <CaseCards cases={own} state={state} me={me} unconfirmed={unconfirmed} initiallyOpen />
          {others.length > 0 && (
            <details className="other-cases" data-testid="cases-others">
              <summary data-testid="cases-others-toggle">{t("breakout.otherCases", { count: others.length })}</summary>
              <CaseCards cases={others} state={state} me={me} unconfirmed={unconfirmed} />
            </details>
          )}
        </>
      )}
      <AddCaseForm state={state} sessionId={sessionId} me={me} />
    </section>
  );
}
