import { useState } from "react";
import { DURATION_MIN } from "@common/domain/schedule/schedule.js";
import type { Session } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";

/** A session's start time and length; a length outside 5–600 minutes is not sent until it is one. */
export function SessionTimeFields({
  session,
  onChange,
}: {
  session: Session;
  onChange: (changes: { startTime?: string; durationMin?: number | null }) => void;
}) {
  const t = useT();
  const [duration, setDuration] = useState<string | null>(null);
  const shown = duration ?? (session.durationMin == null ? "" : String(session.durationMin));
  function commitDuration(value: string): void {
    setDuration(value);
    if (value === "") return onChange({ durationMin: null });
    const minutes = Number(value);
    if (Number.isInteger(minutes) && minutes >= DURATION_MIN.min && minutes <= DURATION_MIN.max) {
      onChange({ durationMin: minutes });
    }
  }
  return (
    <>
      <div className="field">
        <label className="form-label" htmlFor={`${session.id}-time`}>
          {t("sessions.field.time")}
        </label>
        <input
          id={`${session.id}-time`}
          className="text-input input-time"
          type="time"
          value={session.startTime ?? ""}
          data-testid="session-time"
          onChange={(e) => onChange({ startTime: e.target.value })}
        />
      </div>
      <div className="field">
        <label className="form-label" htmlFor={`${session.id}-duration`}>
          {t("sessions.field.duration")}
        </label>
        <input
          id={`${session.id}-duration`}
          className="text-input input-number"
          type="number"
          min={DURATION_MIN.min}
          max={DURATION_MIN.max}
          step={5}
          value={shown}
          data-testid="session-duration"
          onChange={(e) => commitDuration(e.target.value)}
          onBlur={() => setDuration(null)}
        />
      </div>
    </>
  );
}
