import { voteRanking } from "@common/domain/rules/votes.js";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { VoteResults } from "../voting/VoteStatus.js";
import { ProjectorMore, firstOf } from "./ProjectorMore.js";

/** The places a revealed vote shows on the wall: the top of the ranking is what the room decides on. */
const PLACES_SHOWN = 5;

/** The revealed vote, most dots first, on top of the phase's layout. */
export function ProjectorVotes({ state }: { state: SeriesState }) {
  const t = useT();
  const { shown, more } = firstOf(voteRanking(state), PLACES_SHOWN);
  return (
    <section className="projector-votes" data-testid="projector-votes">
      <p className="projector-label">{t("vote.results")}</p>
      <VoteResults state={state} testId="projector-vote-results" max={shown.length} />
      <ProjectorMore count={more} />
    </section>
  );
}
