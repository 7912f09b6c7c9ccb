import { useId, useState, type FormEvent } from "react";
import { nanoid } from "nanoid";
import type { Goal, SeriesState } from "@common/domain/types.js";
import { goalIsBrokenDown } from "@common/domain/rules/goals.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useReadOnly } from "../../ui/permissions.js";
import { useSync } from "../../sync/context.js";
import { GoalCard } from "./GoalCard.js";
import { orgsInOrder } from "./PersonSelects.js";
import "./setup.css";

function AddGoalForm({ orgId }: { orgId: string | null }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const [title, setTitle] = useState("");
  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === "") return;
    sync.send({ type: "goal.add", goalId: nanoid(), values: { title: trimmed, orgId } });
    setTitle("");
  }
  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={t("setup.goals.add")}>
      <label className="visually-hidden" htmlFor={id}>
        {t("setup.goals.field.title")}
      </label>
      <input
        id={id}
        className="text-input"
        value={title}
        maxLength={LIMITS.goalTitle}
        placeholder={t("setup.goals.add.placeholder")}
        data-testid="goal-add-title"
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" className="button-primary" disabled={title.trim() === ""}>
        {t("setup.goals.add")}
      </button>
    </form>
  );
}

function byCreation(a: Goal, b: Goal): number {
  return a.createdSeq - b.createdSeq || a.id.localeCompare(b.id);
}

/** Strategy goals, grouped by the organisation that owns them. */
export function GoalsView({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const readOnly = useReadOnly();
  const goals = Object.values(state.goals).sort(byCreation);
  const groups = [
    ...orgsInOrder(state.orgs).map((org) => ({ orgId: org.id, title: org.name })),
    { orgId: null, title: t("setup.goals.noOrg") },
  ];
  const unflagged = goals.filter(goalIsBrokenDown).length;
  return (
    <div className="setup-view" data-testid="goals-view">
      <section className="panel">
        <h2>{t("setup.goals.title")}</h2>
        <p className="muted">{t("setup.goals.intro")}</p>
        {goals.length === 0 ? (
          <p className="empty-state" data-testid="goals-empty">
            {t("setup.goals.empty")}
          </p>
        ) : (
          <p className="muted" data-testid="goals-summary">
            {t("setup.goals.summary", { done: unflagged, total: goals.length })}
          </p>
        )}
      </section>
      {groups.map((group) => {
        const own = goals.filter((g) => g.orgId === group.orgId);
        if (group.orgId === null && own.length === 0 && groups.length > 1) return null;
        return (
          <section key={group.orgId ?? "none"} className="goal-group" data-testid="goal-group">
            <h3>{group.title}</h3>
            {own.map((goal) => (
              <GoalCard key={goal.id} state={state} goal={goal} me={me} />
            ))}
            {!readOnly && <AddGoalForm orgId={group.orgId} />}
          </section>
        );
      })}
    </div>
  );
}
