import { useEffect } from "react";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { boardPath } from "../../router.js";
import { SeriesPageHeader } from "../../ui/SeriesPageHeader.js";
import { useAppStore } from "../../store/context.js";
import { DocumentPhase } from "../../store/store.js";
import { localToday } from "../agreements/labels.js";
import { LoadingPage, NoAccessPage, OutdatedPage, SeriesNotFoundPage } from "../board/StatusPages.js";
import { useResultFormats } from "./format.js";
import { ResultsView } from "./ResultsView.js";
import "./results.css";

function ResultsHeader({ state }: { state: SeriesState }) {
  const t = useT();
  return (
    <SeriesPageHeader
      seriesName={state.name}
      back={boardPath(state.id)}
      backLabel={t("results.back")}
      backTestId="results-back"
      className="results-header"
    >
      <button type="button" className="button-secondary" onClick={() => window.print()}>
        {t("results.print")}
      </button>
    </SeriesPageHeader>
  );
}

/**
 * `/s/<id>/results`: what the series came to — agreements kept and working,
 * goals covered, where interests collide, where in the order-to-cash cycle
 * cases happen. Read-only, computed from the series as this viewer sees it.
 */
export function ResultsScreen() {
  const t = useT();
  const f = useResultFormats();
  const phase = useAppStore((s) => s.document.phase);
  const state = useAppStore((s) => s.document.view);
  const me = useAppStore((s) => s.document.me);
  const name = state?.name;
  const title = t("results.title");

  useEffect(() => {
    if (name === undefined) return;
    document.title = name ? `${title} – ${name} – Einklang` : `${title} – Einklang`;
  }, [name, title]);

  if (phase === DocumentPhase.notFound) return <SeriesNotFoundPage />;
  if (phase === DocumentPhase.outdated) return <OutdatedPage />;
  if (phase === DocumentPhase.noAccess) return <NoAccessPage />;
  if (phase !== DocumentPhase.ready || state === null) return <LoadingPage />;
  if (me === null || !Object.hasOwn(state.people, me)) return <NoAccessPage />;

  const today = localToday();
  return (
    <>
      <ResultsHeader state={state} />
      <main className="results" data-testid="results">
        <div className="results-head">
          <p className="results-series">{state.name}</p>
          <h1>{title}</h1>
          <p className="muted">{t("results.asOf", { date: f.date(today) })}</p>
          <p className="results-lead">{t("results.intro")}</p>
        </div>
        <ResultsView state={state} today={today} />
      </main>
    </>
  );
}
