import { useId, useState } from "react";
import { timerRunning } from "../../../../common/domain/rules/timer.js";
import type { Timer } from "../../../../common/domain/types.js";
import { LIMITS } from "../../../../common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";

const MINUTE_MS = 60_000;

/** The facilitator's countdown controls: set minutes, start, pause, +1 min, reset. */
export function TimerControls({ timer }: { timer: Timer | null }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const [minutes, setMinutes] = useState("10");
  const [signal, setSignal] = useState(true);
  const running = timerRunning(timer);
  const parsed = Number(minutes.replace(",", "."));
  const durationMs = Math.round(parsed * MINUTE_MS);
  const valid = Number.isFinite(parsed) && durationMs >= LIMITS.timerMinMs && durationMs <= LIMITS.timerMaxMs;

  return (
    <div className="timer-controls" role="group" aria-label={t("room.timer.controls")}>
      <label className="visually-hidden" htmlFor={`${id}-minutes`}>
        {t("room.timer.minutes")}
      </label>
      <input
        id={`${id}-minutes`}
        className="text-input timer-minutes"
        inputMode="decimal"
        value={minutes}
        data-testid="timer-minutes"
        onChange={(e) => setMinutes(e.target.value)}
      />
      <span className="muted small">{t("room.timer.min")}</span>
      <label className="checkbox-label small">
        <input
          type="checkbox"
          checked={signal}
          data-testid="timer-signal"
          onChange={(e) => setSignal(e.target.checked)}
        />
        {t("room.timer.signal")}
      </label>
      <button
        type="button"
        className="button-secondary button-small"
        disabled={!valid}
        data-testid="timer-set"
        onClick={() => sync.send({ type: "timer.set", durationMs, signal })}
      >
        {t("room.timer.set")}
      </button>
      {timer && !running && (
        <button
          type="button"
          className="button-primary button-small"
          data-testid="timer-start"
          onClick={() => sync.send({ type: "timer.start" })}
        >
          {t("room.timer.start")}
        </button>
      )}
      {running && (
        <button
          type="button"
          className="button-secondary button-small"
          data-testid="timer-pause"
          onClick={() => sync.send({ type: "timer.pause" })}
        >
          {t("room.timer.pause")}
        </button>
      )}
      {timer && (
        <>
          <button
            type="button"
            className="button-quiet button-small"
            data-testid="timer-add"
            onClick={() => sync.send({ type: "timer.add", ms: MINUTE_MS })}
          >
            {t("room.timer.addMinute")}
          </button>
          <button
            type="button"
            className="button-quiet button-small"
            data-testid="timer-reset"
            onClick={() => sync.send({ type: "timer.reset" })}
          >
            {t("room.timer.reset")}
          </button>
          <button
            type="button"
            className="button-quiet button-small"
            data-testid="timer-clear"
            onClick={() => sync.send({ type: "timer.clear" })}
          >
            {t("room.timer.clear")}
          </button>
        </>
      )}
    </div>
  );
}
