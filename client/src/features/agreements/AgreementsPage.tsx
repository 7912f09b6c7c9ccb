import { assertNever } from "@common/domain/assertNever.js";
import { useMemo, useState } from "react";
import { isOverdue } from "@common/domain/rules/agreements.js";
import { isSettled } from "@common/domain/rules/review.js";
import { AgreementStatus } from "@common/domain/vocabulary.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { sortedAgreements } from "../../store/selectors.js";
import { ChoiceGroup } from "../review/ChoiceGroup.js";
import { AgreementCard } from "./AgreementCard.js";
import { AgreementHistory } from "./AgreementHistory.js";
import { localToday } from "./labels.js";
import { usePendingAgreements } from "./useAgreements.js";
import "./agreements.css";

const Filter = { open: "open", overdue: "overdue", all: "all" } as const;
type Filter = (typeof Filter)[keyof typeof Filter];
const FILTERS: readonly Filter[] = Object.values(Filter);

function filterKey(filter: Filter) {
  switch (filter) {
    case Filter.open:
      return "agreements.filter.open" as const;
    case Filter.overdue:
      return "agreements.filter.overdue" as const;
    case Filter.all:
      return "agreements.filter.all" as const;
    default:
      return assertNever(filter);
  }
}

function matches(state: SeriesState, agreement: Agreement, filter: Filter, today: string): boolean {
  switch (filter) {
    case Filter.open:
      return agreement.status !== AgreementStatus.done && !isSettled(state, agreement.id);
    case Filter.overdue:
      return isOverdue(state, agreement, today);
    case Filter.all:
      return true;
    default:
      return assertNever(filter);
  }
}

/** Every agreement of the series with flags, status and owners, filtered; each opens to its history. */
export function AgreementsPage() {
  const t = useT();
  const state = useAppStore((s) => s.document.view);
  const { unconfirmed, me } = usePendingAgreements();
  const [filter, setFilter] = useState<Filter>(Filter.open);
  const today = localToday();
  const shown = useMemo(
    () => (state ? sortedAgreements(state).filter((a) => matches(state, a, filter, today)) : []),
    [state, filter, today],
  );
  if (!state) return null;
  return (
    <section className="phase agreements-page" aria-labelledby="agreements-page-heading" data-testid="agreements-page">
      <h2 className="column-title" id="agreements-page-heading">
        {t("agreements.page.title")} <span className="count">{shown.length}</span>
      </h2>
      <ChoiceGroup
        label={t("agreements.filter.label")}
        options={FILTERS}
        value={filter}
        keyOf={filterKey}
        onChange={(next) => setFilter(next ?? Filter.all)}
        testId="agreements-filter"
      />
      {shown.length === 0 ? (
        <p className="empty-state">{t("agreements.page.empty")}</p>
      ) : (
        <div className="card-list">
          {shown.map((item) => (
            <AgreementCard
              key={item.id}
              item={item}
              state={state}
              me={me}
              unconfirmed={unconfirmed.added.has(item.id)}
              saving={unconfirmed.changed.has(item.id)}
              extra={<AgreementHistory agreementId={item.id} state={state} />}
            />
          ))}
        </div>
      )}
    </section>
  );
}
