import { useId, useState, type FormEvent } from "react";
import { assertNever } from "@common/domain/apply.js";
import { LIMITS } from "@common/limits.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { lastDisplayName, rememberDisplayName } from "../../profile.js";
import { boardPath, navigate } from "../../router.js";
import { saveDevice } from "../../access/devices.js";
import { createSeries, type AccessError } from "../../access/api.js";
import { rememberSeries } from "./recentSeries.js";

function errorKey(error: AccessError): MessageKey {
  switch (error) {
    case "invalid":
    case "expired":
      return "start.create.error.invalid";
    case "revoked":
      // 403: the server closed series creation (after the page asked).
      return "start.create.error.closed";
    case "busy":
      return "access.error.busy";
    case "server":
      return "start.create.error.server";
    case "network":
      return "start.create.error.network";
    default:
      return assertNever(error);
  }
}

/** "Neue Besprechungsreihe": creates a series and opens its board. */
export function CreateSeriesForm() {
  const t = useT();
  const id = useId();
  const [name, setName] = useState("");
  const [creatorName, setCreatorName] = useState(lastDisplayName);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AccessError | null>(null);
  const complete = name.trim() !== "" && creatorName.trim() !== "";

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!complete || submitting) return;
    setSubmitting(true);
    setError(null);
    const input = { name: name.trim(), creatorName: creatorName.trim() };
    const result = await createSeries(input);
    setSubmitting(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const { seriesId, personId, token } = result.value;
    saveDevice(seriesId, { token, personId });
    rememberDisplayName(input.creatorName);
    rememberSeries(seriesId, input.name, new Date());
    navigate(boardPath(seriesId));
  }

  return (
    <form className="panel" onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("start.create.title")}</h2>
      <p className="muted">{t("start.create.intro")}</p>
      <label className="form-label" htmlFor={`${id}-name`}>
        {t("start.create.seriesName")}
      </label>
      <input
        id={`${id}-name`}
        className="text-input"
        value={name}
        maxLength={LIMITS.seriesName}
        placeholder={t("start.create.seriesName.placeholder")}
        required
        onChange={(e) => setName(e.target.value)}
      />
      <label className="form-label" htmlFor={`${id}-creator`}>
        {t("start.create.yourName")}
      </label>
      <input
        id={`${id}-creator`}
        className="text-input"
        value={creatorName}
        maxLength={LIMITS.personName}
        placeholder={t("start.create.yourName.placeholder")}
        autoComplete="name"
        required
        onChange={(e) => setCreatorName(e.target.value)}
      />
      {error && (
        <p className="form-error" role="alert">
          {t(errorKey(error))}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={!complete || submitting}>
          {submitting ? t("start.create.submitting") : t("start.create.submit")}
        </button>
      </div>
    </form>
  );
}
