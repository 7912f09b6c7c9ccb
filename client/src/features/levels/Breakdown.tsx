import { childrenOf } from "@common/domain/rules/breakdown.js";
import { settlingDecision } from "@common/domain/rules/review.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { Level } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { settledKey, statusKey } from "../agreements/labels.js";
import "./levels.css";

/** The status chip of an agreement as the board shows it: its own status, or how a review settled it. */
export function StatusChip({ state, agreement }: { state: SeriesState; agreement: Agreement }) {
  const t = useT();
  const settled = settlingDecision(state, agreement.id);
  return (
    <span className={`chip status-chip status-${settled === null ? agreement.status : "settled"}`}>
      {t(settled === null ? statusKey(agreement.status) : settledKey(settled))}
    </span>
  );
}

/** The strategic agreement an executive one breaks down; nothing when it has none the viewer may see. */
export function ParentLink({ state, agreement }: { state: SeriesState; agreement: Agreement }) {
  const t = useT();
  const parent = agreement.parentId ? state.agreements[agreement.parentId] : undefined;
  if (!parent) return null;
  return (
    <span className="card-meta breakdown-parent" data-testid="agreement-parent" data-parent-id={parent.id}>
      {t("breakdown.parent.link", { text: parent.text })}
    </span>
  );
}

/** The executive agreements a strategic one is broken down into, each with its status. */
export function ChildrenList({ state, agreement }: { state: SeriesState; agreement: Agreement }) {
  const t = useT();
  if (agreement.level !== Level.strategic) return null;
  const children = childrenOf(state, agreement.id);
  if (children.length === 0) return null;
  return (
    <div className="breakdown-children" data-testid="agreement-children">
      <span className="breakdown-title">
        {t("breakdown.children.title")} · {t("breakdown.children.count", { count: children.length })}
      </span>
      <ul className="breakdown-list">
        {children.map((child) => (
          <li key={child.id} className="breakdown-child" data-testid="agreement-child" data-child-id={child.id}>
            <span className="breakdown-child-text">{child.text}</span>
            <StatusChip state={state} agreement={child} />
          </li>
        ))}
      </ul>
    </div>
  );
}
