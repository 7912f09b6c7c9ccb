import type { Agreement, Case } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";

/** A "Nächstes Mal besser" note of a case, as a proposal for an agreement. */
export interface BetterNextProposal {
  caseId: string;
  caseTitle: string;
  noteId: string;
  text: string;
}

/**
 * The cases' "Nächstes Mal besser" notes that no agreement of the case has
 * taken over yet (same text), in the order of the cases.
 */
export function betterNextProposals(cases: readonly Case[], agreements: readonly Agreement[]): BetterNextProposal[] {
  const taken = new Set(agreements.map((a) => `${a.caseId ?? ""}\n${a.text.trim()}`));
  return cases.flatMap((item) =>
    item.betterNext
      .filter((note) => note.text.trim() !== "" && !taken.has(`${item.id}\n${note.text.trim()}`))
      .map((note) => ({ caseId: item.id, caseTitle: item.title, noteId: note.id, text: note.text.trim() })),
  );
}

/** Beside the agreement form: what the cases said should go better, each one click from the form. */
export function BetterNextSuggestions({
  proposals,
  onTake,
}: {
  proposals: readonly BetterNextProposal[];
  onTake: (proposal: BetterNextProposal) => void;
}) {
  const t = useT();
  if (proposals.length === 0) return null;
  return (
    <aside className="better-next-suggestions" aria-label={t("agreements.betterNext.title")} data-testid="better-next">
      <h3 className="case-section-title">{t("agreements.betterNext.title")}</h3>
      <ul className="plain-list">
        {proposals.map((proposal) => (
          <li key={proposal.noteId} className="better-next-item" data-testid="better-next-item">
            <span className="muted small">{proposal.caseTitle}</span>
            <span className="better-next-text">{proposal.text}</span>
            <button
              type="button"
              className="button-secondary button-small"
              data-testid={`better-next-take-${proposal.noteId}`}
              onClick={() => onTake(proposal)}
            >
              {t("agreements.betterNext.take")}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
