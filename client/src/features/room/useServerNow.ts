import { useEffect, useState } from "react";
import { useAppStore } from "../../store/context.js";

/** The server's clock (epoch ms), ticking every `everyMs` while `ticking`. */
export function useServerNow(ticking: boolean, everyMs = 250): number {
  const offset = useAppStore((s) => s.document.serverOffsetMs);
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setLocal(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [ticking, everyMs]);
  // While standing still a timer does not read the clock, so a stale `local` does no harm.
  return local + offset;
}

/** Milliseconds as "mm:ss" (rounded up, so a timer shows 00:00 only at its end). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}
