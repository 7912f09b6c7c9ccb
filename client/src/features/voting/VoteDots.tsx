import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useCanSend } from "../../ui/permissions.js";
import { useSync } from "../../sync/context.js";
import { dotsLeft, inVote, myBallot, revealedTotal } from "./ballot.js";
import "./voting.css";

/** Dot buttons on a card while a vote is open; the revealed total afterwards. Never anyone else's dots before. */
export function VoteDots({ state, me, itemId }: { state: SeriesState; me: string | null; itemId: string }) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const voting = state.room.voting;
  if (!voting || !inVote(state, itemId)) return null;

  const total = revealedTotal(state, itemId);
  if (total !== null) {
    return (
      <span className="vote-total" data-testid={`vote-total-${itemId}`} data-total={total}>
        {t("vote.total", { count: total })}
      </span>
    );
  }
  if (voting.state !== "open" || !canSend("vote.cast")) return null;

  const mine = myBallot(state, me)[itemId] ?? 0;
  const left = dotsLeft(state, me);
  const canAdd = left > 0 && (voting.stacking || mine === 0);
  return (
    <span className="vote-dots" role="group" aria-label={t("vote.dots.label")}>
      <button
        type="button"
        className="button-quiet button-small"
        disabled={mine === 0}
        aria-label={t("vote.dot.remove")}
        data-testid={`vote-undot-${itemId}`}
        onClick={() => sync.send({ type: "vote.cast", itemId, delta: -1 })}
      >
        −
      </button>
      <span
        className="vote-mine"
        data-testid={`vote-mine-${itemId}`}
        data-dots={mine}
        aria-label={t("vote.mine", { count: mine })}
      >
        {mine > 0 ? "●".repeat(mine) : "○"}
      </span>
      <button
        type="button"
        className="button-secondary button-small"
        disabled={!canAdd}
        data-testid={`vote-dot-${itemId}`}
        onClick={() => sync.send({ type: "vote.cast", itemId, delta: 1 })}
      >
        {t("vote.dot.add")}
      </button>
    </span>
  );
}
