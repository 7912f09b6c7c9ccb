import { useEffect } from "react";
import type { SeriesState } from "@common/domain/types.js";
import { useAppStore } from "../../store/context.js";
import { DocumentPhase } from "../../store/store.js";

/** What a read-only page of the series shows: a status page, or the series as this viewer sees it. */
export type SeriesPage = { kind: "status"; phase: DocumentPhase } | { kind: "ready"; state: SeriesState; me: string };

/** The series for a read-only page (minutes, exports), and the page title while it is open. */
export function useSeriesPage(title: string): SeriesPage {
  const phase = useAppStore((s) => s.document.phase);
  const state = useAppStore((s) => s.document.view);
  const me = useAppStore((s) => s.document.me);
  const name = state?.name;
  useEffect(() => {
    if (name === undefined) return;
    document.title = name ? `${title} – ${name} – Einklang` : `${title} – Einklang`;
  }, [name, title]);
  if (phase !== DocumentPhase.ready || state === null) return { kind: "status", phase };
  if (me === null || !Object.hasOwn(state.people, me)) return { kind: "status", phase: DocumentPhase.noAccess };
  return { kind: "ready", state, me };
}
