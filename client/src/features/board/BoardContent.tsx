import { useState } from "react";
import { assertNever } from "../../../../common/domain/assertNever.js";
import { currentSession } from "../../../../common/domain/rules/sessions.js";
import type { SeriesState } from "../../../../common/domain/types.js";
import { AgreementsPage } from "../agreements/AgreementsPage.js";
import { GoalsView } from "../setup/GoalsView.js";
import { InterestsView } from "../setup/InterestsView.js";
import { ParticipantsView } from "../setup/ParticipantsView.js";
import { PreReadView } from "../sessions/PreReadView.js";
import { SessionsView } from "../sessions/SessionsView.js";
import { BoardNav } from "./BoardNav.js";
import { BoardView, useBoardView } from "./boardView.js";

/** The navigation and the view it points at, for someone who has joined. */
export function BoardContent({ state, me }: { state: SeriesState; me: string }) {
  const view = useBoardView();
  const [picked, setPicked] = useState<string | null>(null);
  const session = (picked === null ? undefined : state.sessions[picked]) ?? currentSession(state);
  const sessionId = session?.id ?? null;

  function content() {
    switch (view) {
      case BoardView.session:
        return <SessionsView state={state} sessionId={sessionId} onPick={setPicked} />;
      case BoardView.preRead:
        return <PreReadView state={state} sessionId={sessionId} onPick={setPicked} />;
      case BoardView.goals:
        return <GoalsView state={state} me={me} />;
      case BoardView.interests:
        return <InterestsView state={state} me={me} />;
      case BoardView.people:
        return <ParticipantsView state={state} me={me} />;
      case BoardView.agreements:
        return <AgreementsPage />;
      default:
        return assertNever(view);
    }
  }

  return (
    <>
      <BoardNav current={view} />
      <main className="board-main" data-testid="board" data-view={view}>
        {content()}
      </main>
    </>
  );
}
