import { useId, useState } from "react";
import type { Session, Voting } from "@common/domain/types.js";
import { voteItemCount } from "@common/domain/rules/voteCounts.js";
import { VoteTarget } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { useVotersLine } from "./useVotersLine.js";
import "./voting.css";

function OpenVoteVoters({ voting }: { voting: Voting }) {
  return (
    <span className="muted small" data-testid="vote-panel-voters">
      {useVotersLine(voting)}
    </span>
  );
}

/** The facilitator opens a dot vote (dots per person, stacking, cases or agreements), reveals, closes. */
export function VotePanel({ session, voting }: { session: Session; voting: Voting | null }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const [target, setTarget] = useState<VoteTarget>(VoteTarget.cases);
  const [dots, setDots] = useState(3);
  const [stacking, setStacking] = useState(false);
  const items = useAppStore((s) => (s.document.view ? voteItemCount(s.document.view, session.id, target) : 0));

  if (voting && voting.state === "open") {
    return (
      <div className="vote-panel" role="group" aria-label={t("vote.title")}>
        <OpenVoteVoters voting={voting} />
        <button
          type="button"
          className="button-primary button-small"
          data-testid="vote-reveal"
          onClick={() => sync.send({ type: "vote.reveal" })}
        >
          {t("vote.reveal")}
        </button>
      </div>
    );
  }
  if (voting && voting.state === "revealed") {
    return (
      <div className="vote-panel" role="group" aria-label={t("vote.title")}>
        <button
          type="button"
          className="button-secondary button-small"
          data-testid="vote-close"
          onClick={() => sync.send({ type: "vote.close" })}
        >
          {t("vote.close")}
        </button>
      </div>
    );
  }
  return (
    <div className="vote-panel" role="group" aria-label={t("vote.title")}>
      <label className="visually-hidden" htmlFor={`${id}-target`}>
        {t("vote.target")}
      </label>
      <select
        id={`${id}-target`}
        className="text-input select-small"
        value={target}
        data-testid="vote-target"
        onChange={(e) => setTarget(e.target.value === VoteTarget.agreements ? VoteTarget.agreements : VoteTarget.cases)}
      >
        <option value={VoteTarget.cases}>{t("vote.target.cases")}</option>
        <option value={VoteTarget.agreements}>{t("vote.target.agreements")}</option>
      </select>
      <label className="inline-label small" htmlFor={`${id}-dots`}>
        {t("vote.dotsPerPerson")}
      </label>
      <input
        id={`${id}-dots`}
        type="number"
        className="text-input vote-dots-input"
        min={1}
        max={LIMITS.dotsPerPerson}
        value={dots}
        data-testid="vote-dots"
        onChange={(e) => setDots(Math.min(LIMITS.dotsPerPerson, Math.max(1, Math.round(Number(e.target.value) || 1))))}
      />
      <label className="checkbox-label small">
        <input
          type="checkbox"
          checked={stacking}
          data-testid="vote-stacking"
          onChange={(e) => setStacking(e.target.checked)}
        />
        {t("vote.stacking")}
      </label>
      {!stacking && items > 0 && dots > items && (
        <p className="muted small vote-unplaceable" data-testid="vote-unplaceable">
          {t("vote.dots.unplaceable", { count: items })}
        </p>
      )}
      <button
        type="button"
        className="button-primary button-small"
        data-testid="vote-open"
        onClick={() => sync.send({ type: "vote.open", sessionId: session.id, target, dotsPerPerson: dots, stacking })}
      >
        {t("vote.open")}
      </button>
    </div>
  );
}
