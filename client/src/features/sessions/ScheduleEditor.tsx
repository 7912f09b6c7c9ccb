import { useId, useState, type FormEvent } from "react";
import {
  CadenceKind,
  DEFAULT_TIME_ZONE,
  DURATION_MIN,
  WEEK_OF_MONTH,
  scheduleSchema,
  type Cadence,
  type Schedule,
} from "@common/domain/schedule/schedule.js";
import { scheduleOf } from "@common/domain/schedule/plannedNext.js";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";
import { scheduleText, weekdayName, weekLabel } from "./scheduleText.js";

const KINDS = Object.values(CadenceKind);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

interface Draft {
  kind: CadenceKind;
  week: string;
  weekday: string;
  startTime: string;
  duration: string;
  timeZone: string;
}

function draftOf(schedule: Schedule): Draft {
  const { cadence } = schedule;
  const nth = cadence.kind === "monthly" || cadence.kind === "quarterly";
  return {
    kind: cadence.kind,
    week: nth ? String(cadence.week) : "2",
    weekday: nth ? String(cadence.weekday) : "4",
    startTime: schedule.startTime,
    duration: schedule.durationMin === null ? "" : String(schedule.durationMin),
    timeZone: schedule.timeZone,
  };
}

function cadenceOf(draft: Draft): Cadence {
  if (draft.kind === "monthly" || draft.kind === "quarterly") {
    const week = WEEK_OF_MONTH.find((w) => String(w) === draft.week) ?? 1;
    return { kind: draft.kind, week, weekday: Number(draft.weekday) };
  }
  return { kind: draft.kind };
}

/** The schedule the form describes, or null while it is not one the series takes (a length of 0, an unknown zone). */
function scheduleOfDraft(draft: Draft): Schedule | null {
  const parsed = scheduleSchema.safeParse({
    cadence: cadenceOf(draft),
    startTime: draft.startTime,
    durationMin: draft.duration === "" ? null : Number(draft.duration),
    timeZone: draft.timeZone.trim() === "" ? DEFAULT_TIME_ZONE : draft.timeZone.trim(),
  });
  return parsed.success ? parsed.data : null;
}

/**
 * The series' rhythm, in one line, and for the facilitator a small form to
 * set it: how often (none, weekly, every two weeks, monthly or quarterly on
 * the nth weekday), the usual start and length, and the time zone.
 */
export function ScheduleEditor({ state }: { state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const language = useAppStore((s) => s.ui.language);
  const may = useCanSend()("series.schedule");
  const schedule = scheduleOf(state);
  const [draft, setDraft] = useState<Draft | null>(null);
  const summary = scheduleText(schedule, t, language);
  const chosen = draft === null ? null : scheduleOfDraft(draft);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!chosen) return;
    sync.send({ type: "series.schedule", schedule: chosen });
    setDraft(null);
  }

  const set = (changes: Partial<Draft>) => setDraft((now) => (now ? { ...now, ...changes } : now));
  return (
    <section className="schedule" aria-labelledby={`${id}-title`} data-testid="schedule">
      <h3 id={`${id}-title`}>{t("schedule.title")}</h3>
      <p className={summary === null ? "muted small" : "schedule-summary"} data-testid="schedule-summary">
        {summary ?? t("schedule.none")}
      </p>
      {may && draft === null && (
        <button
          type="button"
          className="button-quiet"
          data-testid="schedule-edit"
          onClick={() => setDraft(draftOf(schedule))}
        >
          {t("schedule.edit")}
        </button>
      )}
      {draft !== null && (
        <form className="schedule-form" onSubmit={onSubmit} data-testid="schedule-form">
          <label className="field">
            <span className="form-label">{t("schedule.cadence")}</span>
            <select
              className="text-input"
              value={draft.kind}
              data-testid="schedule-cadence"
              onChange={(e) => set({ kind: KINDS.find((k) => k === e.target.value) ?? "none" })}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`schedule.cadence.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          {(draft.kind === "monthly" || draft.kind === "quarterly") && (
            <div className="form-row">
              <label className="field">
                <span className="form-label">{t("schedule.week")}</span>
                <select
                  className="text-input"
                  value={draft.week}
                  data-testid="schedule-week"
                  onChange={(e) => set({ week: e.target.value })}
                >
                  {WEEK_OF_MONTH.map((week) => (
                    <option key={week} value={String(week)}>
                      {weekLabel(week, t)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="form-label">{t("schedule.weekday")}</span>
                <select
                  className="text-input"
                  value={draft.weekday}
                  data-testid="schedule-weekday"
                  onChange={(e) => set({ weekday: e.target.value })}
                >
                  {WEEKDAYS.map((day) => (
                    <option key={day} value={String(day)}>
                      {weekdayName(day, language)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          <div className="form-row">
            <label className="field">
              <span className="form-label">{t("schedule.startTime")}</span>
              <input
                className="text-input"
                type="time"
                value={draft.startTime}
                data-testid="schedule-start"
                onChange={(e) => set({ startTime: e.target.value })}
              />
            </label>
            <label className="field">
              <span className="form-label">{t("schedule.duration")}</span>
              <input
                className="text-input input-number"
                type="number"
                min={DURATION_MIN.min}
                max={DURATION_MIN.max}
                step={5}
                value={draft.duration}
                data-testid="schedule-duration"
                onChange={(e) => set({ duration: e.target.value })}
              />
            </label>
          </div>
          <label className="field">
            <span className="form-label">{t("schedule.timeZone")}</span>
            <input
              className="text-input"
              value={draft.timeZone}
              maxLength={64}
              data-testid="schedule-time-zone"
              onChange={(e) => set({ timeZone: e.target.value })}
            />
          </label>
          <div className="form-actions">
            <button type="button" className="button-quiet" onClick={() => setDraft(null)}>
              {t("schedule.cancel")}
            </button>
            <button type="submit" className="button-primary" disabled={chosen === null} data-testid="schedule-save">
              {t("schedule.save")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
