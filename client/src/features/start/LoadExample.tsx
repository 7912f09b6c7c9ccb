import { useState } from "react";
import { useT } from "../../i18n/useT.js";
import { boardPath, navigate } from "../../router.js";
import { saveDevice } from "../../access/devices.js";
import { createExampleSeries } from "../../access/api.js";
import { rememberSeries } from "./recentSeries.js";

/** Creates the example series with this device's person as its moderator and opens it. */
export function LoadExample() {
  const t = useT();
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");

  async function load(): Promise<void> {
    setState("loading");
    const result = await createExampleSeries();
    if (!result.ok) {
      setState("failed");
      return;
    }
    const { seriesId, personId, token } = result.value;
    saveDevice(seriesId, { token, personId });
    rememberSeries(seriesId, t("start.example.title"), new Date());
    navigate(boardPath(seriesId));
  }

  return (
    <section className="panel" aria-labelledby="example-title" data-testid="load-example">
      <h2 id="example-title">{t("start.example.title")}</h2>
      <p className="muted">{t("start.example.intro")}</p>
      {state === "failed" && (
        <p className="form-error" role="alert">
          {t("start.example.failed")}
        </p>
      )}
      <button type="button" className="button-secondary" disabled={state === "loading"} onClick={() => void load()}>
        {state === "loading" ? t("start.example.loading") : t("start.example.load")}
      </button>
    </section>
  );
}
