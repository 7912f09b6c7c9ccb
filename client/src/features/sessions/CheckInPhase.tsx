import { useMemo } from "react";
import { attendanceChoices } from "@common/domain/authorize.js";
import type { Person, SeriesState, Session } from "@common/domain/types.js";
import { sideOfPerson } from "@common/domain/rules/people.js";
import { AttendanceStatus, Role, Side } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { Avatar } from "../../ui/Avatar.js";
import { useCanSend } from "../../ui/permissions.js";
import { youLabel } from "../presence/youLabel.js";
import { functionKey, sideKey } from "../setup/labels.js";
import { CheckInQuestion } from "./CheckInQuestion.js";
import { AttendanceControls, attendanceKey, attendanceOf, ownStatus } from "./AttendanceControls.js";

/** The columns of the check-in: the sides, facilitators without a side, and anyone else without one. */
const GROUPS = [Side.sales, Side.operations, Side.shared, "facilitation", null] as const;
type Group = (typeof GROUPS)[number];

/** Facilitators who belong to no side run the meeting: they are not missing anything. */
function groupOf(person: Person): Group {
  const side = sideOfPerson(person);
  if (side !== null) return side;
  return person.role === Role.facilitator ? "facilitation" : null;
}

function groupKey(group: Group): MessageKey {
  return group === "facilitation" ? "sessions.checkIn.facilitation" : sideKey(group);
}

/**
 * Who is here: everyone online or recorded, with organisation and function,
 * grouped by side, and the attendance of each (one tap: present, excused,
 * guest, not recorded). Everyone marks themself; the facilitator marks and
 * corrects anyone, takes the people online over at once and excuses those
 * who are not online.
 */
export function CheckInPhase({ state, session }: { state: SeriesState; session: Session }) {
  const t = useT();
  const sync = useSync();
  const online = useAppStore((s) => s.presence.online);
  const me = useAppStore((s) => s.document.me);
  const onlineIds = useMemo(() => {
    const ids = new Set(online.map((e) => e.personId));
    if (me !== null) ids.add(me);
    return ids;
  }, [online, me]);
  const attendance = session.attendance ?? {};
  const people = Object.values(state.people);
  const here = people.filter((p) => onlineIds.has(p.id) || Object.hasOwn(attendance, p.id));
  const away = people.filter((p) => !onlineIds.has(p.id) && !Object.hasOwn(attendance, p.id));
  // On a closed session browsed afterwards nothing is recorded: the board around it says so.
  const recording = useCanSend()("attendance.set");
  const facilitates = recording && me !== null && state.people[me]?.role === Role.facilitator;
  const suggested = here.filter((p) => attendanceOf(session, p.id) === null);
  const count = (status: AttendanceStatus): number => Object.values(attendance).filter((s) => s === status).length;

  function describe(person: Person): string {
    const org = person.orgId === null ? null : (state.orgs[person.orgId]?.name ?? null);
    const fn = person.function === null ? null : t(functionKey(person.function));
    const known = [org, fn].filter((x) => x !== null).join(" · ");
    if (known !== "") return known;
    return person.role === Role.facilitator ? t("sessions.checkIn.facilitation") : t("sessions.checkIn.noDetails");
  }

  function personRow(p: Person) {
    const unrecorded = onlineIds.has(p.id) && attendanceOf(session, p.id) === null;
    return (
      <li key={p.id} className="check-in-person" data-testid="check-in-person" data-person-id={p.id}>
        <Avatar personId={p.id} name={p.name} label={p.name} />
        <span className="check-in-who">
          <strong>{p.id === me ? youLabel(p.name, t) : p.name}</strong>
          <span className="muted"> {describe(p)}</span>
          {unrecorded && <span className="attendance-suggested"> {t("attendance.suggested")}</span>}
        </span>
        {me !== null && <AttendanceControls state={state} session={session} me={me} personId={p.id} name={p.name} />}
      </li>
    );
  }

  function recordOnline(): void {
    for (const p of suggested) {
      sync.send({ type: "attendance.set", sessionId: session.id, personId: p.id, status: ownStatus(state, p.id) });
    }
  }

  const mine = me === null ? null : attendanceOf(session, me);
  const mayMarkSelf = recording && me !== null && !facilitates && attendanceChoices(state, me, me).length > 0;
  return (
    <div className="check-in" data-testid="check-in">
      <p className="muted">{t("sessions.checkIn.intro")}</p>
      <div className="attendance-bar" data-testid="attendance-bar">
        <span className="attendance-summary" data-testid="attendance-summary">
          {t("attendance.summary", {
            present: count(AttendanceStatus.present),
            excused: count(AttendanceStatus.excused),
            guests: count(AttendanceStatus.guest),
          })}
        </span>
        {mayMarkSelf && mine === null && (
          <button
            type="button"
            className="button-primary"
            data-testid="attendance-self"
            onClick={() =>
              sync.send({ type: "attendance.set", sessionId: session.id, personId: me, status: ownStatus(state, me) })
            }
          >
            {ownStatus(state, me) === AttendanceStatus.guest ? t("attendance.self.guest") : t("attendance.self")}
          </button>
        )}
        {mayMarkSelf && mine !== null && (
          <span className="muted" data-testid="attendance-self-done">
            {t("attendance.self.done", { status: t(attendanceKey(mine)) })}
          </span>
        )}
        {facilitates && suggested.length > 0 && (
          <button
            type="button"
            className="button-secondary"
            data-testid="attendance-take-online"
            onClick={recordOnline}
          >
            {t("attendance.takeOnline", { count: suggested.length })}
          </button>
        )}
      </div>
      <CheckInQuestion state={state} session={session} me={me} />
      <div className="side-columns">
        {GROUPS.map((group) => {
          const inGroup = here.filter((p) => groupOf(p) === group);
          // Both sides and "no side" always show; the others only when someone is in them.
          if ((group === "facilitation" || group === Side.shared) && inGroup.length === 0) return null;
          return (
            <section
              key={group ?? "none"}
              className={`side-column side-column-${group ?? "none"}`}
              data-testid={`check-in-${group ?? "none"}`}
            >
              <h3>
                {t(groupKey(group))} <span className="count">{inGroup.length}</span>
              </h3>
              {inGroup.length === 0 && <p className="muted">{t("sessions.checkIn.nobody")}</p>}
              <ul className="plain-list">{inGroup.map(personRow)}</ul>
            </section>
          );
        })}
      </div>
      {facilitates && away.length > 0 && (
        <details className="check-in-away" data-testid="check-in-away">
          <summary>{t("attendance.others", { count: away.length })}</summary>
          <p className="muted small">{t("attendance.others.hint")}</p>
          <ul className="plain-list">{away.map(personRow)}</ul>
        </details>
      )}
    </div>
  );
}
