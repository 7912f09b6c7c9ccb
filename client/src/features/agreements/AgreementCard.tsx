import { EntityKind, fieldKey, type Agreement, type SeriesState } from "../../../../common/domain/types.js";
import { LIMITS } from "../../../../common/limits.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { ConfirmDelete } from "../../ui/ConfirmDelete.js";
import { EditableField } from "../../ui/EditableField.js";
import { FocusMarker } from "../presence/FocusMarker.js";
import { useFocusReporting } from "../presence/useFocusReporting.js";

export interface AgreementCardProps {
  item: Agreement;
  state: SeriesState;
  me: string | null;
  unconfirmed: boolean;
  saving: boolean;
}

/** One agreement, edited in place, with the case it answers. */
export function AgreementCard({ item, state, me, unconfirmed, saving }: AgreementCardProps) {
  const t = useT();
  const sync = useSync();
  const focus = useFocusReporting(item.id);
  const linked = item.caseId === null ? undefined : state.cases[item.caseId];
  return (
    <article
      className={unconfirmed ? "card card-pending" : "card"}
      data-testid="agreement-card"
      data-agreement-id={item.id}
      data-pending={unconfirmed ? "true" : undefined}
      {...focus}
    >
      <div className="card-top">
        <EditableField
          className="card-body card-agreement-text"
          value={item.text}
          label={t("agreements.field.text")}
          multiline
          required
          maxLength={LIMITS.agreementText}
          lastEditorName={otherEditorName(state, fieldKey(EntityKind.agreement, item.id, "text"), me)}
          onCommit={(value) => sync.send({ type: "agreement.update", agreementId: item.id, field: "text", value })}
        />
        <FocusMarker itemId={item.id} />
      </div>
      <footer className="card-footer">
        <span className="card-meta" data-testid="agreement-case">
          {linked ? t("agreements.linkedCase", { title: linked.title }) : t("agreements.noCase")}
          {saving && <span className="saving"> · {t("item.saving")}</span>}
        </span>
        <ConfirmDelete
          label={t("agreements.delete")}
          question={t("agreements.delete.confirm")}
          onConfirm={() => sync.send({ type: "agreement.remove", agreementId: item.id })}
        />
      </footer>
    </article>
  );
}
