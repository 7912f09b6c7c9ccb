import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Org } from "@common/domain/types.js";
import { useT, type Translate } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { Avatar } from "../../ui/Avatar.js";
import { onlinePeople, type OnlinePerson } from "./presence.js";
import { youLabel } from "./youLabel.js";
import "./presence.css";

/** How many faces the header shows before "+N". */
const SHOWN = 5;

function describe(person: OnlinePerson, orgs: Readonly<Record<string, Org>> | undefined, t: Translate) {
  const name = person.name ?? t("presence.unknown");
  const label = person.isMe ? youLabel(name, t) : name;
  const org = person.orgId === null ? null : (orgs?.[person.orgId]?.name ?? null);
  return { name, label, org, title: org === null ? label : `${label} · ${org}` };
}

/** Closes the list on Escape or a click outside it. */
function useDismiss(open: boolean, close: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent): void {
      if (event.key === "Escape") close();
    }
    function onPointer(event: PointerEvent): void {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) close();
    }
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open, close]);
  return ref;
}

/**
 * Who is connected right now: a few faces in their side's colour and "+N",
 * which opens everyone with name and organisation. The full list is always in
 * the page (folded away), so it never grows the header.
 */
export function OnlinePeople() {
  const t = useT();
  const listId = useId();
  const online = useAppStore((s) => s.presence.online);
  const people = useAppStore((s) => s.document.view?.people);
  const orgs = useAppStore((s) => s.document.view?.orgs);
  const me = useAppStore((s) => s.document.me);
  const list = useMemo(() => onlinePeople(online, people ?? {}, me), [online, people, me]);
  const [open, setOpen] = useState(false);
  const ref = useDismiss(open, () => setOpen(false));
  const shown = list.slice(0, SHOWN);
  const more = list.length - shown.length;
  return (
    <div className="online" ref={ref}>
      <button
        type="button"
        className="online-faces"
        aria-expanded={open}
        aria-controls={listId}
        data-testid="online-toggle"
        onClick={() => setOpen(!open)}
      >
        {/* Named by its content, not an aria-label, so the name holds what is shown (WCAG label-in-name). */}
        <span className="visually-hidden">{t("presence.more.label", { count: list.length })}</span>
        {shown.map((person) => {
          const { name, title } = describe(person, orgs, t);
          return (
            <span
              key={person.personId}
              className={`online-face online-side-${person.side ?? "none"}`}
              title={title}
              aria-hidden="true"
            >
              <Avatar personId={person.personId} name={name} label={title} />
            </span>
          );
        })}
        {more > 0 && (
          <span className="online-more" data-testid="online-more">
            {t("presence.more", { count: more })}
          </span>
        )}
      </button>
      <ul
        id={listId}
        className="online-people"
        data-testid="online-people"
        aria-label={t("presence.online")}
        hidden={!open}
      >
        {list.map((person) => {
          const { name, label, org, title } = describe(person, orgs, t);
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
    </div>
  );
}
