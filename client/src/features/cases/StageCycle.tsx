import { STAGES, type Stage } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { stageKey } from "./labels.js";

/** Where the `index`th of `count` stages sits on the ring, clockwise from the top. */
function ringPosition(index: number, count: number): { left: string; top: string } {
  const angle = (2 * Math.PI * index) / count;
  return { left: `${50 + 36 * Math.sin(angle)}%`, top: `${50 - 36 * Math.cos(angle)}%` };
}

/**
 * The order-to-cash stages drawn as a ring: after service comes the next
 * inquiry. Clicking a stage picks it; clicking the picked one clears it.
 */
export function StageCycle({ value, onChange }: { value: Stage | null; onChange: (stage: Stage | null) => void }) {
  const t = useT();
  return (
    <div className="stage-cycle" role="group" aria-label={t("cases.field.stage")} data-testid="stage-cycle">
      <span className="stage-cycle-center" aria-hidden="true">
        ↻
      </span>
      {STAGES.map((stage, index) => (
        <button
          key={stage}
          type="button"
          className={stage === value ? "stage stage-on" : "stage"}
          style={ringPosition(index, STAGES.length)}
          aria-pressed={stage === value}
          data-stage={stage}
          onClick={() => onChange(stage === value ? null : stage)}
        >
          {t(stageKey(stage))}
        </button>
      ))}
    </div>
  );
}
