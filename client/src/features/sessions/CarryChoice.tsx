import type { CaseChoice } from "@common/domain/schedule/closeCommand.js";
import type { Case } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";

const CHOICES: readonly CaseChoice[] = ["move", "keep", "drop"];

/** What becomes of one case nobody spoke to when the session closes: moved on (the default), kept here, or dropped. */
export function CarryChoice({
  item,
  choice,
  onChoose,
}: {
  item: Case;
  choice: CaseChoice;
  onChoose: (choice: CaseChoice) => void;
}) {
  const t = useT();
  return (
    <select
      className="text-input select-small carry-choice"
      value={choice}
      aria-label={t("carry.label", { title: item.title })}
      data-testid={`carry-choice-${item.id}`}
      onChange={(e) => onChoose(CHOICES.find((c) => c === e.target.value) ?? "move")}
    >
      {CHOICES.map((c) => (
        <option key={c} value={c}>
          {t(`carry.${c}`)}
        </option>
      ))}
    </select>
  );
}
