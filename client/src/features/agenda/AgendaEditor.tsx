import { nanoid } from "nanoid";
import { useId, useState, type FormEvent } from "react";
import { agendaOf, itemsAt } from "@common/domain/agenda/order.js";
import type { AgendaItem, SeriesState, Session } from "@common/domain/types.js";
import { PHASES, type Phase } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";
import { phaseKey } from "../setup/labels.js";
import { AgendaTemplateTools } from "./AgendaTemplateTools.js";
import "./agenda.css";

/** A place as a select value: a phase, or "end" for after the last. */
const END = "end";
const placeOf = (value: string): Phase | null => (value === END ? null : (value as Phase));

/**
 * The facilitator's agenda items of an open session: add one between the
 * phases, move it within and across places, take it off; fill an empty
 * agenda from a template, or save the agenda as the series' template.
 */
export function AgendaEditor({ state, session }: { state: SeriesState; session: Session }) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const id = useId();
  const [title, setTitle] = useState("");
  const [minutes, setMinutes] = useState("15");
  const [place, setPlace] = useState<string>(PHASES[1] ?? END);
  const [ownerId, setOwnerId] = useState("");
  const [notes, setNotes] = useState("");
  if (session.closedSeq !== null || !canSend("agenda.add")) return null;
  const agenda = agendaOf(session);
  const timeBox = Number(minutes);
  const validTime = Number.isInteger(timeBox) && timeBox >= 1 && timeBox <= LIMITS.agendaTimeBoxMin;
  const people = Object.values(state.people).sort((a, b) => a.name.localeCompare(b.name));
  const placeLabel = (before: Phase | null) =>
    before === null ? t("agenda.place.end") : t("agenda.place.before", { phase: t(phaseKey(before)) });

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (title.trim() === "" || !validTime) return;
    sync.send({
      type: "agenda.add",
      sessionId: session.id,
      itemId: nanoid(),
      values: { title: title.trim(), timeBoxMin: timeBox, before: placeOf(place), ownerId: ownerId || null, notes },
    });
    setTitle("");
    setNotes("");
  }

  function shift(item: AgendaItem, by: -1 | 1): void {
    const here = itemsAt(agenda, item.before);
    const at = here.findIndex((i) => i.id === item.id);
    sync.send({ type: "agenda.move", sessionId: session.id, itemId: item.id, before: item.before, index: at + by });
  }

  return (
    <details className="agenda-editor" data-testid="agenda-editor">
      <summary>
        {t("agenda.title")} ({agenda.length})
      </summary>
      <p className="agenda-intro">{t("agenda.intro")}</p>
      <AgendaTemplateTools state={state} session={session} />
      {agenda.length === 0 ? (
        <p className="agenda-empty">{t("agenda.empty")}</p>
      ) : (
        <ul className="agenda-list">
          {[...PHASES, null].flatMap((before) =>
            itemsAt(agenda, before).map((item, i, here) => (
              <li key={item.id} data-testid={`agenda-item-${item.id}`}>
                <span className="agenda-list-title">{item.title}</span>
                <span className="agenda-list-meta">
                  {placeLabel(item.before)} · {t("agenda.minutes", { minutes: item.timeBoxMin })}
                </span>
                <select
                  aria-label={t("agenda.field.place")}
                  value={item.before ?? END}
                  onChange={(e) =>
                    sync.send({
                      type: "agenda.move",
                      sessionId: session.id,
                      itemId: item.id,
                      before: placeOf(e.target.value),
                      index: LIMITS.agendaItemsPerSession,
                    })
                  }
                >
                  {[...PHASES, null].map((p) => (
                    <option key={p ?? END} value={p ?? END}>
                      {placeLabel(p)}
                    </option>
                  ))}
                </select>
                <button type="button" className="button-link" disabled={i === 0} onClick={() => shift(item, -1)}>
                  {t("agenda.moveUp")}
                </button>
                <button
                  type="button"
                  className="button-link"
                  disabled={i === here.length - 1}
                  onClick={() => shift(item, 1)}
                >
                  {t("agenda.moveDown")}
                </button>
                <button
                  type="button"
                  className="button-link button-danger"
                  data-testid={`agenda-remove-${item.id}`}
                  onClick={() => sync.send({ type: "agenda.remove", sessionId: session.id, itemId: item.id })}
                >
                  {t("agenda.remove")}
                </button>
              </li>
            )),
          )}
        </ul>
      )}
      <form className="agenda-form" onSubmit={submit} data-testid="agenda-form">
        <label htmlFor={`${id}-title`}>{t("agenda.field.title")}</label>
        <input
          id={`${id}-title`}
          data-testid="agenda-title"
          value={title}
          maxLength={LIMITS.agendaTitle}
          placeholder={t("agenda.field.title.placeholder")}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={`${id}-time`}>{t("agenda.field.timeBox")}</label>
        <input
          id={`${id}-time`}
          data-testid="agenda-time"
          type="number"
          min={1}
          max={LIMITS.agendaTimeBoxMin}
          value={minutes}
          aria-invalid={!validTime}
          onChange={(e) => setMinutes(e.target.value)}
        />
        {!validTime && <p className="agenda-error">{t("agenda.timeBox.invalid")}</p>}
        <label htmlFor={`${id}-place`}>{t("agenda.field.place")}</label>
        <select id={`${id}-place`} data-testid="agenda-place" value={place} onChange={(e) => setPlace(e.target.value)}>
          {[...PHASES, null].map((p) => (
            <option key={p ?? END} value={p ?? END}>
              {placeLabel(p)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-owner`}>{t("agenda.field.owner")}</label>
        <select id={`${id}-owner`} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
          <option value="">{t("agenda.field.owner.none")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-notes`}>{t("agenda.field.notes")}</label>
        <textarea
          id={`${id}-notes`}
          value={notes}
          maxLength={LIMITS.agendaNotes}
          rows={2}
          onChange={(e) => setNotes(e.target.value)}
        />
        <button
          type="submit"
          className="button-primary"
          data-testid="agenda-add"
          disabled={title.trim() === "" || !validTime}
        >
          {t("agenda.add")}
        </button>
      </form>
    </details>
  );
}
