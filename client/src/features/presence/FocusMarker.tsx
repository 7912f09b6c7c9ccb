import { useMemo } from "react";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { Avatar } from "../../ui/Avatar.js";
import { viewersOf } from "./presence.js";

/** Small badges of the other people looking at an item. */
export function FocusMarker({ itemId }: { itemId: string }) {
  const t = useT();
  const online = useAppStore((s) => s.presence.online);
  const people = useAppStore((s) => s.document.view?.people);
  const me = useAppStore((s) => s.document.me);
  const viewers = useMemo(() => viewersOf(online, itemId, me), [online, itemId, me]);
  if (viewers.length === 0) return null;
  const names = viewers.map((id) => people?.[id]?.name ?? t("presence.unknown"));
  const text = t(viewers.length === 1 ? "presence.viewing" : "presence.viewing.many", { names: names.join(", ") });
  return (
    <span className="focus-marker" data-testid="presence-marker" title={text}>
      {viewers.map((id, index) => (
        <Avatar key={id} personId={id} name={names[index] ?? ""} small />
      ))}
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
