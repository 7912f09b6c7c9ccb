import type { ChangeKind } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { ChoiceGroup } from "../review/ChoiceGroup.js";
import { CHANGE_KINDS, changeKindKey } from "./labels.js";

/** Scale / optimize / redesign as toggle buttons; choosing the chosen one again clears it. */
export function ChangeKindChoice({
  value,
  onChange,
  disabled,
}: {
  value: ChangeKind | null;
  onChange: (kind: ChangeKind | null) => void;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <ChoiceGroup
      label={t("changeKind.field")}
      options={CHANGE_KINDS}
      value={value}
      keyOf={changeKindKey}
      onChange={onChange}
      testId="change-kind"
      disabled={disabled}
    />
  );
}
