import { useEffect, useRef, useState } from "react";
import { timerRemainingMs, timerRunning } from "@common/domain/rules/timer.js";
import type { Timer } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { softBeep } from "./beep.js";
import { formatClock, useServerNow } from "./useServerNow.js";
import "./room.css";

const FLASH_MS = 4000;

/** Beeps and flashes once when a running timer with a signal reaches zero. */
function useEndSignal(timer: Timer, remaining: number, sound: boolean): boolean {
  const [flashFor, setFlashFor] = useState<string | null>(null);
  const signalled = useRef<string | null>(null);
  const endsAt = timer.endsAt;
  const ended = endsAt !== null && remaining === 0 && timer.signal;
  useEffect(() => {
    if (!ended || endsAt === null || signalled.current === endsAt) return;
    signalled.current = endsAt;
    if (sound) softBeep();
    setFlashFor(endsAt);
    const off = setTimeout(() => setFlashFor(null), FLASH_MS);
    return () => clearTimeout(off);
  }, [ended, endsAt, sound]);
  return flashFor !== null && flashFor === endsAt;
}

/** The shared countdown as mm:ss, on the server's clock; `large` for the projector. */
export function TimerDisplay({
  timer,
  sound = true,
  testId = "timer-display",
}: {
  timer: Timer;
  sound?: boolean;
  testId?: string;
}) {
  const t = useT();
  const running = timerRunning(timer);
  const now = useServerNow(running);
  const remaining = timerRemainingMs(timer, now);
  const flash = useEndSignal(timer, remaining, sound);
  const state = running ? (remaining === 0 ? "ended" : "running") : "paused";
  return (
    <span
      className={`timer-display timer-${state}${flash ? " timer-flash" : ""}`}
      role="timer"
      aria-label={t("room.timer.label")}
      data-testid={testId}
      data-state={state}
    >
      {formatClock(remaining)}
    </span>
  );
}
