import { DocumentPhase } from "../../store/store.js";
import { LoadingPage, NoAccessPage, OutdatedPage, SeriesNotFoundPage } from "../board/StatusPages.js";
import "./exports.css";

/** The page for a series that is not (yet) there to show. */
export function SeriesStatusPage({ phase }: { phase: DocumentPhase }) {
  if (phase === DocumentPhase.notFound) return <SeriesNotFoundPage />;
  if (phase === DocumentPhase.outdated) return <OutdatedPage />;
  if (phase === DocumentPhase.noAccess) return <NoAccessPage />;
  return <LoadingPage />;
}
