import { useMemo } from "react";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { Avatar } from "../../ui/Avatar.js";
import { typistsOf, viewersOf } from "./presence.js";
import "./presence.css";

/** Small badges of the other people looking at an item, and who is typing in it. */
export function FocusMarker({ itemId }: { itemId: string }) {
  const t = useT();
  const online = useAppStore((s) => s.presence.online);
  const people = useAppStore((s) => s.document.view?.people);
  const me = useAppStore((s) => s.document.me);
  const viewers = useMemo(() => viewersOf(online, itemId, me), [online, itemId, me]);
  const typists = useMemo(() => typistsOf(online, itemId, me), [online, itemId, me]);
  if (viewers.length === 0 && typists.length === 0) return null;
  const nameOf = (id: string) => people?.[id]?.name ?? t("presence.unknown");
  const names = viewers.map(nameOf);
  const text = t("presence.viewing", { count: viewers.length, names: names.join(", ") });
  return (
    <span className="focus-marker">
      {viewers.length > 0 && (
        <span className="focus-viewers" data-testid="presence-marker" title={text}>
          {viewers.map((id, index) => (
            <Avatar key={id} personId={id} name={names[index] ?? ""} small />
          ))}
          <span className="visually-hidden">{text}</span>
        </span>
      )}
      {typists.length > 0 && (
        <span className="typing-marker" data-testid={`typing-${itemId}`} role="status">
          {t("presence.typing", { names: typists.map(nameOf).join(", ") })}
        </span>
      )}
    </span>
  );
}
