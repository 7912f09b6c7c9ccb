import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { AddCaseForm } from "./AddCaseForm.js";
import { CaseSummary } from "./CaseSummary.js";
import { useSessionCases } from "./useCases.js";
import "./cases.css";

/** The inbox of a session before it starts: submit a case, see what the others submitted. */
export function CaseInbox({ sessionId }: { sessionId: string }) {
  const t = useT();
  const state = useAppStore((s) => s.document.view);
  const { cases, unconfirmed, me } = useSessionCases(state, sessionId);
  if (!state) return null;
  return (
    <section className="case-inbox" aria-label={t("cases.inbox.title")} data-testid="case-inbox">
      <h3 className="column-title">
        {t("cases.inbox.title")} <span className="count">{cases.length}</span>
      </h3>
      {cases.length === 0 ? (
        <p className="empty-state">{t("cases.inbox.empty")}</p>
      ) : (
        <ul className="inbox-list">
          {cases.map((item) => (
            <li
              key={item.id}
              className="inbox-item"
              data-testid="inbox-case"
              data-pending={unconfirmed.added.has(item.id) ? "true" : undefined}
            >
              <strong>{item.title}</strong>
              {item.description !== "" && <p className="muted small">{item.description}</p>}
              <CaseSummary item={item} state={state} />
            </li>
          ))}
        </ul>
      )}
      <AddCaseForm state={state} sessionId={sessionId} me={me} />
    </section>
  );
}
