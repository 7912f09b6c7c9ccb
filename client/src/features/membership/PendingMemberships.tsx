import { useState } from "react";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { mayConfirm } from "./membership.js";
import "./membership.css";

/**
 * Where the moderator works: who joined with an organisation nobody vouched
 * for yet, for those who may confirm it, one by one or all at once. Folded to
 * one line until opened, so it never pushes the session's content down.
 */
export function PendingMemberships({ state, me }: { state: SeriesState; me: string | null }) {
  const t = useT();
  const sync = useSync();
  const [open, setOpen] = useState(false);
  const pending = Object.values(state.people)
    .filter((person) => mayConfirm(state, me, person))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (pending.length === 0) return null;
  const confirm = (personId: string) => sync.send({ type: "person.confirm", personId });
  return (
    <div className="pending-memberships" role="status" data-testid="pending-memberships">
      <button
        type="button"
        className="button-quiet button-small pending-memberships-toggle"
        aria-expanded={open}
        data-testid="pending-memberships-toggle"
        onClick={() => setOpen(!open)}
      >
        <span className="pending-memberships-count">{pending.length}</span>{" "}
        {t("membership.waiting", { count: pending.length })}
      </button>
      {pending.length > 1 && (
        <button
          type="button"
          className="button-secondary button-small"
          data-testid="pending-memberships-all"
          onClick={() => pending.forEach((person) => confirm(person.id))}
        >
          {t("membership.confirmAll")}
        </button>
      )}
      {open && (
        <ul className="plain-list pending-memberships-list">
          {pending.map((person) => (
            <li key={person.id} data-testid="pending-membership">
              <span>
                {person.name} – {person.orgId === null ? "" : (state.orgs[person.orgId]?.name ?? "")}
              </span>
              <button
                type="button"
                className="button-secondary button-small"
                data-testid={`pending-membership-confirm-${person.id}`}
                onClick={() => confirm(person.id)}
              >
                {t("membership.confirm.short")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
