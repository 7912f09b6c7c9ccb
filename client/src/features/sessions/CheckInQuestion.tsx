import { useId, useState, type FormEvent } from "react";
import { EntityKind, fieldKey, type SeriesState, type Session } from "@common/domain/types.js";
import { LIMITS } from "@common/limits.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { EditableField } from "../../ui/EditableField.js";
import { useCanSend } from "../../ui/permissions.js";
import { youLabel } from "../presence/youLabel.js";

/** Questions a moderator often opens with; one click asks one. */
const SUGGESTIONS: readonly MessageKey[] = [
  "checkIn.suggestion.expectations",
  "checkIn.suggestion.onMind",
  "checkIn.suggestion.sinceLast",
];

/** The sender's own answer: typed, then saved with a button (it is one line, not a shared text). */
function OwnAnswer({ session, answer }: { session: Session; answer: string }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? answer;
  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (shown.trim() !== answer) sync.send({ type: "checkin.answer", sessionId: session.id, text: shown.trim() });
    setDraft(null);
  }
  return (
    <form className="inline-form check-in-answer" onSubmit={onSubmit} data-testid="check-in-answer-form">
      <label className="visually-hidden" htmlFor={id}>
        {t("checkIn.answer.label")}
      </label>
      <input
        id={id}
        className="text-input"
        value={shown}
        maxLength={LIMITS.checkInAnswer}
        placeholder={t("checkIn.answer.placeholder")}
        data-testid="check-in-answer"
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="button-primary" disabled={shown.trim() === answer}>
        {answer === "" ? t("checkIn.answer.send") : t("checkIn.answer.change")}
      </button>
    </form>
  );
}

/**
 * The optional check-in round: the facilitator asks a question (typed or one
 * of the suggestions), everyone answers in a line, and the answers show by
 * name for all and in the minutes. Without a question only the facilitator
 * sees the offer to ask one.
 */
export function CheckInQuestion({ state, session, me }: { state: SeriesState; session: Session; me: string | null }) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const question = session.checkInQuestion ?? "";
  const answers = session.checkInAnswers ?? {};
  const asks = canSend("session.update");
  const answering = canSend("checkin.answer") && me !== null && state.people[me]?.role !== "observer";
  if (question === "" && !asks) return null;

  const ask = (text: string): void =>
    sync.send({ type: "session.update", sessionId: session.id, changes: { checkInQuestion: text } });
  const answered = Object.values(state.people)
    .filter((person) => Object.hasOwn(answers, person.id))
    .sort((a, b) => a.joinedSeq - b.joinedSeq);
  return (
    <section
      className="check-in-question"
      aria-labelledby={`check-in-question-${session.id}`}
      data-testid="check-in-question"
    >
      <h3 id={`check-in-question-${session.id}`}>{t("checkIn.title")}</h3>
      {asks ? (
        <EditableField
          value={question}
          label={t("checkIn.question.label")}
          multiline
          placeholder={t("checkIn.question.placeholder")}
          maxLength={LIMITS.checkInQuestion}
          lastEditorName={otherEditorName(state, fieldKey(EntityKind.session, session.id, "checkInQuestion"), me)}
          testId="check-in-question-text"
          onCommit={ask}
        />
      ) : (
        <p className="check-in-asked" data-testid="check-in-question-text">
          {question}
        </p>
      )}
      {asks && question === "" && (
        <div className="check-in-suggestions" data-testid="check-in-suggestions">
          <span className="muted small">{t("checkIn.suggestions")}</span>
          {SUGGESTIONS.map((key) => (
            <button key={key} type="button" className="button-quiet" onClick={() => ask(t(key))}>
              {t(key)}
            </button>
          ))}
        </div>
      )}
      {question !== "" && answering && me !== null && <OwnAnswer session={session} answer={answers[me] ?? ""} />}
      {question !== "" && (
        <ul className="plain-list check-in-answers" data-testid="check-in-answers">
          {answered.length === 0 && <li className="muted">{t("checkIn.answers.none")}</li>}
          {answered.map((person) => (
            <li key={person.id} data-testid="check-in-answer-row">
              <strong>{person.id === me ? youLabel(person.name, t) : person.name}:</strong> {answers[person.id]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
