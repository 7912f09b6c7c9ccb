import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { myGroup } from "./breakout.js";
import "./breakout.css";

/** "Gruppe 2 – Fall: …": a participant's group and case while the breakout runs. */
export function BreakoutBanner({ state, me }: { state: SeriesState; me: string | null }) {
  const t = useT();
  const mine = myGroup(state, me);
  if (!mine) return null;
  const caseTitle = mine.group.caseId === null ? null : (state.cases[mine.group.caseId]?.title ?? null);
  return (
    <div className="breakout-banner" role="status" data-testid="breakout-banner">
      <strong>{mine.group.name}</strong>
      {" – "}
      {caseTitle === null ? t("breakout.banner.noCase") : t("breakout.banner.case", { title: caseTitle })}
    </div>
  );
}
