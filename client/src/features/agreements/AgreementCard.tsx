import { useState, type ReactNode } from "react";
import { EntityKind, fieldKey, type Agreement, type SeriesState } from "@common/domain/types.js";
import { canRemove } from "@common/domain/authorize.js";
import { isOverdue } from "@common/domain/rules/agreements.js";
import { agreementNews, lastSessionSeq } from "@common/domain/rules/sinceLastSession.js";
import { ItemKind } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { RemoveButton } from "../../ui/RemoveButton.js";
import { EditableField } from "../../ui/EditableField.js";
import { EditScope } from "../../ui/permissions.js";
import { FocusMarker } from "../presence/FocusMarker.js";
import { useFocusReporting } from "../presence/useFocusReporting.js";
import { cardClass } from "../room/cardClass.js";
import { InternalBadge, InternalToggle } from "../room/InternalToggle.js";
import { inSpotlight, SpotlightButton } from "../room/SpotlightButton.js";
import { VoteDots } from "../voting/VoteDots.js";
import { AgreementDetail } from "./AgreementDetail.js";
import { AgreementFlags } from "./AgreementFlags.js";
import { AgreementSummary } from "./AgreementSummary.js";
import { localToday } from "./labels.js";
import { NewBadge } from "./NewBadge.js";
import { ChildrenList } from "../levels/Breakdown.js";
import { BreakDownForm } from "../levels/BreakDownForm.js";

export interface AgreementCardProps {
  item: Agreement;
  state: SeriesState;
  me: string | null;
  unconfirmed: boolean;
  saving: boolean;
  /** More to show when the card is open, such as its history. */
  extra?: ReactNode;
}

/** One agreement: text, flags and facts at a glance, every field when opened. */
export function AgreementCard({ item, state, me, unconfirmed, saving, extra }: AgreementCardProps) {
  const t = useT();
  const sync = useSync();
  const focus = useFocusReporting(item.id);
  const [open, setOpen] = useState(false);
  const detailId = `agreement-detail-${item.id}`;
  const since = lastSessionSeq(state);
  const news = agreementNews(state, item, me, since);
  const overdue = isOverdue(state, item, localToday());
  return (
    <article
      className={`${cardClass("agreement-card", unconfirmed, inSpotlight(state, item.id))}${overdue ? " agreement-overdue" : ""}`}
      data-testid="agreement-card"
      data-agreement-id={item.id}
      data-item-id={item.id}
      data-pending={unconfirmed ? "true" : undefined}
      data-overdue={overdue || undefined}
      data-new={news.length > 0 || undefined}
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
          onCommit={(text) => sync.send({ type: "agreement.update", agreementId: item.id, changes: { text } })}
        />
        <NewBadge news={news} />
        <FocusMarker itemId={item.id} />
      </div>
      <div className="card-room">
        <InternalBadge state={state} internalTo={item.internalTo} />
        <SpotlightButton state={state} kind="agreement" itemId={item.id} />
        <VoteDots state={state} me={me} itemId={item.id} />
        <InternalToggle state={state} me={me} kind="agreement" itemId={item.id} internalTo={item.internalTo} />
      </div>
      <AgreementSummary item={item} state={state} />
      <ChildrenList state={state} agreement={item} />
      <AgreementFlags agreement={item} state={state} />
      <BreakDownForm state={state} parent={item} />
      <button
        type="button"
        className="button-quiet button-small expand"
        aria-expanded={open}
        aria-controls={detailId}
        data-testid="agreement-expand"
        onClick={() => setOpen(!open)}
      >
        {open ? t("meeting.collapse") : t("agreements.expand")}
      </button>
      {open && (
        <div id={detailId}>
          <EditScope>
            <AgreementDetail item={item} state={state} me={me} />
          </EditScope>
          {extra}
        </div>
      )}
      <footer className="card-footer">
        <span className="card-meta">{saving && <span className="saving">{t("item.saving")}</span>}</span>
        {me !== null && canRemove(state, me, ItemKind.agreement, item.id) && (
          <RemoveButton
            label={t("agreements.delete")}
            onRemove={() => sync.send({ type: "agreement.remove", agreementId: item.id })}
          />
        )}
      </footer>
    </article>
  );
}
