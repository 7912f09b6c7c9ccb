import type { Person, SeriesState, Session } from "@common/domain/types.js";
import { sideOfPerson } from "@common/domain/rules/people.js";
import { AttendanceStatus, Side } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { attendanceKey, attendanceOf } from "../sessions/AttendanceControls.js";
import { sideKey } from "../setup/labels.js";
import { ProjectorMore } from "./ProjectorMore.js";

/** The columns on the wall: the two sides, and everyone else (shared side, facilitation, no side) together. */
const COLUMNS = [Side.sales, Side.operations, "others"] as const;
type Column = (typeof COLUMNS)[number];

/**
 * The lines a column has below its title at 16:9 (the type scales with the
 * screen, so it is the same number at 1080p and 720p): a name takes one, a new
 * organisation's heading one more, "+ N weitere" one.
 */
const LINES_PER_COLUMN = { alone: 13, shared: 6 } as const;

interface Attendee {
  person: Person;
  org: string | null;
  status: AttendanceStatus | null;
}

function columnOf(person: Person): Column {
  const side = sideOfPerson(person);
  return side === Side.sales || side === Side.operations ? side : "others";
}

function columnKey(column: Column): MessageKey {
  return column === "others" ? "projector.checkIn.others" : sideKey(column);
}

/** By organisation (none last), then name: the room looks for its company first. */
function byOrgThenName(a: Attendee, b: Attendee): number {
  if (a.org !== b.org) {
    if (a.org === null) return 1;
    if (b.org === null) return -1;
    return a.org.localeCompare(b.org);
  }
  return a.person.name.localeCompare(b.person.name);
}

/** The attendees that fit in a column's lines, keeping one for "+ N weitere" when some are left over. */
function fitColumn(attendees: Attendee[], lines: number): { shown: Attendee[]; more: number } {
  const shown: Attendee[] = [];
  let used = 0;
  for (const [index, attendee] of attendees.entries()) {
    const previous = shown.at(-1);
    const cost = previous !== undefined && previous.org === attendee.org ? 1 : 2;
    const reserve = index < attendees.length - 1 ? 1 : 0;
    if (used + cost + reserve > lines) break;
    used += cost;
    shown.push(attendee);
  }
  return { shown, more: attendees.length - shown.length };
}

/** The attendees' runs of one organisation each, in order. */
function byOrg(attendees: Attendee[]): { org: string | null; attendees: Attendee[] }[] {
  const runs: { org: string | null; attendees: Attendee[] }[] = [];
  for (const attendee of attendees) {
    const last = runs.at(-1);
    if (last && last.org === attendee.org) last.attendees.push(attendee);
    else runs.push({ org: attendee.org, attendees: [attendee] });
  }
  return runs;
}

/**
 * Who is here, by side and organisation: the attendance taken at check-in,
 * or, until the first one is recorded, whoever is online.
 */
export function ProjectorCheckIn({
  state,
  session,
  shared,
}: {
  state: SeriesState;
  session: Session;
  shared: boolean;
}) {
  const t = useT();
  const online = useAppStore((s) => s.presence.online);
  const recorded = Object.keys(session.attendance ?? {}).length > 0;
  const ids = recorded ? Object.keys(session.attendance ?? {}) : [...new Set(online.map((entry) => entry.personId))];
  const attendees: Attendee[] = ids.flatMap((id) => {
    const person = Object.hasOwn(state.people, id) ? state.people[id] : undefined;
    if (!person) return [];
    const org = person.orgId === null ? null : (state.orgs[person.orgId]?.name ?? null);
    return [{ person, org, status: attendanceOf(session, id) }];
  });
  const here = attendees.filter((a) => a.status !== AttendanceStatus.excused).length;
  return (
    <section className="projector-check-in" data-testid="projector-check-in">
      <p className="projector-lead" data-testid="projector-check-in-count">
        {t("projector.checkIn.here", { count: here })}
      </p>
      {!recorded && <p className="projector-note">{t("projector.checkIn.online")}</p>}
      {attendees.length === 0 ? (
        <p className="projector-empty">{t("projector.checkIn.nobody")}</p>
      ) : (
        <div className="projector-columns">
          {COLUMNS.map((column) => {
            const inColumn = attendees.filter((a) => columnOf(a.person) === column).sort(byOrgThenName);
            if (column === "others" && inColumn.length === 0) return null;
            const { shown, more } = fitColumn(inColumn, shared ? LINES_PER_COLUMN.shared : LINES_PER_COLUMN.alone);
            const here = inColumn.filter((a) => a.status !== AttendanceStatus.excused).length;
            return (
              <div
                key={column}
                className={`projector-column projector-column-${column}`}
                data-testid={`projector-check-in-${column}`}
              >
                <h2 className="projector-column-title">
                  {t(columnKey(column))} <span className="projector-count">{here}</span>
                </h2>
                {byOrg(shown).map((run) => (
                  <div key={run.org ?? ""} className="projector-org">
                    <p className="projector-org-name projector-one-line">{run.org ?? t("projector.checkIn.noOrg")}</p>
                    <ul className="projector-names">
                      {run.attendees.map(({ person, status }) => (
                        <li
                          key={person.id}
                          className={`projector-name projector-name-${status ?? "online"}`}
                          data-testid="projector-check-in-person"
                          data-status={status ?? "online"}
                        >
                          <span className="projector-one-line">{person.name}</span>
                          {(status === AttendanceStatus.excused || status === AttendanceStatus.guest) && (
                            <span className="projector-status"> · {t(attendanceKey(status))}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
                <ProjectorMore count={more} />
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
