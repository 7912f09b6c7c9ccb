import { useEffect } from "react";
import type { SeriesState, TrashEntry } from "@common/domain/types.js";
import { TRASH_KEEP_DAYS, trashKey } from "@common/domain/trash/entries.js";
import type { Language } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { shortQuote } from "../../sync/notices.js";
import { entryCaseTitle, entryText, KIND_KEYS, restorableEntries, restorableNow, TRASH_SHOWN } from "./trashEntries.js";

function formatMoment(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}

/**
 * The trash (Papierkorb): what this person may bring back, newest first —
 * kind, text, who removed it and when, and "Wiederherstellen". An anonymous
 * contribution's remover stays unnamed, as its author does.
 */
export function TrashPanel({ state, me, onClose }: { state: SeriesState; me: string; onClose: () => void }) {
  const t = useT();
  const sync = useSync();
  const language = useAppStore((s) => s.ui.language);
  const entries = restorableEntries(state, me);
  const shown = entries.slice(0, TRASH_SHOWN);
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.key === "Escape") onClose();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  function removedLine(entry: TrashEntry): string {
    const when = formatMoment(entry.removed.at, language);
    if (entry.removed.by === "") return t("trash.removedAnonymously", { when });
    const name = state.people[entry.removed.by]?.name ?? t("presence.unknown");
    return t("trash.removedBy", { name, when });
  }

  return (
    <section
      className="panel trash-panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="trash-panel-title"
      data-testid="trash-panel"
    >
      <div className="invite-panel-head">
        <h2 id="trash-panel-title">{t("trash.title")}</h2>
        <button type="button" className="button-quiet" data-testid="trash-close" onClick={onClose} autoFocus>
          {t("trash.close")}
        </button>
      </div>
      <p className="muted small">{t("trash.hint", { days: String(TRASH_KEEP_DAYS) })}</p>
      {shown.length === 0 ? (
        <p data-testid="trash-empty">{t("trash.empty")}</p>
      ) : (
        <ul className="trash-list">
          {shown.map((entry) => {
            const text = shortQuote(entryText(entry));
            const caseTitle = entryCaseTitle(state, entry);
            const now = restorableNow(state, entry);
            return (
              <li
                key={trashKey(entry.kind, entry.item.id)}
                className="trash-entry"
                data-testid="trash-entry"
                data-kind={entry.kind}
                data-item-id={entry.item.id}
              >
                <div className="trash-entry-main">
                  <span className="trash-kind">{t(KIND_KEYS[entry.kind])}</span>
                  <strong className="trash-text">{text}</strong>
                  {caseTitle !== null && (
                    <span className="muted small">{t("trash.inCase", { title: shortQuote(caseTitle) })}</span>
                  )}
                  <span className="muted small">{removedLine(entry)}</span>
                </div>
                {now ? (
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t("trash.restore.label", { title: text })}
                    data-testid="trash-restore"
                    onClick={() => sync.send({ type: "item.restore", kind: entry.kind, itemId: entry.item.id })}
                  >
                    {t("trash.restore")}
                  </button>
                ) : (
                  <span className="muted small" data-testid="trash-case-first">
                    {t("trash.caseFirst")}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {entries.length > shown.length && (
        <p className="muted small">{t("trash.more", { count: String(entries.length - shown.length) })}</p>
      )}
    </section>
  );
}
