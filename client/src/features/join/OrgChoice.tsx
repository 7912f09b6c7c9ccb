import { useId } from "react";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { OptionalSelect } from "../../ui/OptionalSelect.js";

/** An existing organisation, or the name of a new one. */
export interface OrgAnswer {
  orgId: string | null;
  newOrgName: string;
}

/** Picks one's organisation from the series' list, or names a new one (not guests: they write nothing). */
export function OrgChoice({
  orgs,
  value,
  onChange,
  allowNew = true,
}: {
  orgs: readonly { id: string; name: string }[];
  value: OrgAnswer;
  onChange: (next: OrgAnswer) => void;
  allowNew?: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="form-row">
      <OptionalSelect
        label={t("setup.person.org")}
        noneLabel={t("setup.person.noOrg")}
        options={orgs.map((org) => ({ value: org.id, label: org.name }))}
        value={value.orgId}
        onChange={(orgId) => onChange({ orgId, newOrgName: "" })}
        testId="join-org"
      />
      {allowNew && (
        <span className="field">
          <label className="form-label" htmlFor={`${id}-new`}>
            {t("join.newOrg")}
          </label>
          <input
            id={`${id}-new`}
            className="text-input"
            value={value.newOrgName}
            maxLength={LIMITS.orgName}
            data-testid="join-new-org"
            onChange={(e) => onChange({ orgId: null, newOrgName: e.target.value })}
          />
        </span>
      )}
    </div>
  );
}
