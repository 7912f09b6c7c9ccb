import { useState } from "react";
import { EntityKind, fieldKey, type Case, type SeriesState } from "@common/domain/types.js";
import { canRemove } from "@common/domain/authorize.js";
import { ItemKind } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { RemoveButton } from "../../ui/RemoveButton.js";
import { EditableField } from "../../ui/EditableField.js";
import { FocusMarker } from "../presence/FocusMarker.js";
import { useFocusReporting } from "../presence/useFocusReporting.js";
import { cardClass } from "../room/cardClass.js";
import { useFollow } from "../room/follow.js";
import { InternalBadge, InternalToggle } from "../room/InternalToggle.js";
import { inSpotlight, SpotlightButton } from "../room/SpotlightButton.js";
import { VoteDots } from "../voting/VoteDots.js";
import { CaseDetail } from "./CaseDetail.js";
import { CaseSummary } from "./CaseSummary.js";

export interface CaseCardProps {
  item: Case;
  state: SeriesState;
  me: string | null;
  /** Added here and not yet stored by the server. */
  unconfirmed: boolean;
  /** Has changes the server has not yet confirmed. */
  saving: boolean;
  /** Shown open at first. */
  initiallyOpen?: boolean;
}

/** One case: compact, with its detail a click away. */
export function CaseCard({ item, state, me, unconfirmed, saving, initiallyOpen = false }: CaseCardProps) {
  const t = useT();
  const sync = useSync();
  const focus = useFocusReporting(item.id);
  const [open, setOpen] = useState(initiallyOpen);
  const { following, paused } = useFollow();
  const spotlit = inSpotlight(state, item.id);
  // When the facilitator puts this case in the spotlight, everyone who follows sees it opened
  // (adjusted while rendering, React's pattern for state that follows a changing value).
  const [seenSpotlit, setSeenSpotlit] = useState(spotlit);
  if (spotlit !== seenSpotlit) {
    setSeenSpotlit(spotlit);
    if (spotlit && following && !paused) setOpen(true);
  }
  const author = state.people[item.createdBy]?.name ?? t("presence.unknown");
  const detailId = `case-detail-${item.id}`;
  return (
    <article
      className={cardClass("case-card", unconfirmed, spotlit)}
      data-testid="case-card"
      data-case-id={item.id}
      data-item-id={item.id}
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
          onCommit={(title) => sync.send({ type: "case.update", caseId: item.id, changes: { title } })}
        />
        <FocusMarker itemId={item.id} />
      </div>
      <div className="card-room">
        <InternalBadge state={state} internalTo={item.internalTo} />
        <SpotlightButton state={state} kind="case" itemId={item.id} />
        <VoteDots state={state} me={me} itemId={item.id} />
        <InternalToggle state={state} me={me} kind="case" itemId={item.id} internalTo={item.internalTo} />
      </div>
      <CaseSummary item={item} state={state} />
      <button
        type="button"
        className="button-quiet button-small expand"
        aria-expanded={open}
        aria-controls={detailId}
        data-testid="case-expand"
        onClick={() => setOpen(!open)}
      >
        {open ? t("meeting.collapse") : t("cases.expand")}
      </button>
      {open && (
        <div id={detailId}>
          <CaseDetail item={item} state={state} me={me} />
        </div>
      )}
      <footer className="card-footer">
        <span className="card-meta">
          {t("cases.createdBy", { name: author })}
          {saving && <span className="saving"> · {t("item.saving")}</span>}
        </span>
        {me !== null && canRemove(state, me, ItemKind.case, item.id) && (
          <RemoveButton
            label={t("cases.delete")}
            onRemove={() => sync.send({ type: "case.remove", caseId: item.id })}
          />
        )}
      </footer>
    </article>
  );
}
