import { agreementFlags } from "@common/domain/rules/agreements.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { flagKeys, localToday } from "./labels.js";
import "./agreements.css";

/** What is missing or late about an agreement, each as a badge with a short reason. */
export function AgreementFlags({ agreement, state }: { agreement: Agreement; state: SeriesState }) {
  const t = useT();
  const flags = agreementFlags(state, agreement, localToday());
  if (flags.length === 0) return null;
  return (
    <ul className="agreement-flag-list" aria-label={t("agreements.flags.label")}>
      {flags.map((flag) => {
        const keys = flagKeys(flag);
        return (
          <li
            key={flag}
            className={`agreement-flag agreement-flag-${flag}`}
            data-testid="agreement-flag"
            data-flag={flag}
          >
            <strong className="agreement-flag-badge">⚠ {t(keys.badge)}</strong>
            <span className="agreement-flag-why">{t(keys.why)}</span>
          </li>
        );
      })}
    </ul>
  );
}
