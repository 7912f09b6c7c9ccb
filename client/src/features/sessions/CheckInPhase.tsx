import { useMemo } from "react";
import type { Person, SeriesState } from "../../../../common/domain/types.js";
import { sideOfPerson } from "../../../../common/domain/rules/people.js";
import { Side } from "../../../../common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { Avatar } from "../../ui/Avatar.js";
import { functionKey, sideKey } from "../setup/labels.js";

const GROUPS: readonly (Side | null)[] = [Side.sales, Side.operations, null];

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
    return [org, fn].filter((x) => x !== null).join(" · ") || t("sessions.checkIn.noDetails");
  }

  return (
    <div className="check-in" data-testid="check-in">
      <p className="muted">{t("sessions.checkIn.intro")}</p>
      <div className="side-columns">
        {GROUPS.map((side) => {
          const people = here.filter((p) => sideOfPerson(p) === side);
          return (
            <section
              key={side ?? "none"}
              className={`side-column side-column-${side ?? "none"}`}
              data-testid={`check-in-${side ?? "none"}`}
            >
              <h3>
                {t(sideKey(side))} <span className="count">{people.length}</span>
              </h3>
              {people.length === 0 && <p className="muted">{t("sessions.checkIn.nobody")}</p>}
              <ul className="plain-list">
                {people.map((p) => (
                  <li key={p.id} className="check-in-person" data-testid="check-in-person">
                    <Avatar personId={p.id} name={p.name} label={p.name} />
                    <span>
                      <strong>{p.id === me ? t("presence.you", { name: p.name }) : p.name}</strong>
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
