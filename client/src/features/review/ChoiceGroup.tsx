import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import "./review.css";

export interface ChoiceGroupProps<T extends string> {
  label: string;
  options: readonly T[];
  value: T | null;
  keyOf: (option: T) => MessageKey;
  /** Called with null when the chosen option is clicked again. */
  onChange: (value: T | null) => void;
  testId?: string;
  disabled?: boolean;
}

/** A row of toggle buttons for one verdict; clicking the chosen one clears it. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const t = useT();
  return (
    <div className="choice-group" role="group" aria-label={props.label} data-testid={props.testId}>
      <span className="choice-label">{props.label}</span>
      {props.options.map((option) => (
        <button
          key={option}
          type="button"
          className={option === props.value ? "choice choice-on" : "choice"}
          aria-pressed={option === props.value}
          data-value={option}
          disabled={props.disabled}
          onClick={() => props.onChange(option === props.value ? null : option)}
        >
          {t(props.keyOf(option))}
        </button>
      ))}
    </div>
  );
}
