import type { Case, SeriesState } from "@common/domain/types.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { stageKey } from "./labels.js";

/** Money in the UI language: "−12.000 €". */
export function formatEuro(amount: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(
    amount,
  );
}

/** The one-line facts of a case: who presents, where in the cycle, what it cost. */
export function CaseSummary({ item, state }: { item: Case; state: SeriesState }) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const presenter = item.presenterId === null ? null : state.people[item.presenterId];
  const org = item.orgId === null ? null : state.orgs[item.orgId];
  const facts: string[] = [];
  if (presenter) facts.push(t("cases.presentedBy", { name: presenter.name }));
  if (org) facts.push(org.name);
  if (item.customer.trim() !== "") facts.push(t("cases.customerIs", { customer: item.customer }));
  // The trail names the session it was last carried from; the earlier ones are in the minutes of each.
  const carriedFrom = item.carriedFrom?.at(-1);
  const from = carriedFrom === undefined ? undefined : state.sessions[carriedFrom];
  return (
    <div className="case-summary" data-testid="case-summary">
      {facts.length > 0 && <span className="card-meta">{facts.join(" · ")}</span>}
      <span className="chip-row">
        {from && (
          <span className="chip chip-carried" data-testid="case-carried">
            ↪ {t("carry.trail", { date: formatDate(from.date, language) })}
          </span>
        )}
        {item.stage && <span className="chip chip-stage">↻ {t(stageKey(item.stage))}</span>}
        {item.marginImpact !== null && (
          <span className={item.marginImpact < 0 ? "chip chip-loss" : "chip"}>
            {t("cases.marginChip", { amount: formatEuro(item.marginImpact, language) })}
          </span>
        )}
        {item.delayDays !== null && <span className="chip">{t("cases.delayChip", { days: item.delayDays })}</span>}
        {item.collisionIds.length > 0 && (
          <span className="chip chip-collision">{t("cases.collisionCount", { count: item.collisionIds.length })}</span>
        )}
        {item.mirrors.length > 0 && (
          <span className="chip">{t("cases.mirrorCount", { count: item.mirrors.length })}</span>
        )}
      </span>
    </div>
  );
}
