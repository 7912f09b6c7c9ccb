import { EntityKind, fieldKey, type Case, type SeriesState } from "../../../../common/domain/types.js";
import { LIMITS } from "../../../../common/limits.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { ConfirmDelete } from "../../ui/ConfirmDelete.js";
import { EditableField } from "../../ui/EditableField.js";
import { FocusMarker } from "../presence/FocusMarker.js";
import { useFocusReporting } from "../presence/useFocusReporting.js";

export interface CaseCardProps {
  item: Case;
  state: SeriesState;
  me: string | null;
  /** Added here and not yet stored by the server. */
  unconfirmed: boolean;
  /** Has changes the server has not yet confirmed. */
  saving: boolean;
}

/** One case, edited in place. */
export function CaseCard({ item, state, me, unconfirmed, saving }: CaseCardProps) {
  const t = useT();
  const sync = useSync();
  const focus = useFocusReporting(item.id);
  const author = state.people[item.createdBy]?.name ?? t("presence.unknown");
  return (
    <article
      className={unconfirmed ? "card card-pending" : "card"}
      data-testid="case-card"
      data-case-id={item.id}
      data-pending={unconfirmed ? "true" : undefined}
      {...focus}
    >
      <div className="card-top">
        <EditableField
          className="card-title"
          value={item.title}
          label={t("cases.field.title")}
          required
          maxLength={LIMITS.caseTitle}
          lastEditorName={otherEditorName(state, fieldKey(EntityKind.case, item.id, "title"), me)}
          onCommit={(value) => sync.send({ type: "case.update", caseId: item.id, field: "title", value })}
        />
        <FocusMarker itemId={item.id} />
      </div>
      <EditableField
        className="card-body"
        value={item.description}
        label={t("cases.field.description")}
        placeholder={t("cases.field.description.placeholder")}
        multiline
        maxLength={LIMITS.caseDescription}
        lastEditorName={otherEditorName(state, fieldKey(EntityKind.case, item.id, "description"), me)}
        onCommit={(value) => sync.send({ type: "case.update", caseId: item.id, field: "description", value })}
      />
      <footer className="card-footer">
        <span className="card-meta">
          {t("cases.createdBy", { name: author })}
          {saving && <span className="saving"> · {t("item.saving")}</span>}
        </span>
        <ConfirmDelete
          label={t("cases.delete")}
          question={t("cases.delete.confirm")}
          onConfirm={() => sync.send({ type: "case.remove", caseId: item.id })}
        />
      </footer>
    </article>
  );
}
