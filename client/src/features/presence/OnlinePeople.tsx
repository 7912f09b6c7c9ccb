import { useMemo } from "react";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { Avatar } from "../../ui/Avatar.js";
import { onlinePeople } from "./presence.js";

/** Who is connected to the series right now. */
export function OnlinePeople() {
  const t = useT();
  const online = useAppStore((s) => s.presence.online);
  const people = useAppStore((s) => s.document.view?.people);
  const me = useAppStore((s) => s.document.me);
  const list = useMemo(() => onlinePeople(online, people ?? {}, me), [online, people, me]);
  return (
    <ul className="online-people" data-testid="online-people" aria-label={t("presence.online")}>
      {list.map((person) => {
        const name = person.name ?? t("presence.unknown");
        const label = person.isMe ? t("presence.you", { name }) : name;
        return (
          <li
            key={person.personId}
            className="online-person"
            data-testid="online-person"
            data-person-id={person.personId}
          >
            <Avatar personId={person.personId} name={name} label={label} />
            <span className="online-person-name">{label}</span>
          </li>
        );
      })}
    </ul>
  );
}
