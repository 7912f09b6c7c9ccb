import { placeableDots, rankWithTies } from "@common/domain/rules/voteCounts.js";
import { voteRanking } from "@common/domain/rules/votes.js";
import type { SeriesState, Voting } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useCanSend } from "../../ui/permissions.js";
import { myBallot, voteItemTitle } from "./ballot.js";
import { useVotersLine } from "./useVotersLine.js";
import "./voting.css";

/** The revealed vote's items, most dots first; the first `max` of them where space is short (the projector). */
export function VoteResults({
  state,
  testId = "vote-results",
  max,
}: {
  state: SeriesState;
  testId?: string;
  max?: number;
}) {
  const t = useT();
  const ranking = rankWithTies(voteRanking(state)).slice(0, max);
  if (ranking.length === 0) return <p className="muted">{t("vote.results.none")}</p>;
  return (
    <ol className="vote-results" data-testid={testId}>
      {ranking.map(({ itemId, total, rank, tied }) => (
        // Items with as many dots share their place (1, 1, 3): the list's own numbers say so.
        <li
          key={itemId}
          value={rank}
          className="vote-result"
          data-testid="vote-result"
          data-item-id-ranked={itemId}
          data-rank={rank}
        >
          <span className="vote-result-title">{voteItemTitle(state, itemId)}</span>
          {tied && (
            <span className="chip" data-testid="vote-tie">
              {t("vote.tie")}
            </span>
          )}
          <span className="vote-result-total">{t("vote.total", { count: total })}</span>
        </li>
      ))}
    </ol>
  );
}

function VotersLine({ voting }: { voting: Voting }) {
  return <>{useVotersLine(voting)}</>;
}

/**
 * What everyone sees of the vote: while open their dots left and how many
 * voted; after the reveal the ranking. `show` picks one of the two (the room
 * strip shows the open vote, the ranking goes below it).
 */
export function VoteStatus({
  state,
  me,
  show = "both",
}: {
  state: SeriesState;
  me: string | null;
  show?: "open" | "revealed" | "both";
}) {
  const t = useT();
  const canSend = useCanSend();
  const voting = state.room.voting;
  if (!voting || voting.state === "closed") return null;
  if (voting.state === "open") {
    if (show === "revealed") return null;
    const question = t(voting.target === "cases" ? "vote.open.cases" : "vote.open.agreements");
    const left = placeableDots(state, myBallot(state, me));
    return (
      <div className="vote-status" data-testid="vote-status" data-state="open">
        {/* In the narrow room strip the question shortens to "Punktabfrage", in full on hover. */}
        <strong className="vote-question" title={question}>
          {show === "open" ? t("vote.title") : question}
        </strong>
        {canSend("vote.cast") && (
          <span className="vote-left" data-testid="vote-left">
            {t("vote.left", { count: left })}
          </span>
        )}
        <span className="muted small" data-testid="vote-voters">
          <VotersLine voting={voting} />
        </span>
      </div>
    );
  }
  if (show === "open") return null;
  return (
    <div className="vote-status" data-testid="vote-status" data-state="revealed">
      <strong>{t("vote.results")}</strong>
      <VoteResults state={state} />
    </div>
  );
}
