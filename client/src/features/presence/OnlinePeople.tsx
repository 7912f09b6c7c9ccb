import { useMemo } from "react";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { Avatar } from "../../ui/Avatar.js";
import { onlinePeople } from "./presence.js";

/** Who is connected to the series right now, with their side's colour and organisation. */
export function OnlinePeople() {
  const t = useT();
  const online = useAppStore((s) => s.presence.online);
  const people = useAppStore((s) => s.document.view?.people);
  const orgs = useAppStore((s) => s.document.view?.orgs);
  const me = useAppStore((s) => s.document.me);
  const list = useMemo(() => onlinePeople(online, people ?? {}, me), [online, people, me]);
  return (
    <ul className="online-people" data-testid="online-people" aria-label={t("presence.online")}>
      {list.map((person) => {
        const name = person.name ?? t("presence.unknown");
        const label = person.isMe ? t("presence.you", { name }) : name;
        const org = person.orgId === null ? null : (orgs?.[person.orgId]?.name ?? null);
        const title = org === null ? label : `${label} · ${org}`;
        return (
          <li
            key={person.personId}
            className={`online-person online-side-${person.side ?? "none"}`}
            data-testid="online-person"
            data-person-id={person.personId}
            data-side={person.side ?? "none"}
            title={title}
          >
            <Avatar personId={person.personId} name={name} label={title} />
            <span className="online-person-name">{label}</span>
            {org !== null && <span className="online-person-org">{org}</span>}
          </li>
        );
      })}
    </ul>
  );
}
