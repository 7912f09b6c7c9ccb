import { useId, useState } from "react";
import { timerRunning } from "@common/domain/rules/timer.js";
import type { Timer } from "@common/domain/types.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";

const MINUTE_MS = 60_000;

/**
 * The facilitator's countdown controls. "Start" is one action: it sets the
 * minutes typed and starts (or resumes a paused timer whose minutes were not
 * changed); "Nur stellen" shows a countdown without starting it.
 */
export function TimerControls({ timer }: { timer: Timer | null }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const [minutes, setMinutes] = useState("10");
  const [signal, setSignal] = useState(true);
  // Whether the minutes or the signal changed since the timer was last set: then "Start" sets them first.
  const [edited, setEdited] = useState(false);
  const running = timerRunning(timer);
  const parsed = Number(minutes.replace(",", "."));
  const durationMs = Math.round(parsed * MINUTE_MS);
  const valid = Number.isFinite(parsed) && durationMs >= LIMITS.timerMinMs && durationMs <= LIMITS.timerMaxMs;

  const resumes = timer !== null && !edited;
  function set(): void {
    sync.send({ type: "timer.set", durationMs, signal });
    setEdited(false);
  }

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
        onChange={(e) => {
          setMinutes(e.target.value);
          setEdited(true);
        }}
      />
      <span className="muted small">{t("room.timer.min")}</span>
      <label className="checkbox-label small">
        <input
          type="checkbox"
          checked={signal}
          data-testid="timer-signal"
          onChange={(e) => {
            setSignal(e.target.checked);
            setEdited(true);
          }}
        />
        {t("room.timer.signal")}
      </label>
      {!running && (
        <button
          type="button"
          className="button-primary button-small"
          disabled={resumes ? false : !valid}
          data-testid="timer-start"
          onClick={() => {
            if (!resumes) set();
            sync.send({ type: "timer.start" });
          }}
        >
          {t(resumes ? "room.timer.resume" : "room.timer.start")}
        </button>
      )}
      <button
        type="button"
        className="button-quiet button-small"
        disabled={!valid}
        data-testid="timer-set"
        onClick={set}
      >
        {t("room.timer.set")}
      </button>
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
