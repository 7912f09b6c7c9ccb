import type { SeriesState, Session } from "@common/domain/types.js";
import { ItemKind } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { stageKey } from "../cases/labels.js";
import { ProjectorCaseViews } from "./ProjectorCaseViews.js";
import { ProjectorMore, firstOf } from "./ProjectorMore.js";

const CASES_SHOWN = { alone: 9, shared: 4 } as const;

/** Whether a case of the series is in the spotlight: then that case is the one in focus on the wall. */
export function caseInSpotlight(state: SeriesState): boolean {
  const spotlight = state.room.spotlight;
  return spotlight?.kind === ItemKind.case && Object.hasOwn(state.cases, spotlight.id);
}

/**
 * The cases phase without a case in the spotlight: the session's cases, each
 * with its stage in the order-to-cash cycle, in the order they were added.
 * A fixed list rather than "the case edited last", because while groups write
 * in parallel the latest edit jumps between cases and the wall would flicker.
 */
export function ProjectorCases({ state, session, shared }: { state: SeriesState; session: Session; shared: boolean }) {
  const t = useT();
  if (caseInSpotlight(state)) return <ProjectorCaseViews state={state} />;
  const cases = Object.values(state.cases)
    .filter((c) => c.sessionId === session.id)
    .sort((a, b) => a.createdSeq - b.createdSeq);
  const { shown, more } = firstOf(cases, shared ? CASES_SHOWN.shared : CASES_SHOWN.alone);
  return (
    <section className="projector-cases" data-testid="projector-cases">
      <p className="projector-lead" data-testid="projector-cases-count">
        {t("projector.cases.count", { count: cases.length })}
      </p>
      {cases.length === 0 && <p className="projector-empty">{t("projector.cases.none")}</p>}
      <ol className="projector-list">
        {shown.map((item) => (
          <li key={item.id} className="projector-list-item" data-testid="projector-case" data-item-id={item.id}>
            {/* One line a case, the stage always in view: a long title ends in "…". */}
            <div className="projector-case-line">
              <span className="projector-item-title projector-one-line">{item.title}</span>
              <span className="projector-chip">
                {item.stage === null ? t("projector.cases.noStage") : `↻ ${t(stageKey(item.stage))}`}
              </span>
            </div>
          </li>
        ))}
      </ol>
      <ProjectorMore count={more} />
    </section>
  );
}
