import type { Session } from "../../../../common/domain/types.js";
import { PHASES, type Phase } from "../../../../common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";
import { phaseKey } from "../setup/labels.js";

/**
 * The agenda: Check-in → Review → Cases → Agreements → Close; the phase is the
 * same for everyone. A closed session has no phase to steer: everyone looks
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
  const index = PHASES.indexOf(closed ? viewing : session.phase);
  const next = PHASES[index + 1];
  // Everyone sees where the session stands; only the facilitator steps through it.
  const steering = useCanSend()("session.phase");
  return (
    <nav className="phase-stepper" aria-label={t("sessions.agenda")} data-testid="phase-stepper">
      <ol>
        {PHASES.map((phase, i) => (
          <li key={phase} className={i < index ? "phase-done" : undefined}>
            <button
              type="button"
              className="phase-step"
              aria-current={phase === (closed ? viewing : session.phase) ? "step" : undefined}
              data-testid={`phase-${phase}`}
              disabled={!closed && !steering}
              onClick={() => {
                if (closed) onView(phase);
                else if (phase !== session.phase) sync.send({ type: "session.phase", sessionId: session.id, phase });
              }}
            >
              <span className="phase-number">{i + 1}</span>
              {t(phaseKey(phase))}
            </button>
          </li>
        ))}
      </ol>
      {next !== undefined && !closed && steering && (
        <button
          type="button"
          className="button-primary phase-next"
          data-testid="phase-next"
          onClick={() => sync.send({ type: "session.phase", sessionId: session.id, phase: next })}
        >
          {t("sessions.phase.next", { phase: t(phaseKey(next)) })}
        </button>
      )}
    </nav>
  );
}
