import { nanoid } from "nanoid";
import { useState } from "react";
import { mixGroups } from "@common/domain/rules/groups.js";
import type { Case, SeriesState, Session } from "@common/domain/types.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { groupablePeople } from "./breakout.js";
import "./breakout.css";

interface DraftGroup {
  memberIds: string[];
  caseId: string | null;
}

function emptyGroups(count: number): DraftGroup[] {
  return Array.from({ length: count }, () => ({ memberIds: [], caseId: null }));
}

/** The facilitator forms groups (by hand or mixed), gives each a case and starts the breakout. */
export function BreakoutPlanner({ state, session, cases }: { state: SeriesState; session: Session; cases: Case[] }) {
  const t = useT();
  const sync = useSync();
  const people = groupablePeople(state);
  const [groups, setGroups] = useState<DraftGroup[]>(() => emptyGroups(2));

  function resize(count: number): void {
    const n = Math.min(LIMITS.breakoutGroups, Math.max(1, count));
    setGroups((gs) => {
      const kept = gs.slice(0, n).map((g) => ({ ...g }));
      return [...kept, ...emptyGroups(n - kept.length)];
    });
  }

  function mix(): void {
    const seed = Math.floor(Math.random() * 2 ** 31);
    const mixed = mixGroups(people, groups.length, seed);
    setGroups((gs) => gs.map((g, i) => ({ ...g, memberIds: mixed[i] ?? [] })));
  }

  function move(personId: string, to: number): void {
    setGroups((gs) =>
      gs.map((g, i) => {
        const others = g.memberIds.filter((id) => id !== personId);
        return { ...g, memberIds: i === to ? [...others, personId] : others };
      }),
    );
  }

  function start(): void {
    sync.send({
      type: "breakout.start",
      sessionId: session.id,
      groups: groups.map((g, i) => ({
        groupId: nanoid(),
        name: t("breakout.group", { number: i + 1 }),
        memberIds: g.memberIds,
        caseId: g.caseId,
      })),
    });
  }

  const groupOf = (personId: string) => groups.findIndex((g) => g.memberIds.includes(personId));
  return (
    <div className="breakout-planner" data-testid="breakout-planner">
      <div className="breakout-planner-head">
        <label className="inline-label small" htmlFor="breakout-count">
          {t("breakout.count")}
        </label>
        <input
          id="breakout-count"
          type="number"
          className="text-input vote-dots-input"
          min={1}
          max={LIMITS.breakoutGroups}
          value={groups.length}
          data-testid="breakout-count"
          onChange={(e) => resize(Math.round(Number(e.target.value) || 1))}
        />
        <button type="button" className="button-secondary button-small" data-testid="breakout-mix" onClick={mix}>
          {t("breakout.mix")}
        </button>
      </div>
      <div className="breakout-groups">
        {groups.map((group, index) => (
          <section key={index} className="breakout-group" data-testid={`breakout-draft-${index}`}>
            <h4>{t("breakout.group", { number: index + 1 })}</h4>
            <select
              className="text-input select-small"
              aria-label={t("breakout.case.for", { number: index + 1 })}
              value={group.caseId ?? ""}
              data-testid={`breakout-case-${index}`}
              onChange={(e) =>
                setGroups((gs) => gs.map((g, i) => (i === index ? { ...g, caseId: e.target.value || null } : g)))
              }
            >
              <option value="">{t("breakout.case.none")}</option>
              {cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
            <ul className="plain-list small">
              {group.memberIds.map((id) => (
                <li key={id}>{state.people[id]?.name ?? t("presence.unknown")}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <details className="breakout-assign">
        <summary>{t("breakout.byHand")}</summary>
        <ul className="plain-list">
          {people.map((person) => (
            <li key={person.id} className="breakout-assign-row">
              <span>{person.name}</span>
              <select
                className="text-input select-small"
                aria-label={t("breakout.groupOf", { name: person.name })}
                value={String(groupOf(person.id))}
                data-testid={`breakout-member-${person.id}`}
                onChange={(e) => move(person.id, Number(e.target.value))}
              >
                <option value="-1">{t("breakout.noGroup")}</option>
                {groups.map((_, i) => (
                  <option key={i} value={String(i)}>
                    {t("breakout.group", { number: i + 1 })}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      </details>
      <button type="button" className="button-primary button-small" data-testid="breakout-start" onClick={start}>
        {t("breakout.start")}
      </button>
    </div>
  );
}
