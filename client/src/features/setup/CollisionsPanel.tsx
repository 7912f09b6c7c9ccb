import { useState } from "react";
import { nanoid } from "nanoid";
import type { SeriesState } from "@common/domain/types.js";
import { Side } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { ConfirmDelete } from "../../ui/ConfirmDelete.js";
import { SIDES, sideKey } from "./labels.js";

/** Whether picked interests can collide: at least two, from opposite sides (shared ones may join). */
export function canCollide(state: SeriesState, interestIds: readonly string[]): boolean {
  const sides = new Set(interestIds.map((id) => state.interests[id]?.side));
  return interestIds.length >= 2 && sides.has(Side.sales) && sides.has(Side.operations);
}

/** The collisions of the series, and a picker to record a new one. */
export function CollisionsPanel({ state }: { state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  const [picked, setPicked] = useState<string[]>([]);
  const collisions = Object.values(state.collisions).sort((a, b) => a.createdSeq - b.createdSeq);
  const label = (id: string) => state.interests[id]?.label ?? t("setup.collisions.goneInterest");

  function toggle(id: string, on: boolean): void {
    setPicked((p) => (on ? [...p, id].slice(0, LIMITS.interestsPerCollision) : p.filter((x) => x !== id)));
  }

  function add(): void {
    sync.send({ type: "collision.add", collisionId: nanoid(), interestIds: picked });
    setPicked([]);
  }

  const interests = Object.values(state.interests);
  return (
    <section className="panel" data-testid="collisions-panel" aria-labelledby="collisions-title">
      <h2 id="collisions-title">{t("setup.collisions.title")}</h2>
      <p className="muted">{t("setup.collisions.intro")}</p>
      {collisions.length === 0 ? (
        <p className="empty-state" data-testid="collisions-empty">
          {t("setup.collisions.empty")}
        </p>
      ) : (
        <ul className="plain-list">
          {collisions.map((c) => (
            <li key={c.id} className="list-row collision-row" data-testid="collision-row">
              <span>{c.interestIds.map(label).join(" ⚡ ")}</span>
              <ConfirmDelete
                label={t("setup.collisions.remove")}
                question={t("setup.collisions.remove.confirm")}
                onConfirm={() => sync.send({ type: "collision.remove", collisionId: c.id })}
              />
            </li>
          ))}
        </ul>
      )}
      {interests.length > 0 && (
        <fieldset className="collision-picker">
          <legend>{t("setup.collisions.pick")}</legend>
          <div className="side-columns">
            {SIDES.map((side) => (
              <div key={side} className={`side-column side-column-${side}`}>
                <h3>{t(sideKey(side))}</h3>
                {interests
                  .filter((i) => i.side === side)
                  .map((i) => (
                    <label key={i.id} className="check-row">
                      <input
                        type="checkbox"
                        checked={picked.includes(i.id)}
                        data-testid="collision-pick"
                        onChange={(e) => toggle(i.id, e.target.checked)}
                      />
                      {i.label}
                    </label>
                  ))}
              </div>
            ))}
          </div>
          <div className="form-actions">
            {picked.length > 0 && !canCollide(state, picked) && (
              <span className="muted">{t("setup.collisions.needBothSides")}</span>
            )}
            <button
              type="button"
              className="button-primary"
              data-testid="collision-add"
              disabled={!canCollide(state, picked)}
              onClick={add}
            >
              {t("setup.collisions.add")}
            </button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
