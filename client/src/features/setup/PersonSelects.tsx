import type { Org } from "@common/domain/types.js";
import { sideOfFunction, type PersonFunction } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { OptionalSelect } from "../../ui/OptionalSelect.js";
import { FUNCTIONS, functionKey, sideKey } from "./labels.js";
import "./setup.css";

/** The organisations in the order they were added. */
export function orgsInOrder(orgs: Readonly<Record<string, Org>>): Org[] {
  return Object.values(orgs).sort((a, b) => a.createdSeq - b.createdSeq || a.id.localeCompare(b.id));
}

/** Picks an organisation (or none). */
export function OrgSelect(props: {
  orgs: Readonly<Record<string, Org>>;
  value: string | null;
  onChange: (orgId: string | null) => void;
  testId?: string;
  label?: string;
}) {
  const t = useT();
  return (
    <OptionalSelect
      label={props.label ?? t("setup.person.org")}
      noneLabel={t("setup.person.noOrg")}
      options={orgsInOrder(props.orgs).map((org) => ({ value: org.id, label: org.name }))}
      value={props.value}
      onChange={props.onChange}
      testId={props.testId}
    />
  );
}

function parseFunction(value: string | null): PersonFunction | null {
  return FUNCTIONS.find((fn) => fn === value) ?? null;
}

/** Picks a function (or none) and shows the side it puts the person on. */
export function FunctionSelect(props: {
  value: PersonFunction | null;
  onChange: (fn: PersonFunction | null) => void;
  testId?: string;
}) {
  const t = useT();
  return (
    <OptionalSelect
      label={t("setup.person.function")}
      noneLabel={t("setup.person.noFunction")}
      options={FUNCTIONS.map((fn) => ({ value: fn, label: t(functionKey(fn)) }))}
      value={props.value}
      onChange={(value) => props.onChange(parseFunction(value))}
      testId={props.testId}
    >
      <SideBadge side={sideOfFunction(props.value)} />
    </OptionalSelect>
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
