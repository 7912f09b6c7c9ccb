import { EntityKind, fieldKey, type SeriesState } from "@common/domain/types.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { ConfirmDelete } from "../../ui/ConfirmDelete.js";
import { EditableField } from "../../ui/EditableField.js";
import { EditScope } from "../../ui/permissions.js";
import { AddOrgForm } from "./AddOrgForm.js";
import { orgsInOrder } from "./PersonSelects.js";
import { PeopleList } from "./PeopleList.js";
import { MailPeoplePanel } from "../mail/MailPeoplePanel.js";
import { WebhookPanel } from "../webhook/WebhookPanel.js";
import { Role } from "@common/domain/vocabulary.js";
import "./setup.css";

/** Organisations and people of the series. */
export function ParticipantsView({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const sync = useSync();
  const orgs = orgsInOrder(state.orgs);
  return (
    <div className="setup-view" data-testid="participants-view">
      <section className="panel" aria-labelledby="orgs-title">
        <h2 id="orgs-title">{t("setup.orgs.title")}</h2>
        <p className="muted">{t("setup.orgs.intro")}</p>
        <EditScope type="org.add">
          {orgs.length === 0 && (
            <p className="empty-state" data-testid="orgs-empty">
              {t("setup.orgs.empty")}
            </p>
          )}
          <ul className="plain-list">
            {orgs.map((org) => (
              <li key={org.id} className="list-row" data-testid="org-row">
                <EditableField
                  value={org.name}
                  label={t("setup.org.name")}
                  required
                  maxLength={LIMITS.orgName}
                  lastEditorName={otherEditorName(state, fieldKey(EntityKind.org, org.id, "name"), me)}
                  onCommit={(name) => sync.send({ type: "org.update", orgId: org.id, changes: { name } })}
                />
                <ConfirmDelete
                  label={t("setup.org.remove")}
                  question={t("setup.org.remove.confirm")}
                  onConfirm={() => sync.send({ type: "org.remove", orgId: org.id })}
                />
              </li>
            ))}
          </ul>
          <AddOrgForm />
        </EditScope>
      </section>
      <PeopleList state={state} me={me} />
      {state.people[me]?.role === Role.facilitator && <MailPeoplePanel state={state} />}
      {state.people[me]?.role === Role.facilitator && <WebhookPanel seriesId={state.id} />}
    </div>
  );
}
