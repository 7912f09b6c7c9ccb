import { useState } from "react";
import type { Person, SeriesState } from "@common/domain/types.js";
import { ROLES, Role } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import type { InviteView } from "@common/protocol.js";
import { Avatar } from "../../ui/Avatar.js";
import { ConfirmMembershipButton, UnconfirmedBadge } from "../membership/MembershipBadge.js";
import { youLabel } from "../presence/youLabel.js";
import { PersonalLinkBox } from "../mine/PersonalLinkBox.js";
import { usePersonalLink } from "../mine/usePersonalLink.js";
import { RevokeWarning } from "./RevokeWarning.js";
import { RoleBadge } from "./RoleBadge.js";
import { roleKey } from "./roleLabels.js";

function byName(a: Person, b: Person): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

function PersonRoleRow({
  state,
  person,
  me,
  invites,
  onRevoke,
}: {
  state: SeriesState;
  person: Person;
  me: string;
  invites: readonly InviteView[];
  onRevoke: (id: string) => void;
}) {
  const t = useT();
  const sync = useSync();
  const [confirming, setConfirming] = useState(false);
  const personal = usePersonalLink();
  const self = person.id === me;
  // People added without joining have no device: this is their way in, to their own agreements.
  const linkButton = (
    <button
      type="button"
      className="button-quiet button-small"
      disabled={personal.link.status === "making"}
      data-testid={`person-link-${person.id}`}
      onClick={() => void personal.make(person.id)}
    >
      {t("device.forPerson")}
    </button>
  );
  return (
    <li className="person-role-row" data-testid="person-role-row" data-person-id={person.id}>
      <span className="person-name">
        <Avatar personId={person.id} name={person.name} small />
        <span>{self ? youLabel(person.name, t) : person.name}</span>
        <RoleBadge role={person.role} />
        <UnconfirmedBadge state={state} person={person} />
      </span>
      {self && <span className="person-role-actions">{linkButton}</span>}
      {!self && (
        <span className="person-role-actions">
          {/* A facilitator's links are their own to make (the server refuses them to anyone else). */}
          {person.role !== Role.facilitator && linkButton}
          <ConfirmMembershipButton state={state} me={me} person={person} />
          <label className="visually-hidden" htmlFor={`role-${person.id}`}>
            {t("room.role.change", { name: person.name })}
          </label>
          <select
            id={`role-${person.id}`}
            className="text-input select-small"
            value={person.role}
            data-testid={`person-role-${person.id}`}
            onChange={(e) => {
              const role = ROLES.find((r) => r === e.target.value);
              if (role) sync.send({ type: "person.role", personId: person.id, role });
            }}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(roleKey(role))}
              </option>
            ))}
          </select>
          {person.role !== Role.facilitator && (
            <button
              type="button"
              className="button-quiet button-small"
              data-testid={`person-cofacilitator-${person.id}`}
              onClick={() => sync.send({ type: "person.role", personId: person.id, role: Role.facilitator })}
            >
              {t("room.role.addCoFacilitator")}
            </button>
          )}
          <button
            type="button"
            className="button-quiet button-small"
            data-testid={`person-handover-${person.id}`}
            onClick={() => sync.send({ type: "facilitation.handover", personId: person.id })}
          >
            {t("room.role.handover")}
          </button>
          {confirming ? (
            <span className="confirm confirm-block" role="group" aria-label={t("room.person.revoke")}>
              <RevokeWarning state={state} person={person} invites={invites} />
              <button
                type="button"
                className="button-danger button-small"
                data-testid={`person-revoke-confirm-${person.id}`}
                onClick={() => {
                  setConfirming(false);
                  onRevoke(person.id);
                }}
              >
                {t("room.person.revoke")}
              </button>
              <button type="button" className="button-quiet button-small" onClick={() => setConfirming(false)}>
                {t("confirm.no")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="button-quiet button-small"
              data-testid={`person-revoke-${person.id}`}
              onClick={() => setConfirming(true)}
            >
              {t("room.person.revoke")}
            </button>
          )}
        </span>
      )}
      {personal.link.status !== "idle" && (
        <div className="person-link" data-testid={`person-link-box-${person.id}`}>
          <PersonalLinkBox
            link={personal.link}
            label={t("device.forPerson.label", { name: person.name })}
            hint={t("device.forPerson.hint", { name: person.name })}
          />
        </div>
      )}
    </li>
  );
}

/** Everyone's role; the facilitator changes roles, hands over, adds co-facilitators, revokes access. */
export function PeopleRoles({
  state,
  me,
  invites,
  onRevoke,
}: {
  state: SeriesState;
  me: string;
  invites: readonly InviteView[];
  onRevoke: (personId: string) => void;
}) {
  const t = useT();
  const people = Object.values(state.people).sort(byName);
  return (
    <section className="people-roles" aria-labelledby="people-roles-title" data-testid="people-roles">
      <h3 id="people-roles-title">{t("room.people.title")}</h3>
      <ul className="plain-list">
        {people.map((person) => (
          <PersonRoleRow key={person.id} state={state} person={person} me={me} invites={invites} onRevoke={onRevoke} />
        ))}
      </ul>
    </section>
  );
}
