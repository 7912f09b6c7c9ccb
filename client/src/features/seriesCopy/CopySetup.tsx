import { useId, useState, type FormEvent } from "react";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { boardPath, navigate } from "../../router.js";
import { copyName, copySeriesSetup, type CopyProblem } from "./setupCopyRequest.js";
import "./CopySetup.css";

/**
 * "Neue Reihe mit dieser Einrichtung": for a facilitator who runs the same
 * format with several partners. Asks for the new series' name, has the
 * server copy the setup (not the meetings), and opens the new board.
 */
export function CopySetup({ seriesId, seriesName }: { seriesId: string; seriesName: string }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CopyProblem | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const wanted = name?.trim() ?? "";
    if (busy) return;
    if (wanted === "") {
      setProblem("invalid");
      return;
    }
    setBusy(true);
    setProblem(null);
    const outcome = await copySeriesSetup(seriesId, wanted);
    setBusy(false);
    if (!outcome.ok) {
      setProblem(outcome.problem);
      return;
    }
    navigate(boardPath(outcome.seriesId));
  }

  return (
    <section className="panel exports-section copy-setup" aria-labelledby={`${id}-title`} data-testid="copy-setup">
      <h2 id={`${id}-title`}>{t("seriesCopy.title")}</h2>
      <p className="muted">{t("seriesCopy.intro")}</p>
      {name === null ? (
        <div>
          <button
            type="button"
            className="button-secondary"
            data-testid="copy-setup-start"
            onClick={() => {
              setProblem(null);
              setName(copyName(seriesName, t("seriesCopy.suffix")));
            }}
          >
            {t("seriesCopy.start")}
          </button>
        </div>
      ) : (
        <form className="copy-setup-form" onSubmit={(e) => void onSubmit(e)}>
          <label className="form-label" htmlFor={`${id}-name`}>
            {t("seriesCopy.name")}
          </label>
          <input
            id={`${id}-name`}
            className="text-input"
            value={name}
            maxLength={LIMITS.seriesName}
            required
            autoFocus
            data-testid="copy-setup-name"
            onChange={(e) => setName(e.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy} data-testid="copy-setup-create">
              {busy ? t("seriesCopy.busy") : t("seriesCopy.create")}
            </button>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => setName(null)}>
              {t("seriesCopy.cancel")}
            </button>
          </div>
        </form>
      )}
      {problem && (
        <p className="form-error" role="alert" data-testid="copy-setup-error">
          {t(`seriesCopy.problem.${problem}`, { max: LIMITS.seriesName })}
        </p>
      )}
    </section>
  );
}
