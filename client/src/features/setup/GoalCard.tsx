import { EntityKind, fieldKey, type Goal, type SeriesState } from "@common/domain/types.js";
import { canRemove } from "@common/domain/authorize.js";
import { Better, ItemKind } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { ConfirmDelete } from "../../ui/ConfirmDelete.js";
import { EditableField } from "../../ui/EditableField.js";
import { EditScope } from "../../ui/permissions.js";
import { InternalBadge, InternalToggle } from "../room/InternalToggle.js";
import { inSpotlight, SpotlightButton } from "../room/SpotlightButton.js";
import { GoalFlags } from "./GoalFlags.js";
import { GoalKpiStatus } from "./GoalKpiStatus.js";
import { OrgSelect } from "./PersonSelects.js";
import { parseAmount } from "../../ui/amount.js";
import { ChangeKindChoice } from "../changeKind/ChangeKindChoice.js";

type TextField = "title" | "why" | "kpiName" | "kpiUnit" | "salesMeaning" | "operationsMeaning";

function formatAmount(value: number | null): string {
  return value === null ? "" : String(value).replace(".", ",");
}

/** One strategy goal, every field edited in place. */
export function GoalCard({ state, goal, me }: { state: SeriesState; goal: Goal; me: string }) {
  const t = useT();
  const sync = useSync();
  const language = useAppStore((s) => s.ui.language);
  const editor = (field: string) => otherEditorName(state, fieldKey(EntityKind.goal, goal.id, field), me);

  function text(field: TextField, label: MessageKey, options: { multiline?: boolean; max: number }) {
    return (
      <div className={`goal-field goal-field-${field}`}>
        <span className="form-label">{t(label)}</span>
        <EditableField
          value={goal[field]}
          label={t(label)}
          multiline={options.multiline}
          required={field === "title"}
          maxLength={options.max}
          testId={`goal-${field}`}
          placeholder={t("setup.goals.field.empty")}
          lastEditorName={editor(field)}
          onCommit={(value) => sync.send({ type: "goal.update", goalId: goal.id, changes: { [field]: value } })}
        />
      </div>
    );
  }

  function amount(field: "baseline" | "target", label: MessageKey) {
    return (
      <div className="goal-field">
        <span className="form-label">{t(label)}</span>
        <EditableField
          value={formatAmount(goal[field])}
          label={t(label)}
          maxLength={24}
          testId={`goal-${field}`}
          placeholder={t("setup.goals.field.noValue")}
          lastEditorName={editor(field)}
          onCommit={(value) => {
            // Something that is not a number leaves the stored value as it was.
            const amount = parseAmount(value, language);
            if (amount !== undefined) sync.send({ type: "goal.update", goalId: goal.id, changes: { [field]: amount } });
          }}
        />
      </div>
    );
  }

  return (
    <article
      className={inSpotlight(state, goal.id) ? "card goal-card card-spotlight" : "card goal-card"}
      data-testid="goal-card"
      data-goal-id={goal.id}
      data-item-id={goal.id}
    >
      <header className="goal-card-head">
        <GoalFlags goal={goal} />
        <InternalBadge state={state} internalTo={goal.internalTo} />
        <SpotlightButton state={state} kind="goal" itemId={goal.id} />
        <InternalToggle state={state} me={me} kind="goal" itemId={goal.id} internalTo={goal.internalTo} />
        {canRemove(state, me, ItemKind.goal, goal.id) && (
          <ConfirmDelete
            label={t("setup.goals.remove")}
            question={t("setup.goals.remove.confirm")}
            onConfirm={() => sync.send({ type: "goal.remove", goalId: goal.id })}
          />
        )}
      </header>
      <EditScope>
        {text("title", "setup.goals.field.title", { max: LIMITS.goalTitle })}
        {text("why", "setup.goals.field.why", { multiline: true, max: LIMITS.goalText })}
        <div className="goal-kpi">
          {text("kpiName", "setup.goals.field.kpiName", { max: LIMITS.kpiName })}
          {text("kpiUnit", "setup.goals.field.kpiUnit", { max: LIMITS.kpiUnit })}
          {amount("baseline", "setup.goals.field.baseline")}
          {amount("target", "setup.goals.field.target")}
          <div className="goal-field">
            <label className="form-label" htmlFor={`${goal.id}-better`}>
              {t("setup.goals.field.better")}
            </label>
            <select
              id={`${goal.id}-better`}
              className="text-input"
              value={goal.better}
              onChange={(e) =>
                sync.send({
                  type: "goal.update",
                  goalId: goal.id,
                  changes: { better: e.target.value === Better.lower ? Better.lower : Better.higher },
                })
              }
            >
              <option value={Better.higher}>{t("setup.goals.better.higher")}</option>
              <option value={Better.lower}>{t("setup.goals.better.lower")}</option>
            </select>
          </div>
          <div className="goal-field">
            <label className="form-label" htmlFor={`${goal.id}-horizon`}>
              {t("setup.goals.field.horizon")}
            </label>
            <input
              id={`${goal.id}-horizon`}
              className="text-input"
              type="date"
              value={goal.horizon}
              onChange={(e) =>
                sync.send({ type: "goal.update", goalId: goal.id, changes: { horizon: e.target.value } })
              }
            />
          </div>
          <OrgSelect
            orgs={state.orgs}
            value={goal.orgId}
            label={t("setup.goals.field.org")}
            onChange={(orgId) => sync.send({ type: "goal.update", goalId: goal.id, changes: { orgId } })}
          />
        </div>
        <GoalKpiStatus state={state} goal={goal} />
        <ChangeKindChoice
          value={goal.changeKind ?? null}
          onChange={(changeKind) => sync.send({ type: "goal.update", goalId: goal.id, changes: { changeKind } })}
        />
        <div className="goal-breakdown">
          {text("salesMeaning", "setup.goals.field.salesMeaning", { multiline: true, max: LIMITS.goalText })}
          {text("operationsMeaning", "setup.goals.field.operationsMeaning", { multiline: true, max: LIMITS.goalText })}
        </div>
      </EditScope>
    </article>
  );
}
