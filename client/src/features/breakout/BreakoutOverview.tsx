import { useMemo } from "react";
import type { Breakout, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { groupProgress } from "./breakout.js";
import "./breakout.css";

/** The facilitator sees every group: members online, the case and how far they got; and ends the breakout. */
export function BreakoutOverview({ state, breakout }: { state: SeriesState; breakout: Breakout }) {
  const t = useT();
  const sync = useSync();
  const entries = useAppStore((s) => s.presence.online);
  const online = useMemo(() => new Set(entries.map((e) => e.personId)), [entries]);
  return (
    <div className="breakout-overview" data-testid="breakout-overview">
      <div className="breakout-groups">
        {breakout.groups.map((group) => {
          const theCase = group.caseId === null ? undefined : state.cases[group.caseId];
          const progress = groupProgress(group, theCase, online);
          return (
            <section key={group.id} className="breakout-group" data-testid={`breakout-group-${group.id}`}>
              <h4>{group.name}</h4>
              <p className="small">{theCase ? theCase.title : t("breakout.case.none")}</p>
              <p className="muted small" data-testid="breakout-progress">
                {t("breakout.progress", {
                  online: progress.online,
                  members: progress.members,
                  notes: progress.notes,
                  views: progress.views,
                  mirrors: progress.mirrors,
                })}
              </p>
              <ul className="plain-list small">
                {group.memberIds.map((id) => (
                  <li key={id} className={online.has(id) ? "member-online" : "member-offline"}>
                    {state.people[id]?.name ?? t("presence.unknown")}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <button
        type="button"
        className="button-secondary button-small"
        data-testid="breakout-end"
        onClick={() => sync.send({ type: "breakout.end" })}
      >
        {t("breakout.end")}
      </button>
    </div>
  );
}
