import { useId, type ReactNode } from "react";

/** One choice of an OptionalSelect. */
export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled select whose first choice is "none" (null); `children` render after it (e.g. a badge). */
export function OptionalSelect(props: {
  label: string;
  noneLabel: string;
  options: readonly SelectOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  testId?: string;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <span className="field">
      <label className="form-label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        className="text-input"
        value={props.value ?? ""}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value === "" ? null : e.target.value)}
      >
        <option value="">{props.noneLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.children}
    </span>
  );
}
