import { canChangeOwner } from "@common/domain/authorize.js";
import type { ClientCommand } from "@common/domain/commands.js";
import { sideOfPerson } from "@common/domain/rules/people.js";
import { EntityKind, fieldKey, type Agreement, type SeriesState } from "@common/domain/types.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { EditableField } from "../../ui/EditableField.js";
import { collisionLabel } from "../cases/collisions.js";
import { DateField } from "../cases/inputs.js";
import { meetingSideKey } from "../cases/labels.js";
import { ChoiceGroup } from "../review/ChoiceGroup.js";
import { LEVELS, levelKey } from "./labels.js";
import { StatusTimeline } from "./StatusTimeline.js";
import { MarginEffectEditor } from "../ledger/MarginEffectEditor.js";
import { ChangeKindChoice } from "../changeKind/ChangeKindChoice.js";
import { ParentSelect } from "../levels/ParentSelect.js";
import { Level } from "@common/domain/vocabulary.js";

type AgreementChanges = Extract<ClientCommand, { type: "agreement.update" }>["changes"];

/** Every field of an agreement: level, due date, outcome, owners, goals, collision, status. */
export function AgreementDetail({ item, state, me }: { item: Agreement; state: SeriesState; me: string | null }) {
  const t = useT();
  const sync = useSync();
  const update = (changes: AgreementChanges) => sync.send({ type: "agreement.update", agreementId: item.id, changes });
  const link = (kind: "owner" | "goal", targetId: string, linked: boolean) =>
    sync.send({ type: "agreement.link", agreementId: item.id, kind, targetId, linked });
  const people = Object.values(state.people).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="agreement-detail" data-testid="agreement-detail">
      <div className="case-facts">
        <ChoiceGroup
          label={t("agreements.field.level")}
          options={LEVELS}
          value={item.level}
          keyOf={levelKey}
          onChange={(level) => level && update({ level })}
        />
        <DateField
          label={t("agreements.field.due")}
          value={item.due}
          onCommit={(due) => update({ due })}
          testId="agreement-due"
        />
      </div>
      <ChangeKindChoice value={item.changeKind ?? null} onChange={(changeKind) => update({ changeKind })} />
      <span className="field field-wide">
        <span className="form-label">{t("agreements.field.outcome")}</span>
        <EditableField
          value={item.outcome}
          label={t("agreements.field.outcome")}
          placeholder={t("agreements.field.outcome.placeholder")}
          maxLength={LIMITS.outcome}
          testId="agreement-outcome"
          lastEditorName={otherEditorName(state, fieldKey(EntityKind.agreement, item.id, "outcome"), me)}
          onCommit={(outcome) => update({ outcome })}
        />
      </span>
      {item.level === Level.operational && (
        <ParentSelect
          state={state}
          agreementId={item.id}
          value={item.parentId ?? null}
          onChange={(parentId) => update({ parentId })}
        />
      )}
      <MarginEffectEditor effect={item.effect ?? null} onCommit={(effect) => update({ effect })} />
      <div className="agreement-links">
        <fieldset className="check-list" data-testid="agreement-owners">
          <legend className="case-section-title">{t("agreements.field.owners")}</legend>
          {people.map((person) => {
            const side = sideOfPerson(person);
            const owner = item.ownerIds.includes(person.id);
            // Offered only where the server would accept it: the agreement's organisation, a facilitator, an owner stepping down.
            const changeable = me !== null && canChangeOwner(state, me, item.id, person.id, !owner);
            return (
              <label key={person.id} className="check">
                <input
                  type="checkbox"
                  checked={owner}
                  disabled={!changeable}
                  onChange={(e) => link("owner", person.id, e.target.checked)}
                />
                {person.name}
                {side && <span className={`side-badge side-${side}`}>{t(meetingSideKey(side))}</span>}
              </label>
            );
          })}
        </fieldset>
        <fieldset className="check-list" data-testid="agreement-goals">
          <legend className="case-section-title">{t("agreements.field.goals")}</legend>
          {Object.values(state.goals).length === 0 && <p className="muted small">{t("meeting.noGoals")}</p>}
          {Object.values(state.goals).map((goal) => (
            <label key={goal.id} className="check">
              <input
                type="checkbox"
                checked={item.goalIds.includes(goal.id)}
                onChange={(e) => link("goal", goal.id, e.target.checked)}
              />
              {goal.title}
            </label>
          ))}
        </fieldset>
      </div>
      <label className="field field-wide">
        <span className="form-label">{t("agreements.field.collision")}</span>
        <select
          className="text-input"
          value={item.collisionId ?? ""}
          onChange={(e) => update({ collisionId: e.target.value === "" ? null : e.target.value })}
        >
          <option value="">{t("meeting.none")}</option>
          {Object.values(state.collisions).map((c) => (
            <option key={c.id} value={c.id}>
              {collisionLabel(state, c)}
            </option>
          ))}
        </select>
      </label>
      <StatusTimeline key={item.status} agreement={item} state={state} />
    </div>
  );
}
