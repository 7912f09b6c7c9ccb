import { useId, useState } from "react";
import type { Mirror, SeriesState } from "@common/domain/types.js";
import { MirrorVerdict } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useReadOnly } from "../../ui/permissions.js";
import { RemoveButton } from "../../ui/RemoveButton.js";
import { canRemoveMirror } from "@common/domain/authorize.js";
import { meetingSideKey } from "./labels.js";
import { authorLabel, ownAnonymityLabel } from "../room/authorLabel.js";
import { OwnAnonymity } from "../room/OwnAnonymity.js";

/** One mirror statement with its author, and the other side's answer. */
export function MirrorItem(props: { caseId: string; mirror: Mirror; state: SeriesState; me: string | null }) {
  const { caseId, mirror, state, me } = props;
  const t = useT();
  const sync = useSync();
  const correctionId = useId();
  const [correcting, setCorrecting] = useState(false);
  const [correction, setCorrection] = useState("");
  const author = authorLabel(mirror, state, t);
  const answerer = mirror.verdictBy === null ? null : (state.people[mirror.verdictBy]?.name ?? t("presence.unknown"));
  const readOnly = useReadOnly();
  const canAnswer = me !== null && me !== mirror.by && !readOnly;

  function respond(verdict: MirrorVerdict, text: string): void {
    sync.send({ type: "case.mirror.respond", caseId, mirrorId: mirror.id, verdict, correction: text });
    setCorrecting(false);
    setCorrection("");
  }

  return (
    <li className={`mirror mirror-${mirror.verdict}`} data-testid="mirror" data-verdict={mirror.verdict}>
      <div className="mirror-head">
        {t("cases.mirrors.by", { name: author, side: t(meetingSideKey(mirror.ofSide)) })}
        <OwnAnonymity label={ownAnonymityLabel(mirror, me, state, t)} />
        {me !== null && canRemoveMirror(state, me, caseId, mirror.id) && (
          <RemoveButton
            label={t("cases.mirrors.remove")}
            symbol="×"
            onRemove={() => sync.send({ type: "case.mirror.remove", caseId, mirrorId: mirror.id })}
          />
        )}
      </div>
      <blockquote className="mirror-text">{mirror.text}</blockquote>
      {mirror.verdict === MirrorVerdict.confirmed && (
        <p className="mirror-verdict" data-testid="mirror-verdict">
          ✓ {t("cases.mirrors.confirmedBy", { name: answerer ?? "" })}
        </p>
      )}
      {mirror.verdict === MirrorVerdict.corrected && (
        <p className="mirror-verdict" data-testid="mirror-verdict">
          {t("cases.mirrors.correctedBy", { name: answerer ?? "" })} <q>{mirror.correction}</q>
        </p>
      )}
      {canAnswer && !correcting && (
        <div className="mirror-actions">
          {mirror.verdict !== MirrorVerdict.confirmed && (
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => respond(MirrorVerdict.confirmed, "")}
            >
              {t("cases.mirrors.confirm")}
            </button>
          )}
          <button type="button" className="button-quiet button-small" onClick={() => setCorrecting(true)}>
            {t("cases.mirrors.correct")}
          </button>
          {mirror.verdict !== MirrorVerdict.open && (
            <button type="button" className="button-quiet button-small" onClick={() => respond(MirrorVerdict.open, "")}>
              {t("cases.mirrors.reopen")}
            </button>
          )}
        </div>
      )}
      {correcting && (
        <div className="mirror-correct">
          <label className="visually-hidden" htmlFor={correctionId}>
            {t("cases.mirrors.correction")}
          </label>
          <textarea
            id={correctionId}
            className="text-input"
            rows={2}
            value={correction}
            maxLength={LIMITS.mirror}
            placeholder={t("cases.mirrors.correction.placeholder")}
            onChange={(e) => setCorrection(e.target.value)}
            autoFocus
          />
          <button
            type="button"
            className="button-primary button-small"
            disabled={correction.trim() === ""}
            onClick={() => respond(MirrorVerdict.corrected, correction.trim())}
          >
            {t("cases.mirrors.sendCorrection")}
          </button>
          <button type="button" className="button-quiet button-small" onClick={() => setCorrecting(false)}>
            {t("confirm.no")}
          </button>
        </div>
      )}
    </li>
  );
}
