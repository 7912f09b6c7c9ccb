import { nanoid } from "nanoid";
import { useState, type FormEvent } from "react";
import type { Case, SeriesState } from "@common/domain/types.js";
import type { NoteList } from "@common/domain/vocabulary.js";
import { notesOf } from "@common/domain/reduce/cases.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { canRemoveNote } from "@common/domain/authorize.js";
import { RemoveButton } from "../../ui/RemoveButton.js";
import { useReadOnly } from "../../ui/permissions.js";
import { EditableField } from "../../ui/EditableField.js";
import { NOTE_LISTS, noteListKey } from "./labels.js";
import { authorLabel, ownAnonymityLabel } from "../room/authorLabel.js";
import { OwnAnonymity } from "../room/OwnAnonymity.js";
import { useAppStore } from "../../store/context.js";

function OneList({ item, list, state }: { item: Case; list: NoteList; state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  const me = useAppStore((s) => s.document.me);
  const [text, setText] = useState("");
  const readOnly = useReadOnly();
  const title = t(noteListKey(list));
  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (text.trim() === "") return;
    sync.send({ type: "case.note.add", caseId: item.id, list, noteId: nanoid(), text: text.trim() });
    setText("");
  }
  return (
    <section className={`note-list note-list-${list}`} aria-label={title} data-testid={`notes-${list}`}>
      <h4 className="case-section-title">{title}</h4>
      <ul>
        {notesOf(item, list).map((note) => (
          <li key={note.id} className="note" data-testid="note">
            <EditableField
              value={note.text}
              label={t("cases.notes.edit", { list: title })}
              multiline
              required
              maxLength={LIMITS.note}
              onCommit={(value) =>
                sync.send({ type: "case.note.update", caseId: item.id, list, noteId: note.id, text: value })
              }
            />
            <span className="note-by" data-testid="note-by" data-anonymity={note.anonymity}>
              {authorLabel(note, state, t)}
            </span>
            <OwnAnonymity label={ownAnonymityLabel(note, me, state, t)} />
            {me !== null && canRemoveNote(state, me, item.id, note.id) && (
              <RemoveButton
                label={t("cases.notes.remove")}
                symbol="×"
                onRemove={() => sync.send({ type: "case.note.remove", caseId: item.id, list, noteId: note.id })}
              />
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form className="note-form" onSubmit={onSubmit}>
          <input
            className="text-input"
            aria-label={t("cases.notes.add", { list: title })}
            placeholder={t("cases.notes.placeholder")}
            value={text}
            maxLength={LIMITS.note}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button-secondary button-small" disabled={text.trim() === ""}>
            +
          </button>
        </form>
      )}
    </section>
  );
}

/** Went well / went wrong / better next time. */
export function NoteLists({ item, state }: { item: Case; state: SeriesState }) {
  return (
    <div className="note-lists">
      {NOTE_LISTS.map((list) => (
        <OneList key={list} item={item} list={list} state={state} />
      ))}
    </div>
  );
}
