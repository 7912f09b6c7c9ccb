import { nanoid } from "nanoid";
import { useId, useState, type FormEvent } from "react";
import type { Visit } from "@common/domain/stations/types.js";
import type { Org, SeriesState, Session } from "@common/domain/types.js";
import { Role } from "@common/domain/vocabulary.js";
import { confirmedOrg } from "@common/domain/visibility/viewer.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";

/** Each visiting organisation's take-home list; its members (and facilitators) write on it. */
export function TakeHomeLists({
  state,
  session,
  visit,
  me,
}: {
  state: SeriesState;
  session: Session;
  visit: Visit;
  me: string;
}) {
  const t = useT();
  const visitors = Object.values(state.orgs)
    .filter((o) => o.id !== session.hostOrgId)
    .sort((a, b) => a.name.localeCompare(b.name));
  if (visitors.length === 0) return null;
  return (
    <section className="visit-takehome" data-testid="visit-takehome">
      <h4>{t("visit.takeHome.title")}</h4>
      <p className="visit-intro">{t("visit.takeHome.intro")}</p>
      {visitors.map((org) => (
        <TakeHomeList key={org.id} state={state} session={session} visit={visit} org={org} me={me} />
      ))}
    </section>
  );
}

function TakeHomeList({
  state,
  session,
  visit,
  org,
  me,
}: {
  state: SeriesState;
  session: Session;
  visit: Visit;
  org: Org;
  me: string;
}) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const id = useId();
  const [text, setText] = useState("");
  const [internal, setInternal] = useState(false);
  const person = state.people[me];
  const member = person !== undefined && confirmedOrg(person) === org.id;
  const writes = session.closedSeq === null && canSend("takehome.add") && (member || person?.role === Role.facilitator);
  const items = visit.takeHome.filter((item) => item.orgId === org.id);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (text.trim() === "") return;
    sync.send({
      type: "takehome.add",
      sessionId: session.id,
      itemId: nanoid(),
      orgId: org.id,
      text: text.trim(),
      internalTo: internal && member ? org.id : null,
    });
    setText("");
  }

  return (
    <div className="visit-takehome-org" data-testid={`visit-takehome-${org.id}`}>
      <h5>{t("visit.takeHome.org", { org: org.name })}</h5>
      {items.length === 0 ? (
        <p className="visit-empty">{t("visit.takeHome.empty")}</p>
      ) : (
        <ul className="visit-takehome-items">
          {items.map((item) => (
            <li key={item.id}>
              <span>{item.text}</span>
              {item.internalTo !== null && <span className="visit-badge">{t("visit.takeHome.internalBadge")}</span>}
              {writes && (
                <button
                  type="button"
                  className="button-quiet button-small"
                  onClick={() => sync.send({ type: "takehome.remove", sessionId: session.id, itemId: item.id })}
                >
                  {t("visit.takeHome.remove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {writes && (
        <form onSubmit={submit} className="visit-takehome-form">
          <label htmlFor={`${id}-text`}>{t("visit.takeHome.text")}</label>
          <input id={`${id}-text`} value={text} maxLength={LIMITS.takeHome} onChange={(e) => setText(e.target.value)} />
          {member && (
            <label className="visit-check">
              <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
              {t("visit.takeHome.internal")}
            </label>
          )}
          <button type="submit" className="button-secondary" disabled={text.trim() === ""}>
            {t("visit.takeHome.submit")}
          </button>
        </form>
      )}
    </div>
  );
}
