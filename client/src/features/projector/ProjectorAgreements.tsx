import { agreementFlags } from "@common/domain/rules/agreements.js";
import type { Agreement, SeriesState, Session } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { flagKeys, localToday } from "../agreements/labels.js";
import { sessionAgreements } from "../sessions/recap.js";
import { ProjectorMore, firstOf } from "./ProjectorMore.js";
import { ProjectorOwners } from "./ProjectorOwners.js";

const AGREEMENTS_SHOWN = { alone: 4, shared: 2 } as const;

/** The badges of what is missing or late ("⚠ Ohne Ziel"): the short form, the wall has no room for reasons. */
export function ProjectorFlags({ state, agreement }: { state: SeriesState; agreement: Agreement }) {
  const t = useT();
  const flags = agreementFlags(state, agreement, localToday());
  if (flags.length === 0) return null;
  return (
    <ul className="projector-flags" data-testid="projector-flags" aria-label={t("agreements.flags.label")}>
      {flags.map((flag) => (
        <li key={flag} className="projector-flag" data-testid="projector-flag" data-flag={flag}>
          ⚠ {t(flagKeys(flag).badge)}
        </li>
      ))}
    </ul>
  );
}

/** The agreements of the session as they are written, newest last, each with its owners and flags. */
export function ProjectorAgreements({
  state,
  session,
  shared,
}: {
  state: SeriesState;
  session: Session;
  shared: boolean;
}) {
  const t = useT();
  const agreements = sessionAgreements(state, session);
  // The newest are the ones being written: when the list is long, the oldest make room.
  const { shown, more } = firstOf([...agreements].reverse(), shared ? AGREEMENTS_SHOWN.shared : AGREEMENTS_SHOWN.alone);
  return (
    <section className="projector-agreements" data-testid="projector-agreements">
      <p className="projector-lead" data-testid="projector-agreements-count">
        {t("projector.agreements.count", { count: agreements.length })}
      </p>
      {agreements.length === 0 && <p className="projector-empty">{t("projector.agreements.none")}</p>}
      <ProjectorMore count={more} />
      <ol className="projector-list" start={more + 1}>
        {shown.reverse().map((agreement) => (
          <li
            key={agreement.id}
            className="projector-list-item projector-agreement"
            data-testid="projector-agreement"
            data-item-id={agreement.id}
          >
            <span className="projector-item-title projector-two-lines">{agreement.text}</span>
            <ProjectorOwners state={state} agreement={agreement} />
            <ProjectorFlags state={state} agreement={agreement} />
          </li>
        ))}
      </ol>
    </section>
  );
}
