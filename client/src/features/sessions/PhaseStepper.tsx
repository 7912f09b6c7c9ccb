import { agendaSteps, stepAfter } from "@common/domain/agenda/order.js";
import type { Session } from "@common/domain/types.js";
import { PHASES, type Phase } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";
import { phaseKey } from "../setup/labels.js";

/**
 * The agenda: Check-in → Review → Cases → Agreements → Close, with the
 * session's agenda items in their places; the step is the same for everyone. A closed session has no phase to steer: everyone looks
 * through its phases on their own (`viewing`, `onView`), and nothing is sent.
 */
export function PhaseStepper({
  session,
  viewing,
  onView,
}: {
  session: Session;
  viewing: Phase;
  onView: (phase: Phase) => void;
}) {
  const t = useT();
  const sync = useSync();
  const closed = session.closedSeq !== null;
  const current = closed ? viewing : session.phase;
  const index = PHASES.indexOf(current);
  const atItem = !closed && Boolean(session.agendaStep);
  // "Next" follows the agenda: from an item to what follows it, not to the phase after the session's.
  const next = closed ? null : stepAfter(session);
  // Everyone sees where the session stands; only the facilitator steps through it.
  const steering = useCanSend()("session.phase");
  return (
    <nav className="phase-stepper" aria-label={t("sessions.agenda")} data-testid="phase-stepper">
      <ol>
        {agendaSteps(session).map((step) =>
          step.kind === "item" ? (
            <li key={step.item.id} className="agenda-step-item">
              <button
                type="button"
                className="phase-step agenda-step"
                aria-current={!closed && session.agendaStep === step.item.id ? "step" : undefined}
                data-testid={`agenda-step-${step.item.id}`}
                title={t("agenda.step")}
                disabled={closed || !steering}
                onClick={() => sync.send({ type: "agenda.step", sessionId: session.id, itemId: step.item.id })}
              >
                <span className="phase-number agenda-number" aria-hidden="true">
                  •
                </span>
                {step.item.title}
                <span className="agenda-step-time">{t("agenda.minutes", { minutes: step.item.timeBoxMin })}</span>
              </button>
            </li>
          ) : (
            <li key={step.phase} className={PHASES.indexOf(step.phase) < index ? "phase-done" : undefined}>
              <button
                type="button"
                className="phase-step"
                aria-current={step.phase === current && !atItem ? "step" : undefined}
                data-testid={`phase-${step.phase}`}
                disabled={!closed && !steering}
                onClick={() => {
                  if (closed) onView(step.phase);
                  else if (step.phase !== session.phase || atItem)
                    sync.send({ type: "session.phase", sessionId: session.id, phase: step.phase });
                }}
              >
                <span className="phase-number">{PHASES.indexOf(step.phase) + 1}</span>
                {t(phaseKey(step.phase))}
              </button>
            </li>
          ),
        )}
      </ol>
      {next !== null && steering && (
        <button
          type="button"
          className="button-primary phase-next"
          data-testid="phase-next"
          onClick={() =>
            sync.send(
              next.kind === "item"
                ? { type: "agenda.step", sessionId: session.id, itemId: next.item.id }
                : { type: "session.phase", sessionId: session.id, phase: next.phase },
            )
          }
        >
          {t("sessions.phase.next", { phase: next.kind === "item" ? next.item.title : t(phaseKey(next.phase)) })}
        </button>
      )}
    </nav>
  );
}
