import { useId, useState, type FormEvent } from "react";
import { nanoid } from "nanoid";
import { EntityKind, fieldKey, type Interest, type SeriesState } from "@common/domain/types.js";
import type { Side } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { ConfirmDelete } from "../../ui/ConfirmDelete.js";
import { EditableField } from "../../ui/EditableField.js";
import { CollisionsPanel } from "./CollisionsPanel.js";
import { SIDES, sideKey } from "./labels.js";
import { StarterCatalogOffer } from "./StarterCatalogOffer.js";
import "./setup.css";

/** The interests of one side, in the order they were added. */
export function interestsOfSide(state: SeriesState, side: Side): Interest[] {
  return Object.values(state.interests)
    .filter((i) => i.side === side)
    .sort((a, b) => a.createdSeq - b.createdSeq || a.id.localeCompare(b.id));
}

function AddInterestForm({ side }: { side: Side }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const [label, setLabel] = useState("");
  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const trimmed = label.trim();
    if (trimmed === "") return;
    sync.send({ type: "interest.add", interestId: nanoid(), side, label: trimmed });
    setLabel("");
  }
  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={t("setup.interests.add")}>
      <label className="visually-hidden" htmlFor={id}>
        {t("setup.interests.field.label")}
      </label>
      <input
        id={id}
        className="text-input"
        value={label}
        maxLength={LIMITS.interestLabel}
        placeholder={t("setup.interests.add.placeholder")}
        data-testid={`interest-add-${side}`}
        onChange={(e) => setLabel(e.target.value)}
      />
      <button type="submit" className="button-secondary" disabled={label.trim() === ""}>
        {t("setup.interests.add")}
      </button>
    </form>
  );
}

/** The interest catalog by side, the starter offer of a new series, and the collisions. */
export function InterestsView({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const sync = useSync();
  return (
    <div className="setup-view" data-testid="interests-view">
      {state.starterCatalog === "offered" && <StarterCatalogOffer />}
      <section className="panel">
        <h2>{t("setup.interests.title")}</h2>
        <p className="muted">{t("setup.interests.intro")}</p>
        <div className="side-columns">
          {SIDES.map((side) => (
            <div key={side} className={`side-column side-column-${side}`} data-testid={`interests-${side}`}>
              <h3>{t(sideKey(side))}</h3>
              <ul className="plain-list">
                {interestsOfSide(state, side).map((interest) => (
                  <li key={interest.id} className="list-row" data-testid="interest-row">
                    <EditableField
                      value={interest.label}
                      label={t("setup.interests.field.label")}
                      required
                      maxLength={LIMITS.interestLabel}
                      lastEditorName={otherEditorName(state, fieldKey(EntityKind.interest, interest.id, "label"), me)}
                      onCommit={(label) =>
                        sync.send({ type: "interest.update", interestId: interest.id, changes: { label } })
                      }
                    />
                    <ConfirmDelete
                      label={t("setup.interests.remove")}
                      question={t("setup.interests.remove.confirm")}
                      onConfirm={() => sync.send({ type: "interest.remove", interestId: interest.id })}
                    />
                  </li>
                ))}
              </ul>
              <AddInterestForm side={side} />
            </div>
          ))}
        </div>
      </section>
      <CollisionsPanel state={state} />
    </div>
  );
}
