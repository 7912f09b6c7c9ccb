import { useCallback, useState } from "react";
import { assertNever } from "@common/domain/assertNever.js";
import { currentSession } from "@common/domain/rules/sessions.js";
import type { SeriesState } from "@common/domain/types.js";
import { EditScope } from "../../ui/permissions.js";
import { AgreementsPage } from "../agreements/AgreementsPage.js";
import { FollowProvider, useFollow } from "../room/follow.js";
import { FollowReturn } from "../room/FollowReturn.js";
import { GoalsView } from "../setup/GoalsView.js";
import { InterestsView } from "../setup/InterestsView.js";
import { MembershipPending } from "../membership/MembershipPending.js";
import { ParticipantsView } from "../setup/ParticipantsView.js";
import { PreReadView } from "../sessions/PreReadView.js";
import { SessionsView } from "../sessions/SessionsView.js";
import { BoardNav } from "./BoardNav.js";
import { BoardView, useBoardView } from "./boardView.js";

function ViewContent({
  state,
  me,
  view,
  sessionId,
  onPick,
}: {
  state: SeriesState;
  me: string;
  view: BoardView;
  sessionId: string | null;
  onPick: (sessionId: string) => void;
}) {
  const follow = useFollow();
  // Picking another session leaves the spotlight: "Zurück zum Fokus" brings one back.
  const pick = (id: string) => {
    follow.leave();
    onPick(id);
  };
  switch (view) {
    case BoardView.session:
      return <SessionsView state={state} me={me} sessionId={sessionId} onPick={pick} />;
    case BoardView.preRead:
      return <PreReadView state={state} sessionId={sessionId} onPick={pick} />;
    case BoardView.goals:
      return <GoalsView state={state} me={me} />;
    case BoardView.interests:
      return (
        <EditScope type="interest.add">
          <InterestsView state={state} me={me} />
        </EditScope>
      );
    case BoardView.people:
      return <ParticipantsView state={state} me={me} />;
    case BoardView.agreements:
      return <AgreementsPage />;
    default:
      return assertNever(view);
  }
}

/** The navigation and the view it points at, for someone who has joined. */
export function BoardContent({ state, me }: { state: SeriesState; me: string }) {
  const view = useBoardView();
  const [picked, setPicked] = useState<string | null>(null);
  const session = (picked === null ? undefined : state.sessions[picked]) ?? currentSession(state);
  const sessionId = session?.id ?? null;
  const showCurrentSession = useCallback(() => setPicked(null), []);

  return (
    <FollowProvider state={state} view={view} onJump={showCurrentSession}>
      <NavWithFollow current={view} />
      <main className="board-main" data-testid="board" data-view={view}>
        <MembershipPending state={state} me={me} />
        <ViewContent state={state} me={me} view={view} sessionId={sessionId} onPick={setPicked} />
      </main>
      <FollowReturn state={state} />
    </FollowProvider>
  );
}

function NavWithFollow({ current }: { current: BoardView }) {
  const follow = useFollow();
  return <BoardNav current={current} onNavigate={follow.leave} />;
}
