import { useState } from "react";
import type { SeriesState, Session } from "@common/domain/types.js";
import { Phase } from "@common/domain/vocabulary.js";
import { assertNever } from "@common/domain/assertNever.js";
import { useT } from "../../i18n/useT.js";
import { AgreementsPhase } from "../agreements/AgreementsPhase.js";
import { CasesPhase } from "../cases/CasesPhase.js";
import { ReviewPhase } from "../review/ReviewPhase.js";
import { useSync } from "../../sync/context.js";
import { PermissionProvider, useCanSend, type CanSend } from "../../ui/permissions.js";
import { PendingMemberships } from "../membership/PendingMemberships.js";
import { RoomBar } from "../room/RoomBar.js";
import { isLiveSession } from "../room/viewer.js";
import { CheckInPhase } from "./CheckInPhase.js";
import { ClosePhase } from "./ClosePhase.js";
import { PhaseStepper } from "./PhaseStepper.js";
import { AgendaEditor } from "../agenda/AgendaEditor.js";
import { AgendaItemPanel } from "../agenda/AgendaItemPanel.js";
import { SessionDetails } from "./SessionDetails.js";
import { VisitTour } from "../visit/VisitTour.js";

/** A closed session is history: everything in it reads, nothing edits (its reopen button sits outside). */
const readOnly: CanSend = () => false;

function PhaseWork({
  state,
  session,
  phase,
  onOpenSession,
}: {
  state: SeriesState;
  session: Session;
  phase: Phase;
  onOpenSession?: (sessionId: string) => void;
}) {
  switch (phase) {
    case Phase.checkIn:
      return <CheckInPhase state={state} session={session} />;
    case Phase.review:
      return <ReviewPhase sessionId={session.id} />;
    case Phase.cases:
      return <CasesPhase sessionId={session.id} />;
    case Phase.agreements:
      return <AgreementsPhase sessionId={session.id} />;
    case Phase.close:
      return <ClosePhase state={state} session={session} onOpenSession={onOpenSession} />;
    default:
      return assertNever(phase);
  }
}

/** One session: its details, the agenda and the work of the current phase. */
export function SessionBoard({
  state,
  session,
  me,
  onOpenSession,
}: {
  state: SeriesState;
  session: Session;
  me: string;
  /** Opens another session (the next one, once the close created it). */
  onOpenSession?: (sessionId: string) => void;
}) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const closed = session.closedSeq !== null;
  // Which phase of a closed session this person looks at; it starts where the session ended.
  // Keyed by the session and its close, so that another session or a later close starts over.
  const [viewed, setViewed] = useState<{ sessionId: string; closedSeq: number | null; phase: Phase } | null>(null);
  const current = viewed !== null && viewed.sessionId === session.id && viewed.closedSeq === session.closedSeq;
  const viewing = current ? viewed.phase : session.phase;
  const shown = closed ? viewing : session.phase;
  return (
    <section
      className={`session-board${closed ? " session-board-closed" : ""}`}
      data-testid="session-board"
      data-session-id={session.id}
      data-phase={shown}
    >
      <SessionDetails state={state} session={session} />
      <PendingMemberships state={state} me={me} />
      {closed && (
        <div className="closed-banner" role="status" data-testid="session-closed">
          <span>{t("sessions.closed.banner")}</span>
          {canSend("session.reopen") && (
            <button
              type="button"
              className="button-secondary"
              data-testid="session-reopen"
              onClick={() => sync.send({ type: "session.reopen", sessionId: session.id })}
            >
              {t("sessions.reopen")}
            </button>
          )}
        </div>
      )}
      {isLiveSession(state, session) && <RoomBar state={state} session={session} me={me} />}
      <PhaseStepper
        session={session}
        viewing={viewing}
        onView={(phase) => setViewed({ sessionId: session.id, closedSeq: session.closedSeq, phase })}
      />
      <AgendaItemPanel state={state} session={session} />
      <AgendaEditor state={state} session={session} />
      <VisitTour state={state} session={session} me={me} />
      <div className="phase-work" data-testid="phase-work" data-read-only={closed ? "true" : undefined}>
        {closed ? (
          <PermissionProvider canSend={readOnly}>
            <PhaseWork state={state} session={session} phase={shown} onOpenSession={onOpenSession} />
          </PermissionProvider>
        ) : (
          <PhaseWork state={state} session={session} phase={shown} onOpenSession={onOpenSession} />
        )}
      </div>
    </section>
  );
}
