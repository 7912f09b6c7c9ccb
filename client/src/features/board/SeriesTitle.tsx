import { EntityKind, fieldKey, type SeriesState } from "@common/domain/types.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { EditableField } from "../../ui/EditableField.js";

/** The series name; people who joined rename it in place. */
export function SeriesTitle({ state, me, editable }: { state: SeriesState; me: string | null; editable: boolean }) {
  const t = useT();
  const sync = useSync();
  if (!editable) {
    return (
      <h1 className="series-name series-name-static" data-testid="series-name">
        {state.name}
      </h1>
    );
  }
  return (
    <h1 className="series-name">
      <EditableField
        value={state.name}
        label={t("board.seriesName.label")}
        testId="series-name-input"
        required
        maxLength={LIMITS.seriesName}
        lastEditorName={otherEditorName(state, fieldKey(EntityKind.series, state.id, "name"), me)}
        onCommit={(name) => sync.send({ type: "series.rename", name })}
      />
    </h1>
  );
}
