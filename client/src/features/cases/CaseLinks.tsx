import { nanoid } from "nanoid";
import { useState } from "react";
import type { Case, SeriesState } from "@common/domain/types.js";
import { Side } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useReadOnly } from "../../ui/permissions.js";
import { useSync } from "../../sync/context.js";
import { collisionLabel, findCollision } from "./collisions.js";

function NewCollision({ item, state }: { item: Case; state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  const [sales, setSales] = useState("");
  const [operations, setOperations] = useState("");
  const interests = Object.values(state.interests);
  const salesSide = interests.filter((i) => i.side === Side.sales || i.side === Side.shared);
  const opsSide = interests.filter((i) => i.side === Side.operations || i.side === Side.shared);
  const ready = sales !== "" && operations !== "" && sales !== operations;

  function add(): void {
    if (!ready) return;
    const existing = findCollision(state, [sales, operations]);
    const collisionId = existing?.id ?? nanoid();
    if (!existing) sync.send({ type: "collision.add", collisionId, interestIds: [sales, operations] });
    sync.send({ type: "case.link", caseId: item.id, kind: "collision", targetId: collisionId, linked: true });
    setSales("");
    setOperations("");
  }

  return (
    <div className="new-collision" data-testid="new-collision">
      <select
        className="text-input"
        aria-label={t("cases.collisions.salesInterest")}
        value={sales}
        onChange={(e) => setSales(e.target.value)}
      >
        <option value="">{t("cases.collisions.salesInterest")}</option>
        {salesSide.map((i) => (
          <option key={i.id} value={i.id}>
            {i.label}
          </option>
        ))}
      </select>
      <span aria-hidden="true">↔</span>
      <select
        className="text-input"
        aria-label={t("cases.collisions.operationsInterest")}
        value={operations}
        onChange={(e) => setOperations(e.target.value)}
      >
        <option value="">{t("cases.collisions.operationsInterest")}</option>
        {opsSide.map((i) => (
          <option key={i.id} value={i.id}>
            {i.label}
          </option>
        ))}
      </select>
      <button type="button" className="button-secondary button-small" disabled={!ready} onClick={add}>
        {t("cases.collisions.create")}
      </button>
    </div>
  );
}

/** The collisions a case shows and the goals it affects. */
export function CaseLinks({ item, state }: { item: Case; state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  // Read-only (observer, locked board, closed session): the links show, nothing to add or take off.
  const readOnly = useReadOnly();
  const unlinked = Object.values(state.collisions).filter((c) => !item.collisionIds.includes(c.id));
  function link(kind: "collision" | "goal", targetId: string, linked: boolean): void {
    sync.send({ type: "case.link", caseId: item.id, kind, targetId, linked });
  }
  return (
    <div className="case-links">
      <section className="case-section" aria-label={t("cases.collisions.title")} data-testid="case-collisions">
        <h4 className="case-section-title">{t("cases.collisions.title")}</h4>
        <ul className="chip-list">
          {item.collisionIds.flatMap((id) => {
            const collision = state.collisions[id];
            if (!collision) return [];
            return [
              <li key={id} className="chip chip-collision" data-testid="case-collision">
                {collisionLabel(state, collision)}
                {!readOnly && (
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={t("cases.collisions.unlink")}
                    onClick={() => link("collision", id, false)}
                  >
                    ×
                  </button>
                )}
              </li>,
            ];
          })}
        </ul>
        {!readOnly && unlinked.length > 0 && (
          <select
            className="text-input"
            aria-label={t("cases.collisions.pick")}
            value=""
            onChange={(e) => e.target.value !== "" && link("collision", e.target.value, true)}
          >
            <option value="">{t("cases.collisions.pick")}</option>
            {unlinked.map((c) => (
              <option key={c.id} value={c.id}>
                {collisionLabel(state, c)}
              </option>
            ))}
          </select>
        )}
        {!readOnly && <NewCollision item={item} state={state} />}
      </section>
      <section className="case-section" aria-label={t("cases.goals.title")} data-testid="case-goals">
        <h4 className="case-section-title">{t("cases.goals.title")}</h4>
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
      </section>
    </div>
  );
}
