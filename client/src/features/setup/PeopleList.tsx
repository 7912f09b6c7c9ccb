import type { Person, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { Avatar } from "../../ui/Avatar.js";
import { EditScope } from "../../ui/permissions.js";
import { RoleBadge } from "../invites/RoleBadge.js";
import { MembershipBadge } from "../membership/MembershipBadge.js";
import { youLabel } from "../presence/youLabel.js";
import { FunctionSelect, OrgSelect } from "./PersonSelects.js";

function peopleInOrder(state: SeriesState): Person[] {
  return Object.values(state.people).sort((a, b) => a.joinedSeq - b.joinedSeq || a.id.localeCompare(b.id));
}

/** Everyone who joined, with their organisation, function and the side it puts them on. */
export function PeopleList({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const sync = useSync();
  const people = peopleInOrder(state);
  return (
    <section className="panel" aria-labelledby="people-title">
      <h2 id="people-title">{t("setup.people.title")}</h2>
      <p className="muted">{t("setup.people.intro")}</p>
      <ul className="plain-list">
        {people.map((person) => (
          <li key={person.id} className="person-row" data-testid="person-row" data-person-id={person.id}>
            <span className="person-name">
              <Avatar personId={person.id} name={person.name} label={person.name} />
              <span>{person.id === me ? youLabel(person.name, t) : person.name}</span>
              <RoleBadge role={person.role} />
              <MembershipBadge state={state} me={me} person={person} />
            </span>
            <EditScope type="org.update" className="person-field">
              <OrgSelect
                orgs={state.orgs}
                value={person.orgId}
                onChange={(orgId) => sync.send({ type: "person.update", personId: person.id, changes: { orgId } })}
              />
            </EditScope>
            <EditScope type={person.id === me ? "person.update" : "org.update"} className="person-field">
              <FunctionSelect
                value={person.function}
                onChange={(fn) => sync.send({ type: "person.update", personId: person.id, changes: { function: fn } })}
              />
            </EditScope>
          </li>
        ))}
      </ul>
    </section>
  );
}
