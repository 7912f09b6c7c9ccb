import type { LevelFilter } from "@common/results/index.js";
import { useT } from "../../i18n/useT.js";
import { LEVELS, levelKey } from "../agreements/labels.js";
import "../review/review.css";
import "./levels.css";

const FILTERS: readonly LevelFilter[] = ["all", ...LEVELS];

/** All levels, strategic or executive: which agreements the results sections count. */
export function LevelFilterBar({ value, onChange }: { value: LevelFilter; onChange: (filter: LevelFilter) => void }) {
  const t = useT();
  return (
    <div
      className="results-level-filter choice-group"
      role="group"
      aria-label={t("results.level.filter")}
      data-testid="results-level"
    >
      <span className="choice-label">{t("results.level.filter")}</span>
      {FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          className={filter === value ? "choice choice-on" : "choice"}
          aria-pressed={filter === value}
          data-value={filter}
          onClick={() => onChange(filter)}
        >
          {filter === "all" ? t("results.level.all") : t(levelKey(filter))}
        </button>
      ))}
    </div>
  );
}
