import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { AddCaseForm } from "./AddCaseForm.js";
import { CaseCard } from "./CaseCard.js";
import { useSessionCases } from "./useCases.js";
import { myGroup } from "../breakout/breakout.js";
import { byVoteRanking, withFirst } from "../voting/order.js";

/** The Cases phase of a session: its cases, each with its detail, and the form to add one. */
export function CasesPhase({ sessionId }: { sessionId: string }) {
  const t = useT();
  const state = useAppStore((s) => s.document.view);
  const { cases: added, unconfirmed, me } = useSessionCases(state, sessionId);
  if (!state) return null;
  // A breakout group sees its own case first; after a revealed vote, the most dots lead.
  const cases = withFirst(byVoteRanking(state, added), myGroup(state, me)?.group.caseId ?? null);
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
      <AddCaseForm state={state} sessionId={sessionId} me={me} />
    </section>
  );
}
