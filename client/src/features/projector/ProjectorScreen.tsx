import { currentSession } from "../../../../common/domain/rules/sessions.js";
import { useT } from "../../i18n/useT.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useAppStore } from "../../store/context.js";
import { DocumentPhase } from "../../store/store.js";
import { LoadingPage, NoAccessPage, OutdatedPage, SeriesNotFoundPage } from "../board/StatusPages.js";
import { ReadyCount } from "../room/ReadyButton.js";
import { TimerDisplay } from "../room/TimerDisplay.js";
import { phaseKey } from "../setup/labels.js";
import { VoteResults } from "../voting/VoteStatus.js";
import { ProjectorBreakout } from "./ProjectorBreakout.js";
import { ProjectorInvite } from "./ProjectorInvite.js";
import { ProjectorSpotlight } from "./ProjectorSpotlight.js";

/**
 * The big screen at `/s/<id>/projector`: read-only, readable from the back of
 * the room. It shows the public view (no internal items, no authors of anonymous notes).
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
  const voting = state.room.voting;
  const revealed = voting !== null && voting.state === "revealed";
  return (
    <main className="projector" data-testid="projector-screen">
      <header className="projector-head">
        <div>
          <p className="projector-series" data-testid="projector-series">
            {state.name}
          </p>
          {session && (
            <h1 className="projector-phase" data-testid="projector-phase" data-phase={session.phase}>
              {t(phaseKey(session.phase))}
              <span className="projector-date"> · {formatDate(session.date, language)}</span>
            </h1>
          )}
        </div>
        {state.room.timer && <TimerDisplay timer={state.room.timer} testId="projector-timer" />}
      </header>
      <div className="projector-body-grid">
        <div className="projector-main">
          <ProjectorBreakout state={state} />
          <ProjectorSpotlight state={state} />
          {revealed && (
            <section className="projector-votes" data-testid="projector-votes">
              <p className="projector-label">{t("vote.results")}</p>
              <VoteResults state={state} testId="projector-vote-results" />
            </section>
          )}
          {voting?.state === "open" && (
            <p className="projector-label" data-testid="projector-vote-open">
              {t("projector.voteOpen", { count: voting.voters })}
            </p>
          )}
        </div>
        <aside className="projector-side">
          {session && <ReadyCount state={state} testId="projector-ready" />}
          <ProjectorInvite seriesId={state.id} />
        </aside>
      </div>
    </main>
  );
}
