import { currentItem } from "@common/domain/agenda/order.js";
import type { SeriesState, Session } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";
import { phaseKey } from "../setup/labels.js";
import "./agenda.css";

const MINUTE_MS = 60_000;

/** The agenda item the room is at: its title, owner, time box and notes; the facilitator sets the timer to its time box. */
export function AgendaItemPanel({ state, session }: { state: SeriesState; session: Session }) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const item = session.closedSeq === null ? currentItem(session) : null;
  if (!item) return null;
  const owner = item.ownerId ? state.people[item.ownerId]?.name : undefined;
  return (
    <section className="agenda-current" data-testid="agenda-current" aria-live="polite">
      <h3>{t("agenda.current", { title: item.title })}</h3>
      <p className="agenda-current-meta">
        {t("agenda.minutes", { minutes: item.timeBoxMin })}
        {owner !== undefined && <> · {t("agenda.owner", { name: owner })}</>}
      </p>
      {item.notes !== "" && <p className="agenda-current-notes">{item.notes}</p>}
      <div className="agenda-current-tools">
        {canSend("timer.set") && (
          <button
            type="button"
            className="button-secondary"
            data-testid="agenda-timer"
            onClick={() => sync.send({ type: "timer.set", durationMs: item.timeBoxMin * MINUTE_MS, signal: true })}
          >
            {t("agenda.timer", { minutes: item.timeBoxMin })}
          </button>
        )}
        {canSend("agenda.step") && (
          <button
            type="button"
            className="button-secondary"
            data-testid="agenda-back"
            onClick={() => sync.send({ type: "agenda.step", sessionId: session.id, itemId: null })}
          >
            {t("agenda.backToPhase", { phase: t(phaseKey(session.phase)) })}
          </button>
        )}
      </div>
    </section>
  );
}
