import { useEffect, useMemo } from "react";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { boardPath } from "../../router.js";
import { SeriesPageHeader } from "../../ui/SeriesPageHeader.js";
import { useAppStore } from "../../store/context.js";
import { DocumentPhase } from "../../store/store.js";
import { PermissionProvider } from "../../ui/permissions.js";
import { localToday } from "../agreements/labels.js";
import { LoadingPage, NoAccessPage, OutdatedPage, SeriesNotFoundPage } from "../board/StatusPages.js";
import { canSendOf } from "../room/viewer.js";
import { rememberSeries } from "../start/recentSeries.js";
import { MineView } from "./MineView.js";
import { OpenOnPhone } from "./OpenOnPhone.js";
import { CalendarFeedPanel } from "../calendarFeed/CalendarFeedPanel.js";
import { MailContactPanel } from "../mail/MailContactPanel.js";
import "./mine.css";

/** The reduced chrome of the personal view: no phases, no room tools; the way to the whole board. */
function MineHeader({ state }: { state: SeriesState }) {
  const t = useT();
  // Every role reads the board; the token opens nothing more than the person's own view anyway.
  return (
    <SeriesPageHeader
      seriesName={state.name}
      back={boardPath(state.id)}
      backLabel={t("mine.toBoard")}
      backTestId="mine-to-board"
      className="mine-header"
    />
  );
}

/**
 * `/s/<id>/mine` ("Meine Vereinbarungen"): the agreements the person owns,
 * grouped, with what is new since the last session and the form to report
 * progress. Where a personal link leads; also reachable from the board.
 */
export function MineScreen() {
  const t = useT();
  const phase = useAppStore((s) => s.document.phase);
  const state = useAppStore((s) => s.document.view);
  const me = useAppStore((s) => s.document.me);
  const canSend = useMemo(() => (state ? canSendOf(state, me) : () => false), [state, me]);
  const ready = phase === DocumentPhase.ready && state !== null;
  const seriesId = state?.id;
  const name = state?.name;
  const title = t("mine.title");

  useEffect(() => {
    if (!ready || seriesId === undefined || name === undefined) return;
    document.title = name ? `${title} – ${name} – Einklang` : `${title} – Einklang`;
    rememberSeries(seriesId, name, new Date());
  }, [ready, seriesId, name, title]);

  if (phase === DocumentPhase.notFound) return <SeriesNotFoundPage />;
  if (phase === DocumentPhase.outdated) return <OutdatedPage />;
  if (phase === DocumentPhase.noAccess) return <NoAccessPage />;
  if (!ready) return <LoadingPage />;
  const person = me !== null && Object.hasOwn(state.people, me) ? state.people[me] : undefined;
  if (me === null || !person) return <NoAccessPage />;
  return (
    <PermissionProvider canSend={canSend}>
      <MineHeader state={state} />
      <main className="mine" data-testid="mine">
        <div className="mine-head">
          <div>
            <h1>{title}</h1>
            <p className="mine-who" data-testid="mine-who">
              {t("mine.signedInAs", { name: person.name })}
            </p>
          </div>
          <OpenOnPhone me={me} />
        </div>
        <p className="muted mine-intro">{t("mine.intro")}</p>
        <MineView state={state} me={me} today={localToday()} />
        <MailContactPanel seriesId={state.id} />
        <CalendarFeedPanel seriesId={state.id} />
      </main>
    </PermissionProvider>
  );
}
