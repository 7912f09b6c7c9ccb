import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";

/** "Gruppenarbeit läuft: Gruppe 1 – Fall: …, Gruppe 2 – …": which group works on what. */
export function ProjectorBreakout({ state }: { state: SeriesState }) {
  const t = useT();
  const breakout = state.room.breakout;
  if (!breakout) return null;
  return (
    <section className="projector-breakout" data-testid="projector-breakout">
      <p className="projector-label">{t("breakout.running")}</p>
      <ul className="projector-breakout-groups">
        {breakout.groups.map((group) => {
          // An internal case is not on the public screen: the group shows without its title.
          const title = group.caseId === null ? null : (state.cases[group.caseId]?.title ?? null);
          return (
            <li key={group.id} data-testid="projector-breakout-group">
              {title === null
                ? t("breakout.running.noCase", { group: group.name })
                : t("breakout.running.group", { group: group.name, title })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
