import { useId } from "react";
import type { Org } from "../../../../common/domain/types.js";
import { sideOfFunction, type PersonFunction } from "../../../../common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { FUNCTIONS, functionKey, sideKey } from "./labels.js";

/** The organisations in the order they were added. */
export function orgsInOrder(orgs: Readonly<Record<string, Org>>): Org[] {
  return Object.values(orgs).sort((a, b) => a.createdSeq - b.createdSeq || a.id.localeCompare(b.id));
}

/** Picks an organisation (or none). */
export function OrgSelect({
  orgs,
  value,
  onChange,
  testId,
  label,
}: {
  orgs: Readonly<Record<string, Org>>;
  value: string | null;
  onChange: (orgId: string | null) => void;
  testId?: string;
  label?: string;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="form-field">
      <label className="form-label" htmlFor={id}>
        {label ?? t("setup.person.org")}
      </label>
      <select
        id={id}
        className="text-input"
        value={value ?? ""}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
      >
        <option value="">{t("setup.person.noOrg")}</option>
        {orgsInOrder(orgs).map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function parseFunction(value: string): PersonFunction | null {
  return FUNCTIONS.find((fn) => fn === value) ?? null;
}

/** Picks a function (or none) and shows the side it puts the person on. */
export function FunctionSelect({
  value,
  onChange,
  testId,
}: {
  value: PersonFunction | null;
  onChange: (fn: PersonFunction | null) => void;
  testId?: string;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="form-field">
      <label className="form-label" htmlFor={id}>
        {t("setup.person.function")}
      </label>
      <select
        id={id}
        className="text-input"
        value={value ?? ""}
        data-testid={testId}
        onChange={(e) => onChange(parseFunction(e.target.value))}
      >
        <option value="">{t("setup.person.noFunction")}</option>
        {FUNCTIONS.map((fn) => (
          <option key={fn} value={fn}>
            {t(functionKey(fn))}
          </option>
        ))}
      </select>
      <SideBadge side={sideOfFunction(value)} />
    </div>
  );
}

/** The side a person or interest is on, as a coloured badge. */
export function SideBadge({ side }: { side: ReturnType<typeof sideOfFunction> }) {
  const t = useT();
  return (
    <span className={`side-badge side-${side ?? "none"}`} data-testid="side-badge" data-side={side ?? "none"}>
      {t(sideKey(side))}
    </span>
  );
}
