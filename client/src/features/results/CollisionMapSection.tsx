import type { AxisInterest, CollisionCell, CollisionMap, OutcomeTally } from "@common/results/index.js";
import { Side } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useResultFormats } from "./format.js";
import { ResultsTable } from "./ResultsTable.js";

const TALLY = ["yes", "partly", "no", "unreviewed"] as const satisfies readonly (keyof OutcomeTally)[];

/** How dark a cell is: 1–4 by its share of the busiest cell's cases; 0 for a collision without cases. */
function heatLevel(cases: number, most: number): number {
  return cases === 0 || most === 0 ? 0 : Math.max(1, Math.ceil((cases / most) * 4));
}

function InterestLabel({ interest }: { interest: AxisInterest }) {
  const t = useT();
  return (
    <>
      {interest.label}
      {interest.side === Side.shared && <span className="results-sub">{t("results.collisions.shared")}</span>}
    </>
  );
}

/** How the agreements answering a cell's collisions worked, as words (and a bar that only repeats them). */
function OutcomeSummary({ outcomes, agreements }: { outcomes: OutcomeTally; agreements: number }) {
  const t = useT();
  const f = useResultFormats();
  if (agreements === 0)
    return <span className="results-cell-outcomes muted">{t("results.collisions.agreements.none")}</span>;
  const parts = TALLY.filter((kind) => outcomes[kind] > 0).map((kind) =>
    t(`results.collisions.${kind}`, { count: f.count(outcomes[kind]) }),
  );
  return (
    <>
      <span className="results-tally" aria-hidden="true">
        {TALLY.map((kind) =>
          outcomes[kind] > 0 ? (
            <span key={kind} className="results-tally-part" data-kind={kind} style={{ flexGrow: outcomes[kind] }} />
          ) : null,
        )}
      </span>
      <span className="results-cell-outcomes">
        {t("results.collisions.agreements", { count: agreements })}: {parts.join(" · ")}
      </span>
    </>
  );
}

function Cell({ cell, most }: { cell: CollisionCell | undefined; most: number }) {
  const t = useT();
  if (!cell) {
    return (
      <td className="results-heat-cell heat-none">
        <span className="visually-hidden">{t("results.collisions.noCollision")}</span>
      </td>
    );
  }
  return (
    <td
      className={`results-heat-cell heat-${heatLevel(cell.cases, most)}`}
      data-testid="collision-cell"
      data-sales={cell.salesInterestId}
      data-operations={cell.operationsInterestId}
    >
      <span className="results-cell-cases">{t("results.collisions.cases", { count: cell.cases })}</span>
      <OutcomeSummary outcomes={cell.outcomes} agreements={cell.agreementIds.length} />
    </td>
  );
}

/** Sales interests (rows) × operations interests (columns): where they collided, in how many cases, and what the agreements did. */
export function CollisionMapSection({ map }: { map: CollisionMap }) {
  const t = useT();
  const f = useResultFormats();
  const cellAt = new Map(map.cells.map((cell) => [`${cell.salesInterestId}:${cell.operationsInterestId}`, cell]));
  const most = Math.max(0, ...map.cells.map((cell) => cell.cases));
  return (
    <section className="results-section" aria-labelledby="results-collisions-heading" data-testid="results-collisions">
      <h2 id="results-collisions-heading">{t("results.collisions.title")}</h2>
      {map.cells.length === 0 ? (
        <p className="empty-state">{t("results.collisions.empty")}</p>
      ) : (
        <>
          <p className="muted results-intro">{t("results.collisions.intro")}</p>
          <ResultsTable caption={t("results.collisions.caption")} className="results-heatmap" testId="collision-map">
            <thead>
              <tr>
                <td className="results-heat-corner">{t("results.collisions.corner")}</td>
                {map.operations.map((interest) => (
                  <th key={interest.id} scope="col">
                    <InterestLabel interest={interest} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.sales.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <InterestLabel interest={row} />
                  </th>
                  {map.operations.map((column) => (
                    <Cell key={column.id} cell={cellAt.get(`${row.id}:${column.id}`)} most={most} />
                  ))}
                </tr>
              ))}
            </tbody>
          </ResultsTable>
        </>
      )}
      {map.offGrid.length > 0 && (
        <p className="muted small">{t("results.collisions.offGrid", { count: f.count(map.offGrid.length) })}</p>
      )}
    </section>
  );
}
