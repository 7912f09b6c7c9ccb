import { currentStepKey, readyCount } from "@common/domain/rules/ready.js";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useCanSend } from "../../ui/permissions.js";
import { useSync } from "../../sync/context.js";
import "./room.css";

/** "Bereit": each person says they are done with the current step. */
export function ReadyButton({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  if (!canSend("ready.set")) return null;
  const step = currentStepKey(state);
  const ready = step !== null && state.room.ready[me] === step;
  return (
    <button
      type="button"
      className={ready ? "button-primary ready-toggle ready-on" : "button-secondary ready-toggle"}
      aria-pressed={ready}
      data-testid="ready-toggle"
      onClick={() => sync.send({ type: "ready.set", ready: !ready })}
    >
      {ready ? `✓ ${t("room.ready.done")}` : t("room.ready")}
    </button>
  );
}

/** "7 von 12 bereit". */
export function ReadyCount({ state, testId = "ready-count" }: { state: SeriesState; testId?: string }) {
  const t = useT();
  const { ready, of } = readyCount(state);
  return (
    <span className="ready-count" data-testid={testId} data-ready={ready} data-of={of}>
      {t("room.ready.count", { ready, of })}
    </span>
  );
}
