import { useId } from "react";
import { ancestorsOf } from "@common/domain/rules/breakdown.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { Level } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";

/** The strategic agreements an agreement could break down: live, strategic, not itself and not under it. */
export function parentChoices(state: SeriesState, agreementId: string | null): Agreement[] {
  return Object.values(state.agreements)
    .filter(
      (a) =>
        a.level === Level.strategic &&
        a.id !== agreementId &&
        (agreementId === null || !ancestorsOf(state, a.id).includes(agreementId)),
    )
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/** Picks the strategic agreement an executive one breaks down, or none. */
export function ParentSelect({
  state,
  agreementId,
  value,
  onChange,
}: {
  state: SeriesState;
  agreementId: string | null;
  value: string | null;
  onChange: (parentId: string | null) => void;
}) {
  const t = useT();
  const id = useId();
  const choices = parentChoices(state, agreementId);
  if (choices.length === 0 && value === null) return null;
  return (
    <label className="field field-wide" htmlFor={id}>
      <span className="form-label">{t("breakdown.parent.field")}</span>
      <select
        id={id}
        className="text-input"
        value={value ?? ""}
        data-testid="agreement-parent-select"
        onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
      >
        <option value="">{t("breakdown.parent.none")}</option>
        {choices.map((a) => (
          <option key={a.id} value={a.id}>
            {a.text}
          </option>
        ))}
      </select>
    </label>
  );
}
