import type { Agreement, SeriesState } from "@common/domain/types.js";
import {
  agreementRedesign,
  redesignSuggestions,
  RedesignReason,
  type RedesignSuggestion,
} from "@common/results/index.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useResultFormats } from "../results/format.js";
import "./changeKind.css";

/** The reason of a suggestion with the dates of the two sessions that found it. */
export function RedesignReasonText({ suggestion, state }: { suggestion: RedesignSuggestion; state: SeriesState }) {
  const t = useT();
  const f = useResultFormats();
  const [first, second] = suggestion.sessionIds.map((id) => f.date(state.sessions[id]?.date ?? ""));
  const key = suggestion.reason === RedesignReason.outcomeMissed ? "redesign.outcomeMissed" : "redesign.goalBehind";
  return <>{t(key, { first: first ?? "", second: second ?? "" })}</>;
}

/**
 * In the review, where the facilitator decides on an agreement: "Optimieren
 * reicht offenbar nicht: neu gestalten?" when its outcome was missed at two
 * reviews in a row or one of its goals was behind plan at the last two sessions.
 */
export function RedesignHint({
  agreement,
  state,
  today,
  readOnly,
}: {
  agreement: Agreement;
  state: SeriesState;
  today: string;
  readOnly: boolean;
}) {
  const t = useT();
  const sync = useSync();
  const own = agreementRedesign(state, agreement.id);
  const goals = redesignSuggestions(state, today).filter(
    (s) => s.reason === RedesignReason.goalBehind && agreement.goalIds.includes(s.itemId),
  );
  if (own === null && goals.length === 0) return null;
  return (
    <div className="redesign-hint" role="note" data-testid="redesign-hint">
      <strong>{t("redesign.suggestion")}</strong>
      {own && (
        <span className="redesign-reason">
          <RedesignReasonText suggestion={own} state={state} />
        </span>
      )}
      {goals.map((g) => (
        <span key={g.itemId} className="redesign-reason">
          {g.title}: <RedesignReasonText suggestion={g} state={state} />
        </span>
      ))}
      {own && !readOnly && (
        <button
          type="button"
          className="button-quiet button-small"
          data-testid="redesign-apply"
          onClick={() =>
            sync.send({ type: "agreement.update", agreementId: agreement.id, changes: { changeKind: "redesign" } })
          }
        >
          {t("redesign.apply")}
        </button>
      )}
    </div>
  );
}
