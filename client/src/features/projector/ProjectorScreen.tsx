import { currentItem } from "@common/domain/agenda/order.js";
import { currentSession } from "@common/domain/rules/sessions.js";
import type { SeriesState, Session } from "@common/domain/types.js";
import { Phase } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useAppStore } from "../../store/context.js";
import { DocumentPhase } from "../../store/store.js";
import { LoadingPage, NoAccessPage, OutdatedPage, SeriesNotFoundPage } from "../board/StatusPages.js";
import { ReadyCount } from "../room/ReadyButton.js";
import { TimerDisplay } from "../room/TimerDisplay.js";
import { phaseKey } from "../setup/labels.js";
import { ProjectorBreakout } from "./ProjectorBreakout.js";
import { ProjectorInvite } from "./ProjectorInvite.js";
import { ProjectorPhase } from "./ProjectorPhase.js";
import { agreementUnderReview } from "./ProjectorReview.js";
import { ProjectorSpotlight } from "./ProjectorSpotlight.js";
import { ProjectorVotes } from "./ProjectorVotes.js";
import "./projector.css";

/** Whether the review layout shows the spotlit agreement itself, as the one being checked. */
function reviewShowsSpotlight(state: SeriesState, session: Session | null): boolean {
  const spotlight = state.room.spotlight;
  if (session?.phase !== Phase.review || spotlight === null) return false;
  return agreementUnderReview(state, session)?.id === spotlight.id;
}

/**
 * The big screen at `/s/<id>/projector`: read-only, readable from the back of
 * the room. It shows the public view (no internal items, no authors of anonymous notes).
 * The breakouts, a vote and the spotlight come first; below them the layout of
 * the current phase; the timer stays in the header and the QR code beside.
 */
export function ProjectorScreen() {
  const t = useT();
  const phase = useAppStore((s) => s.document.phase);
  const state = useAppStore((s) => s.document.view);
  const language = useAppStore((s) => s.ui.language);

  if (phase === DocumentPhase.notFound) return <SeriesNotFoundPage />;
  if (phase === DocumentPhase.outdated) return <OutdatedPage />;
  if (phase === DocumentPhase.noAccess) return <NoAccessPage />;
  if (phase !== DocumentPhase.ready || state === null) return <LoadingPage />;

  const session = currentSession(state);
  // At an agenda item the heading names it in place of the phase.
  const item = session ? currentItem(session) : null;
  const voting = state.room.voting;
  const revealed = voting !== null && voting.state === "revealed";
  const spotlightAbove = state.room.spotlight !== null && !reviewShowsSpotlight(state, session);
  // With a vote, groups or a spotlight above it, the phase's layout has half the height: its lists shorten.
  const shared = revealed || state.room.breakout !== null || spotlightAbove;
  return (
    <main className="projector" data-testid="projector-screen" data-phase={session?.phase}>
      <header className="projector-head">
        <div>
          <p className="projector-series" data-testid="projector-series">
            {state.name}
          </p>
          {session && (
            <h1 className="projector-phase" data-testid="projector-phase" data-phase={session.phase}>
              {item ? item.title : t(phaseKey(session.phase))}
              <span className="projector-date"> · {formatDate(session.date, language)}</span>
            </h1>
          )}
        </div>
        {state.room.timer && <TimerDisplay timer={state.room.timer} testId="projector-timer" />}
      </header>
      <div className="projector-body-grid">
        <div className="projector-main">
          {item && (
            <p className="projector-label" data-testid="projector-agenda-item">
              {t("agenda.minutes", { minutes: item.timeBoxMin })}
              {item.ownerId !== null && ` · ${t("agenda.owner", { name: state.people[item.ownerId]?.name ?? "" })}`}
              {item.notes.trim() !== "" && ` · ${item.notes}`}
            </p>
          )}
          <ProjectorBreakout state={state} />
          {revealed && <ProjectorVotes state={state} />}
          {voting?.state === "open" && (
            <p className="projector-label" data-testid="projector-vote-open">
              {t("projector.voteOpen", { count: voting.voters })}
            </p>
          )}
          {spotlightAbove && <ProjectorSpotlight state={state} />}
          {session && <ProjectorPhase state={state} session={session} shared={shared} />}
        </div>
        <aside className="projector-side">
          {session && <ReadyCount state={state} testId="projector-ready" />}
          {/* Everyone scans in at check-in; later the code only serves latecomers and makes room. */}
          <ProjectorInvite seriesId={state.id} large={session === null || session.phase === Phase.checkIn} />
        </aside>
      </div>
    </main>
  );
}
