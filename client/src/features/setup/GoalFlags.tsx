import type { Goal } from "@common/domain/types.js";
import { goalFlags } from "@common/domain/rules/goals.js";
import { useT } from "../../i18n/useT.js";

/** Warns when a goal is not broken down for both sides: the method's first failure. */
export function GoalFlags({ goal }: { goal: Goal }) {
  const t = useT();
  const { missingSales, missingOperations } = goalFlags(goal);
  if (!missingSales && !missingOperations) {
    return (
      <span className="flag flag-ok" data-testid="goal-ok">
        {t("setup.goals.flag.ok")}
      </span>
    );
  }
  const detail =
    missingSales && missingOperations
      ? t("setup.goals.flag.missingBoth")
      : missingSales
        ? t("setup.goals.flag.missingSales")
        : t("setup.goals.flag.missingOperations");
  return (
    <span className="flag flag-warn" role="status" data-testid="goal-flag" title={detail}>
      {t("setup.goals.flag.notBrokenDown")} · {detail}
    </span>
  );
}
