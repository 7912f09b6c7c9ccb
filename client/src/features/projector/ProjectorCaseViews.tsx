import type { SeriesState } from "@common/domain/types.js";
import { ItemKind } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";

/**
 * Beside the case in focus: what each side wrote of it, side by side, as
 * the room mirrors one view against the other. Nothing while both are empty.
 */
export function ProjectorCaseViews({ state }: { state: SeriesState }) {
  const t = useT();
  const spotlight = state.room.spotlight;
  const item = spotlight?.kind === ItemKind.case ? state.cases[spotlight.id] : undefined;
  if (!item || (item.salesView.trim() === "" && item.operationsView.trim() === "")) return null;
  const views = [
    { side: "sales", label: t("cases.field.salesView"), text: item.salesView },
    { side: "operations", label: t("cases.field.operationsView"), text: item.operationsView },
  ];
  return (
    <div className="projector-case-views" data-testid="projector-case-views">
      {views.map((view) => (
        <div key={view.side} className={`projector-case-view projector-case-view-${view.side}`}>
          <p className="projector-label">{view.label}</p>
          <p className="projector-case-view-text">{view.text.trim() === "" ? "–" : view.text}</p>
        </div>
      ))}
    </div>
  );
}
