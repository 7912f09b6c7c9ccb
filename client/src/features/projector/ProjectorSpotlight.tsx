import type { SeriesState } from "@common/domain/types.js";
import { ItemKind } from "@common/domain/vocabulary.js";
import { assertNever } from "@common/domain/assertNever.js";
import { useT, type Translate } from "../../i18n/useT.js";
import { stageKey } from "../cases/labels.js";

function spotlightText(
  state: SeriesState,
  kind: ItemKind,
  id: string,
  t: Translate,
): { title: string | null; lines: string[] } {
  switch (kind) {
    case ItemKind.case: {
      const item = state.cases[id];
      if (!item) return { title: null, lines: [] };
      const stage = item.stage === null ? [] : [t("projector.cases.stage", { stage: t(stageKey(item.stage)) })];
      return { title: item.title, lines: [...stage, item.description] };
    }
    case ItemKind.agreement: {
      const item = state.agreements[id];
      return {
        title: item?.text ?? null,
        lines: item?.outcome ? [t("projector.outcome", { outcome: item.outcome })] : [],
      };
    }
    case ItemKind.goal: {
      const item = state.goals[id];
      return { title: item?.title ?? null, lines: item ? [item.why] : [] };
    }
    default:
      return assertNever(kind);
  }
}

/** The item the facilitator has in the spotlight, large: title and what the room needs to read. */
export function ProjectorSpotlight({ state }: { state: SeriesState }) {
  const t = useT();
  const spotlight = state.room.spotlight;
  if (!spotlight) return null;
  const { title, lines } = spotlightText(state, spotlight.kind, spotlight.id, t);
  if (title === null) return null;
  return (
    <section className="projector-spotlight" data-testid="projector-spotlight" data-item-id={spotlight.id}>
      <p className="projector-label">{t("room.spotlight.current")}</p>
      <h2>{title}</h2>
      {lines
        .filter((line) => line.trim() !== "")
        .map((line, index) => (
          <p key={index} className="projector-body">
            {line}
          </p>
        ))}
    </section>
  );
}
