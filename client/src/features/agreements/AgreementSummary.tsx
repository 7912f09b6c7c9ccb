import type { Agreement, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { settlingDecision } from "@common/domain/rules/review.js";
import { isOverdue } from "@common/domain/rules/agreements.js";
import { lastSessionSeq } from "@common/domain/rules/sinceLastSession.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useAppStore } from "../../store/context.js";
import { levelKey, localToday, settledKey, statusKey } from "./labels.js";
import { LatestUpdate } from "./LatestUpdate.js";
import { ParentLink } from "../levels/Breakdown.js";
import { ExpectedEffectLine } from "../ledger/ExpectedEffectLine.js";
import { ChangeKindChip } from "../changeKind/ChangeKindChip.js";
import { EvidenceOwnerLine } from "./EvidenceOwnerLine.js";
import "./agreements.css";

/** The facts of an agreement in one line: level, status, owners, due date, case, lineage; and the last status reported. */
export function AgreementSummary({
  item,
  state,
  hideSuccessor = false,
}: {
  item: Agreement;
  state: SeriesState;
  /** The review shows the successor beside its decision instead. */
  hideSuccessor?: boolean;
}) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const settled = settlingDecision(state, item.id);
  const owners = item.ownerIds.flatMap((id) => {
    const person = state.people[id];
    return person ? [person.name] : [];
  });
  const linked = item.caseId === null ? undefined : state.cases[item.caseId];
  const predecessor = item.predecessorId === null ? undefined : state.agreements[item.predecessorId];
  const successor = Object.values(state.agreements).find((a) => a.predecessorId === item.id);
  const overdue = isOverdue(state, item, localToday());
  return (
    <div className="agreement-summary" data-testid="agreement-summary">
      <span className="chip-row">
        {settled === null ? (
          <span className={`chip status-chip status-${item.status}`} data-testid="agreement-status">
            {t(statusKey(item.status))}
          </span>
        ) : (
          <span className="chip status-chip status-settled" data-testid="agreement-status" data-settled={settled}>
            {t(settledKey(settled))}
          </span>
        )}
        <span className="chip">{t(levelKey(item.level))}</span>
        <ChangeKindChip kind={item.changeKind} />
        {item.due !== "" && (
          <span
            className={overdue ? "chip due-chip due-overdue" : "chip due-chip"}
            data-testid="agreement-due-chip"
            data-overdue={overdue || undefined}
          >
            {t("agreements.dueOn", { date: formatDate(item.due, language) })}
          </span>
        )}
      </span>
      <span className="card-meta">
        {owners.length > 0 ? t("agreements.ownersAre", { names: owners.join(", ") }) : t("agreements.noOwners")}
      </span>
      {item.outcome !== "" && <span className="card-meta">{t("agreements.outcomeIs", { outcome: item.outcome })}</span>}
      {item.effect && <ExpectedEffectLine effect={item.effect} />}
      <EvidenceOwnerLine agreement={item} state={state} />
      <span className="card-meta" data-testid="agreement-case">
        {linked ? t("agreements.linkedCase", { title: linked.title }) : t("agreements.noCase")}
      </span>
      {predecessor && (
        <span className="card-meta lineage" data-testid="agreement-predecessor">
          {t("agreements.replaces", { text: predecessor.text })}
        </span>
      )}
      <ParentLink state={state} agreement={item} />
      {successor && !hideSuccessor && (
        <span className="card-meta lineage" data-testid="agreement-successor">
          {t("agreements.replacedBy", { text: successor.text })}
        </span>
      )}
      <LatestUpdate agreement={item} state={state} since={lastSessionSeq(state)} />
    </div>
  );
}
