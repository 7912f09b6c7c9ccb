import { useId, useState } from "react";
import type { Session } from "@common/domain/types.js";
import { AnonymityMode, PHASES, Phase } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { phaseKey } from "../setup/labels.js";
import { anonymityKey } from "./anonymityLabels.js";

const MODES: readonly AnonymityMode[] = Object.values(AnonymityMode);

/** The facilitator picks, per phase, how "went wrong" notes and mirror statements name their author. */
export function AnonymityControls({ session }: { session: Session }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const [phase, setPhase] = useState<Phase>(session.phase === Phase.checkIn ? Phase.cases : session.phase);
  const mode = session.anonymity[phase] ?? AnonymityMode.named;
  return (
    <div className="anonymity-controls" role="group" aria-label={t("room.anonymity.title")}>
      <label className="visually-hidden" htmlFor={`${id}-phase`}>
        {t("room.anonymity.phase")}
      </label>
      <select
        id={`${id}-phase`}
        className="text-input select-small"
        value={phase}
        data-testid="anonymity-phase"
        onChange={(e) => setPhase(PHASES.find((p) => p === e.target.value) ?? phase)}
      >
        {PHASES.map((p) => (
          <option key={p} value={p}>
            {t(phaseKey(p))}
          </option>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${id}-mode`}>
        {t("room.anonymity.mode")}
      </label>
      <select
        id={`${id}-mode`}
        className="text-input select-small"
        value={mode}
        data-testid="anonymity-select"
        onChange={(e) => {
          const next = MODES.find((m) => m === e.target.value);
          if (next) sync.send({ type: "session.anonymity", sessionId: session.id, phase, mode: next });
        }}
      >
        {MODES.map((m) => (
          <option key={m} value={m}>
            {t(anonymityKey(m))}
          </option>
        ))}
      </select>
      <p className="muted small">{t("room.anonymity.hint")}</p>
    </div>
  );
}
