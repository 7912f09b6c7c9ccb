import type { ReactNode } from "react";
import type { CoverageAgreement, GoalCoverage, GoalCoverageRow } from "@common/results/index.js";
import type { GoalFit } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { decisionKey, fitKey, keptKey, outcomeKey } from "../review/labels.js";
import { useResultFormats } from "./format.js";
import { fitTone, keptTone, outcomeTone, standingKey } from "./labels.js";
import { NoValue, Verdict } from "./Verdict.js";
import { ResultsTable } from "./ResultsTable.js";

function AgreementCell({ agreement, noGoal }: { agreement: CoverageAgreement; noGoal: boolean }) {
  const t = useT();
  return (
    <th scope="row">
      <span className="results-agreement-text">{agreement.text}</span>
      <span className="results-flags">
        {noGoal && (
          <span className="flag flag-warn" data-testid="coverage-flag" data-flag="no_goal">
            {t("results.goals.noGoal")}
          </span>
        )}
        {agreement.overdue && (
          <span className="flag results-flag-danger" data-testid="coverage-flag" data-flag="overdue">
            {t("results.goals.overdue")}
          </span>
        )}
        {agreement.revises !== null && <span className="results-sub">{t("results.goals.revises")}</span>}
        {agreement.revisedInto !== null && <span className="results-sub">{t("results.goals.revisedInto")}</span>}
      </span>
    </th>
  );
}

function LastReview({ agreement }: { agreement: CoverageAgreement }) {
  const t = useT();
  const f = useResultFormats();
  const latest = agreement.latest;
  if (!latest) return <span className="muted">{t("results.goals.notReviewed")}</span>;
  return (
    <>
      {f.date(latest.date)}
      {latest.decision !== null && (
        <span className="results-sub">
          {t("results.goals.decision", { decision: t(decisionKey(latest.decision)) })}
        </span>
      )}
    </>
  );
}

/** One agreement as a table row; `fit` is undefined where the table has no fit column. */
function AgreementRow({
  agreement,
  fit,
  noGoal = false,
}: {
  agreement: CoverageAgreement;
  fit?: GoalFit | null;
  noGoal?: boolean;
}) {
  const t = useT();
  const kept = agreement.latest?.kept ?? null;
  const outcome = agreement.latest?.outcome ?? null;
  return (
    <tr data-testid="coverage-agreement" data-agreement-id={agreement.id}>
      <AgreementCell agreement={agreement} noGoal={noGoal} />
      <td>{t(standingKey(agreement.status, agreement.latest?.decision ?? null))}</td>
      <td>{kept === null ? <NoValue /> : <Verdict text={t(keptKey(kept))} tone={keptTone(kept)} />}</td>
      <td>{outcome === null ? <NoValue /> : <Verdict text={t(outcomeKey(outcome))} tone={outcomeTone(outcome)} />}</td>
      {fit !== undefined && (
        <td>{fit === null ? <NoValue /> : <Verdict text={t(fitKey(fit))} tone={fitTone(fit)} />}</td>
      )}
      <td>
        <LastReview agreement={agreement} />
      </td>
    </tr>
  );
}

function AgreementTable({ caption, withFit, children }: { caption: string; withFit: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <ResultsTable caption={caption} className="results-coverage-table">
      <thead>
        <tr>
          <th scope="col">{t("results.goals.agreement")}</th>
          <th scope="col">{t("results.goals.status")}</th>
          <th scope="col">{t("results.goals.kept")}</th>
          <th scope="col">{t("results.goals.outcome")}</th>
          {withFit && <th scope="col">{t("results.goals.fit")}</th>}
          <th scope="col">{t("results.goals.lastReview")}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </ResultsTable>
  );
}

function GoalBlock({ row }: { row: GoalCoverageRow }) {
  const t = useT();
  const f = useResultFormats();
  const count = row.agreements.length;
  return (
    <article
      className={row.uncovered ? "results-goal results-goal-uncovered" : "results-goal"}
      data-testid="coverage-goal"
      data-goal-id={row.goalId}
    >
      <header className="results-goal-head">
        <h3>{row.title}</h3>
        {row.uncovered ? (
          <span className="flag flag-warn" data-testid="coverage-flag" data-flag="uncovered">
            {t("results.goals.uncovered")}
          </span>
        ) : (
          <span className="count">{t("results.goals.count", { count: count })}</span>
        )}
      </header>
      {row.uncovered ? (
        <p className="muted small">{t("results.goals.uncovered.why")}</p>
      ) : (
        <>
          <p className="muted small" data-testid="coverage-fit-counts">
            {t("results.goals.fitCounts", {
              supports: f.count(row.fitCounts.supports),
              neutral: f.count(row.fitCounts.neutral),
              conflicts: f.count(row.fitCounts.conflicts),
              unrated: f.count(row.fitCounts.unrated),
            })}
          </p>
          <AgreementTable caption={t("results.goals.caption", { goal: row.title })} withFit>
            {row.agreements.map((agreement) => (
              <AgreementRow key={agreement.id} agreement={agreement} fit={agreement.fit} />
            ))}
          </AgreementTable>
        </>
      )}
    </article>
  );
}

/** Per goal its agreements with their verdicts and fit; goals nobody works on and agreements without a goal stand out. */
export function GoalCoverageSection({ coverage }: { coverage: GoalCoverage }) {
  const t = useT();
  const f = useResultFormats();
  return (
    <section className="results-section" aria-labelledby="results-goals-heading" data-testid="results-goals">
      <h2 id="results-goals-heading">{t("results.goals.title")}</h2>
      <p className="muted results-intro">{t("results.goals.intro")}</p>
      {coverage.goals.length === 0 && <p className="empty-state">{t("results.goals.noGoals")}</p>}
      {coverage.goals.map((row) => (
        <GoalBlock key={row.goalId} row={row} />
      ))}
      {coverage.withoutGoal.length > 0 && (
        <article className="results-goal results-goal-uncovered" data-testid="coverage-without-goal">
          <header className="results-goal-head">
            <h3>{t("results.goals.withoutGoal")}</h3>
            <span className="count">{f.count(coverage.withoutGoal.length)}</span>
          </header>
          <p className="muted small">{t("results.goals.withoutGoal.why")}</p>
          <AgreementTable caption={t("results.goals.withoutGoal")} withFit={false}>
            {coverage.withoutGoal.map((agreement) => (
              <AgreementRow key={agreement.id} agreement={agreement} noGoal />
            ))}
          </AgreementTable>
        </article>
      )}
    </section>
  );
}
