import type { LedgerLine, LedgerSums, ProfitLedger } from "@common/results/index.js";
import { useT } from "../../i18n/useT.js";
import { useResultFormats } from "../results/format.js";
import { ResultsTable } from "../results/ResultsTable.js";
import { NoValue } from "../results/Verdict.js";
import { useEuroText } from "./effectText.js";

function Euro({ value }: { value: number }) {
  const f = useResultFormats();
  return <span className={value < 0 ? "ledger-negative" : undefined}>{f.euro(value)}</span>;
}

/** Per session: what it agreed, what its reviews measured, the cases' margin; and where the series stood after it. */
export function LedgerSessionsTable({ ledger }: { ledger: ProfitLedger }) {
  const t = useT();
  const f = useResultFormats();
  return (
    <ResultsTable caption={t("results.ledger.sessions.caption")} testId="ledger-sessions">
      <thead>
        <tr>
          <th scope="col">{t("results.ledger.session")}</th>
          <th scope="col" className="num">
            {t("results.ledger.session.expected")}
          </th>
          <th scope="col" className="num">
            {t("results.ledger.session.realised")}
          </th>
          <th scope="col" className="num">
            {t("results.ledger.caseMargin")}
          </th>
          <th scope="col" className="num">
            {t("results.ledger.cumulative.expected")}
          </th>
          <th scope="col" className="num">
            {t("results.ledger.cumulative.realised")}
          </th>
        </tr>
      </thead>
      <tbody>
        {ledger.sessions.map((s) => (
          <tr key={s.sessionId} data-session-id={s.sessionId}>
            <th scope="row">{f.date(s.date)}</th>
            <td className="num">
              <Euro value={s.expectedPerYear} />
            </td>
            <td className="num">
              <Euro value={s.realisedPerYear} />
            </td>
            <td className="num">
              <Euro value={s.caseMargin} />
            </td>
            <td className="num">
              <Euro value={s.cumulative.expectedPerYear} />
            </td>
            <td className="num">
              <Euro value={s.cumulative.realisedPerYear} />
            </td>
          </tr>
        ))}
      </tbody>
    </ResultsTable>
  );
}

/** Sums by side or by organisation. */
export function LedgerGroupsTable({
  caption,
  testId,
  groups,
}: {
  caption: string;
  testId: string;
  groups: readonly (LedgerSums & { name: string })[];
}) {
  const t = useT();
  return (
    <div>
      <h3>{caption}</h3>
      <ResultsTable caption={caption} testId={testId}>
        <thead>
          <tr>
            <th scope="col">{t("results.ledger.group")}</th>
            <th scope="col" className="num">
              {t("results.ledger.expected")}
            </th>
            <th scope="col" className="num">
              {t("results.ledger.realised")}
            </th>
            <th scope="col" className="num">
              {t("results.ledger.caseMargin")}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.name}>
              <th scope="row">{g.name}</th>
              <td className="num">
                <Euro value={g.expectedPerYear} />
              </td>
              <td className="num">
                <Euro value={g.realisedPerYear} />
              </td>
              <td className="num">
                <Euro value={g.caseMargin} />
              </td>
            </tr>
          ))}
        </tbody>
      </ResultsTable>
    </div>
  );
}

function RealisedCell({ line }: { line: LedgerLine }) {
  const t = useT();
  const euro = useEuroText();
  if (line.realised === null) return <NoValue />;
  if (!line.realised.measured)
    return <span>{t("results.ledger.notMeasurable", { reason: line.realised.reason })}</span>;
  return <span>{euro(line.realised)}</span>;
}

/** Every line: the agreement, its expectation with the basis, what its latest review found. */
export function LedgerLinesTable({ lines }: { lines: readonly LedgerLine[] }) {
  const t = useT();
  const euro = useEuroText();
  return (
    <>
      <h3>{t("results.ledger.lines")}</h3>
      <ResultsTable caption={t("results.ledger.lines")} testId="ledger-lines">
        <thead>
          <tr>
            <th scope="col">{t("results.ledger.agreement")}</th>
            <th scope="col" className="num">
              {t("results.ledger.expected.line")}
            </th>
            <th scope="col">{t("results.ledger.basis")}</th>
            <th scope="col" className="num">
              {t("results.ledger.realised.line")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.agreementId} data-agreement-id={line.agreementId}>
              <th scope="row">{line.text}</th>
              <td className="num">{line.expected ? euro(line.expected) : <NoValue />}</td>
              <td>{line.expected?.basis || <NoValue />}</td>
              <td className="num">
                <RealisedCell line={line} />
              </td>
            </tr>
          ))}
        </tbody>
      </ResultsTable>
    </>
  );
}
