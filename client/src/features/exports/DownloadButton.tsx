import { useState } from "react";
import { useT } from "../../i18n/useT.js";
import { fetchExport, saveFile, type DownloadProblem } from "./download.js";
import "./exports.css";

/** A button that downloads one export of the series (minutes, CSV, calendar, backup). */
export function DownloadButton({
  seriesId,
  path,
  fileName,
  label,
  hint,
  testId,
  small = false,
}: {
  seriesId: string;
  /** Under /api/series/<id>, e.g. "/agreements.csv?lang=de&sep=%3B". */
  path: string;
  fileName: string;
  label: string;
  hint?: string;
  testId: string;
  /** Sized like the buttons of a list row. */
  small?: boolean;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<DownloadProblem | null>(null);

  async function download(): Promise<void> {
    setBusy(true);
    const fetched = await fetchExport(seriesId, path, fileName);
    setBusy(false);
    if (!fetched.ok) {
      setProblem(fetched.problem);
      return;
    }
    setProblem(null);
    saveFile(fetched.blob, fetched.fileName);
  }

  return (
    <div className="download">
      <button
        type="button"
        className={small ? "button-secondary button-small" : "button-secondary"}
        disabled={busy}
        data-testid={testId}
        onClick={() => void download()}
      >
        {busy ? t("exports.busy") : label}
      </button>
      {hint && <span className="muted small">{hint}</span>}
      {problem && (
        <span className="form-error small" role="alert">
          {t(`exports.problem.${problem}`)}
        </span>
      )}
    </div>
  );
}
