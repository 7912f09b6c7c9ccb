import { evidenceOwner } from "@common/domain/rules/evidence.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";

/** "Zahlen bringt: Name (Vertriebssteuerung)" where the agreement needs a number and its organisation has Sales Ops. */
export function EvidenceOwnerLine({ agreement, state }: { agreement: Agreement; state: SeriesState }) {
  const t = useT();
  const owner = evidenceOwner(state, agreement);
  if (owner === null) return null;
  return (
    <span className="card-meta evidence-owner" data-testid="evidence-owner" data-person-id={owner.personId}>
      {t("agreements.evidenceOwner", { name: owner.name })}
    </span>
  );
}
