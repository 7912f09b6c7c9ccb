import { useEffect, useMemo } from "react";
import { assertNever } from "@common/domain/assertNever.js";
import { useAppStore } from "../../store/context.js";
import { DocumentPhase } from "../../store/store.js";
import { rememberSeries } from "../start/recentSeries.js";
import { PermissionProvider } from "../../ui/permissions.js";
import { canSendOf } from "../room/viewer.js";
import { BoardContent } from "./BoardContent.js";
import { BoardHeader } from "./BoardHeader.js";
import { LoadingPage, NoAccessPage, OutdatedPage, SeriesNotFoundPage } from "./StatusPages.js";

/** The open series as the store shows it: loading, not found, the name prompt or the board. */
export function BoardScreen() {
  const phase = useAppStore((s) => s.document.phase);
  const view = useAppStore((s) => s.document.view);
  const me = useAppStore((s) => s.document.me);
  const ready = phase === DocumentPhase.ready && view !== null;
  const seriesId = view?.id;
  const canSend = useMemo(() => (view ? canSendOf(view, me) : () => false), [view, me]);
  const name = view?.name;

  useEffect(() => {
    if (!ready || seriesId === undefined || name === undefined) return;
    document.title = name ? `${name} – Einklang` : "Einklang";
    rememberSeries(seriesId, name, new Date());
  }, [ready, seriesId, name]);

  switch (phase) {
    case DocumentPhase.idle:
    case DocumentPhase.loading:
      return <LoadingPage />;
    case DocumentPhase.notFound:
      return <SeriesNotFoundPage />;
    case DocumentPhase.outdated:
      return <OutdatedPage />;
    case DocumentPhase.noAccess:
      return <NoAccessPage />;
    case DocumentPhase.ready:
      break;
    default:
      return assertNever(phase);
  }
  if (!view) return <LoadingPage />;
  const joined = me !== null && Object.hasOwn(view.people, me);
  if (!joined || me === null) return <NoAccessPage />;
  return (
    <PermissionProvider canSend={canSend}>
      <BoardHeader state={view} me={me} />
      <BoardContent state={view} me={me} />
    </PermissionProvider>
  );
}
