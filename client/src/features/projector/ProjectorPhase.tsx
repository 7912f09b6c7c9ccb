import { assertNever } from "@common/domain/assertNever.js";
import type { SeriesState, Session } from "@common/domain/types.js";
import { Phase } from "@common/domain/vocabulary.js";
import { ProjectorAgreements } from "./ProjectorAgreements.js";
import { ProjectorCases } from "./ProjectorCases.js";
import { ProjectorCheckIn } from "./ProjectorCheckIn.js";
import { ProjectorClose } from "./ProjectorClose.js";
import { ProjectorReview } from "./ProjectorReview.js";

/**
 * The layout of the current session's phase on the big screen; `shared` when
 * something stands above it (a vote, groups, the spotlight) and its lists
 * must be shorter to fit.
 */
export function ProjectorPhase({ state, session, shared }: { state: SeriesState; session: Session; shared: boolean }) {
  switch (session.phase) {
    case Phase.checkIn:
      return <ProjectorCheckIn state={state} session={session} shared={shared} />;
    case Phase.review:
      return <ProjectorReview state={state} session={session} />;
    case Phase.cases:
      return <ProjectorCases state={state} session={session} shared={shared} />;
    case Phase.agreements:
      return <ProjectorAgreements state={state} session={session} shared={shared} />;
    case Phase.close:
      return <ProjectorClose state={state} session={session} shared={shared} />;
    default:
      return assertNever(session.phase);
  }
}
