import { nanoid } from "nanoid";
import { useId, useRef, useState, type FormEvent } from "react";
import type { Agreement, Case, SeriesState } from "@common/domain/types.js";
import { Level } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useReadOnly } from "../../ui/permissions.js";
import { ParentSelect } from "../levels/ParentSelect.js";
import { BetterNextSuggestions, betterNextProposals, type BetterNextProposal } from "./BetterNextSuggestions.js";

/**
 * Adds an agreement to a session, from one of its cases (taking over the case's
 * collision) or free; the cases' "Nächstes Mal besser" notes stand beside it,
 * each one click from the form.
 */
export function AddAgreementForm({
  cases,
  agreements,
  sessionId,
  state,
}: {
  cases: readonly Case[];
  agreements: readonly Agreement[];
  sessionId: string;
  state: SeriesState;
}) {
  const t = useT();
  const sync = useSync();
  const textId = useId();
  const caseSelectId = useId();
  const readOnly = useReadOnly();
  const [text, setText] = useState("");
  const [parentId, setParentId] = useState<string | null>(null);
  const parent = parentId === null ? undefined : state.agreements[parentId];
  const textArea = useRef<HTMLTextAreaElement>(null);
  // null until the user picks: then the newest case is proposed, since agreements usually answer the case just discussed.
  const [choice, setChoice] = useState<string | null>(null);
  const proposed = choice ?? cases.at(-1)?.id ?? "";
  // A case deleted meanwhile is no longer offered; the form falls back to "no case".
  const linkedCase = cases.find((c) => c.id === proposed) ?? null;

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (text.trim() === "") return;
    sync.send({
      type: "agreement.add",
      agreementId: nanoid(),
      values: {
        text: text.trim(),
        sessionId,
        caseId: linkedCase?.id ?? null,
        collisionId: linkedCase?.collisionIds[0] ?? null,
        goalIds: linkedCase?.goalIds ?? [],
        // Breaking a strategic agreement down makes an executive one; without a parent the session's level applies.
        ...(parent ? { parentId: parent.id, level: Level.operational } : {}),
      },
    });
    setText("");
    setParentId(null);
  }

  function take(proposal: BetterNextProposal): void {
    setText(proposal.text.slice(0, LIMITS.agreementText));
    setChoice(proposal.caseId);
    textArea.current?.focus();
  }

  if (readOnly) return null;
  return (
    <div className="add-agreement">
      <BetterNextSuggestions proposals={betterNextProposals(cases, agreements)} onTake={take} />
      <form
        className="add-form"
        onSubmit={onSubmit}
        aria-label={t("agreements.add.title")}
        data-testid="add-agreement-form"
      >
        <label className="form-label" htmlFor={textId}>
          {t("agreements.add.text")}
        </label>
        <textarea
          ref={textArea}
          id={textId}
          className="text-input"
          rows={2}
          value={text}
          maxLength={LIMITS.agreementText}
          placeholder={t("agreements.add.text.placeholder")}
          onChange={(e) => setText(e.target.value)}
          required
        />
        <label className="form-label" htmlFor={caseSelectId}>
          {t("agreements.add.case")}
        </label>
        <select
          id={caseSelectId}
          className="text-input"
          value={linkedCase?.id ?? ""}
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="">{t("agreements.add.noCase")}</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <ParentSelect state={state} agreementId={null} value={parent ? parent.id : null} onChange={setParentId} />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={text.trim() === ""}>
            {t("agreements.add.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
