import type { ChangeKindMixRow } from "@common/results/index.js";
import { useT } from "../../i18n/useT.js";
import { useResultFormats } from "../results/format.js";
import { ResultsTable } from "../results/ResultsTable.js";
import { CHANGE_KINDS, changeKindKey } from "./labels.js";
import "./changeKind.css";

/** The results' mix of kinds of change: per session, how many agreements scale, optimize, redesign or say nothing. */
export function ChangeKindMixSection({ mix }: { mix: readonly ChangeKindMixRow[] }) {
  const t = useT();
  const f = useResultFormats();
  return (
    <section
      className="results-section"
      aria-labelledby="results-change-kinds-heading"
      data-testid="results-change-kinds"
    >
      <h2 id="results-change-kinds-heading">{t("results.changeKinds.title")}</h2>
      {mix.length === 0 ? (
        <p className="empty-state">{t("results.changeKinds.empty")}</p>
      ) : (
        <>
          <p className="muted results-intro">{t("results.changeKinds.intro")}</p>
          <ResultsTable caption={t("results.changeKinds.title")} testId="change-kind-mix" className="change-kind-mix">
            <thead>
              <tr>
                <th scope="col">{t("results.changeKinds.session")}</th>
                {CHANGE_KINDS.map((kind) => (
                  <th key={kind} scope="col" className="num">
                    {t(changeKindKey(kind))}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t("changeKind.none")}
                </th>
              </tr>
            </thead>
            <tbody>
              {mix.map((row) => (
                <tr key={row.sessionId} data-session-id={row.sessionId}>
                  <th scope="row">{f.date(row.date)}</th>
                  {CHANGE_KINDS.map((kind) => (
                    <td key={kind} className="num" data-kind={kind}>
                      {f.count(row.counts[kind])}
                    </td>
                  ))}
                  <td className="num" data-kind="none">
                    {f.count(row.counts.none)}
                  </td>
                </tr>
              ))}
            </tbody>
          </ResultsTable>
        </>
      )}
    </section>
  );
}
