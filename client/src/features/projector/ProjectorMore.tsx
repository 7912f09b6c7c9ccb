import { useT } from "../../i18n/useT.js";

/** The first `max` items and how many are left over: the big screen truncates, it never scrolls. */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  // Showing "+ 1 weitere" takes the line the last item would have needed.
  if (items.length <= max) return { shown: [...items], more: 0 };
  return { shown: items.slice(0, max - 1), more: items.length - (max - 1) };
}

/** "+ 3 weitere" below a truncated list; nothing when all are shown. */
export function ProjectorMore({ count }: { count: number }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <p className="projector-more" data-testid="projector-more">
      {t("projector.more", { count })}
    </p>
  );
}
