import { attendanceChoices } from "@common/domain/authorize.js";
import type { SeriesState, Session } from "@common/domain/types.js";
import { AttendanceStatus, Role } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";
import "./sessions.css";

/** The label of a status; null is "not recorded". */
export function attendanceKey(status: AttendanceStatus | null): MessageKey {
  switch (status) {
    case AttendanceStatus.present:
      return "attendance.present";
    case AttendanceStatus.excused:
      return "attendance.excused";
    case AttendanceStatus.guest:
      return "attendance.guest";
    default:
      return "attendance.none";
  }
}

/** The status a person is recorded with at the session; null when not recorded. */
export function attendanceOf(session: Session, personId: string): AttendanceStatus | null {
  const attendance = session.attendance ?? {};
  return Object.hasOwn(attendance, personId) ? (attendance[personId] ?? null) : null;
}

/**
 * One tap per status for one person: the statuses this viewer may give them
 * (a facilitator all four, a person themself their own), else the status as text.
 */
export function AttendanceControls({
  state,
  session,
  me,
  personId,
  name,
}: {
  state: SeriesState;
  session: Session;
  me: string;
  personId: string;
  name: string;
}) {
  const t = useT();
  const sync = useSync();
  const current = attendanceOf(session, personId);
  const recording = useCanSend()("attendance.set");
  const choices = recording ? attendanceChoices(state, me, personId) : [];
  if (choices.length <= 1) {
    return (
      <span className={`attendance-badge attendance-${current ?? "none"}`} data-testid="attendance-status">
        {t(attendanceKey(current))}
      </span>
    );
  }
  return (
    <span
      className="attendance-choices"
      role="group"
      aria-label={t("attendance.of", { name })}
      data-testid="attendance-choices"
    >
      {choices.map((status) => (
        <button
          key={status ?? "none"}
          type="button"
          className={`attendance-choice attendance-${status ?? "none"}`}
          aria-pressed={current === status}
          data-testid={`attendance-${status ?? "none"}`}
          onClick={() => {
            if (current !== status) sync.send({ type: "attendance.set", sessionId: session.id, personId, status });
          }}
        >
          {t(attendanceKey(status))}
        </button>
      ))}
    </span>
  );
}

/** The status a person takes when they say they are here: observers come as guests. */
export function ownStatus(state: SeriesState, personId: string): AttendanceStatus {
  return state.people[personId]?.role === Role.observer ? AttendanceStatus.guest : AttendanceStatus.present;
}
