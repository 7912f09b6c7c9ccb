import { useId, useState } from "react";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { parseEuro, type EuroProblem } from "./euroInput.js";
import type { MessageKey } from "../../i18n/i18n.js";

const PROBLEM_KEYS: Record<EuroProblem, MessageKey> = {
  notANumber: "ledger.error.notANumber",
  otherCurrency: "ledger.error.otherCurrency",
  tooLarge: "ledger.error.tooLarge",
};

/** An amount of euros, committed when it loses focus; what is not a plausible € figure is named and not sent. */
export function EuroField(props: {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  testId?: string;
  disabled?: boolean;
}) {
  const t = useT();
  const id = useId();
  const language = useAppStore((s) => s.ui.language);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<EuroProblem | null>(null);
  const shown =
    draft ??
    (props.value === null ? "" : new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB").format(props.value));
  function commit(): void {
    if (draft === null) return;
    const parsed = parseEuro(draft, language);
    if ("problem" in parsed) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    setDraft(null);
    if (parsed.amount !== props.value) props.onCommit(parsed.amount);
  }
  return (
    <span className="field ledger-euro">
      <label className="form-label" htmlFor={id}>
        {props.label}
      </label>
      <span className="ledger-euro-input">
        <input
          id={id}
          className="text-input"
          inputMode="decimal"
          value={shown}
          disabled={props.disabled}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          data-testid={props.testId}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") e.currentTarget.blur();
          }}
        />
        <span aria-hidden="true">€</span>
      </span>
      {problem && (
        <span id={`${id}-problem`} className="field-error" role="alert" data-testid="euro-problem">
          {t(PROBLEM_KEYS[problem])}
        </span>
      )}
    </span>
  );
}
