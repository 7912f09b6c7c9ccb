import { useId, useState } from "react";
import type { Person } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { parseAmount } from "../../ui/amount.js";
import { OptionalSelect } from "../../ui/OptionalSelect.js";
import "./cases.css";

/** A number field that commits when it loses focus. */
export function NumberField(props: {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  testId?: string;
  placeholder?: string;
}) {
  const id = useId();
  const language = useAppStore((s) => s.ui.language);
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (props.value === null ? "" : String(props.value));
  function commit(): void {
    if (draft === null) return;
    const parsed = parseAmount(draft, language);
    setDraft(null);
    if (parsed === undefined || parsed === props.value) return;
    props.onCommit(parsed);
  }
  return (
    <span className="field">
      <label className="form-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="text-input"
        inputMode="decimal"
        value={shown}
        placeholder={props.placeholder}
        data-testid={props.testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.currentTarget.blur();
        }}
      />
    </span>
  );
}

/** A date field that commits each picked date. */
export function DateField(props: { label: string; value: string; onCommit: (value: string) => void; testId?: string }) {
  const id = useId();
  return (
    <span className="field">
      <label className="form-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        type="date"
        className="text-input"
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => {
          if (e.target.value !== props.value) props.onCommit(e.target.value);
        }}
      />
    </span>
  );
}

/** Picks a person of the series, or nobody. */
export function PersonSelect(props: {
  label: string;
  people: Readonly<Record<string, Person>>;
  value: string | null;
  onChange: (id: string | null) => void;
  testId?: string;
}) {
  const t = useT();
  const people = Object.values(props.people).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <OptionalSelect
      label={props.label}
      noneLabel={t("meeting.none")}
      options={people.map((p) => ({ value: p.id, label: p.name }))}
      value={props.value}
      onChange={props.onChange}
      testId={props.testId}
    />
  );
}
