import { useId, useState } from "react";
import { useT } from "../../i18n/useT.js";
import { boardPath, navigate } from "../../router.js";
import { importBackup, type ImportOutcome } from "./importBackup.js";

type Problem = Extract<ImportOutcome, { ok: false }>["problem"];

/** "Sicherung einspielen": a backup file becomes a new series, opened at once. */
export function ImportBackup() {
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function take(file: File): Promise<void> {
    setBusy(true);
    const outcome = await importBackup(await file.text());
    setBusy(false);
    if (!outcome.ok) {
      setProblem(outcome.problem);
      return;
    }
    navigate(boardPath(outcome.seriesId));
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="import-backup">
      <h2 id={`${id}-title`}>{t("import.title")}</h2>
      <p className="muted">{t("import.intro")}</p>
      {problem && (
        <p className="form-error" role="alert" data-testid="import-error">
          {t(`import.error.${problem}`)}
        </p>
      )}
      <label className="button-secondary file-button">
        {busy ? t("import.busy") : t("import.file")}
        <input
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          disabled={busy}
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void take(file);
          }}
        />
      </label>
    </section>
  );
}
