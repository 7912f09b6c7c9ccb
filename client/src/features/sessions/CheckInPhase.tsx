import { useMemo } from "react";
import type { Person, SeriesState } from "../../../../common/domain/types.js";
import { sideOfPerson } from "../../../../common/domain/rules/people.js";
import { Role, Side } from "../../../../common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { Avatar } from "../../ui/Avatar.js";
import { youLabel } from "../presence/youLabel.js";
import { functionKey, sideKey } from "../setup/labels.js";

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

/** Who is here: everyone online, with organisation and function, grouped by side. */
export function CheckInPhase({ state }: { state: SeriesState }) {
  const t = useT();
  const online = useAppStore((s) => s.presence.online);
  const me = useAppStore((s) => s.document.me);
  const here = useMemo(() => {
    const ids = new Set(online.map((e) => e.personId));
    if (me !== null) ids.add(me);
    return [...ids].flatMap((id) => {
      const person = state.people[id];
      return person ? [person] : [];
    });
  }, [online, me, state.people]);

  function describe(person: Person): string {
    const org = person.orgId === null ? null : (state.orgs[person.orgId]?.name ?? null);
    const fn = person.function === null ? null : t(functionKey(person.function));
    const known = [org, fn].filter((x) => x !== null).join(" · ");
    if (known !== "") return known;
    return person.role === Role.facilitator ? t("sessions.checkIn.facilitation") : t("sessions.checkIn.noDetails");
  }

  return (
    <div className="check-in" data-testid="check-in">
      <p className="muted">{t("sessions.checkIn.intro")}</p>
      <div className="side-columns">
        {GROUPS.map((group) => {
          const people = here.filter((p) => groupOf(p) === group);
          // Both sides and "no side" always show; the others only when someone is in them.
          if ((group === "facilitation" || group === Side.shared) && people.length === 0) return null;
          return (
            <section
              key={group ?? "none"}
              className={`side-column side-column-${group ?? "none"}`}
              data-testid={`check-in-${group ?? "none"}`}
            >
              <h3>
                {t(groupKey(group))} <span className="count">{people.length}</span>
              </h3>
              {people.length === 0 && <p className="muted">{t("sessions.checkIn.nobody")}</p>}
              <ul className="plain-list">
                {people.map((p) => (
                  <li key={p.id} className="check-in-person" data-testid="check-in-person">
                    <Avatar personId={p.id} name={p.name} label={p.name} />
                    <span>
                      <strong>{p.id === me ? youLabel(p.name, t) : p.name}</strong>
                      <span className="muted"> {describe(p)}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
