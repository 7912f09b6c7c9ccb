import { useCallback, useEffect, useState, type FormEvent } from "react";
import { WebhookKind, WebhookLanguage, type WebhookInput } from "@common/webhook/target.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { readWebhook, removeWebhook, saveWebhook, testWebhook, type WebhookAnswer } from "./webhookApi.js";
import "./webhook.css";

/** The webhook's outbox in one line: nothing waiting, or what waits and the last error. */
function WebhookOutboxLine({ outbox }: { outbox: WebhookAnswer["outbox"] }) {
  const t = useT();
  const parts: string[] = [];
  if (outbox.waiting > 0) parts.push(t("webhook.outbox.waiting", { count: outbox.waiting }));
  if (outbox.gaveUp > 0) parts.push(t("webhook.outbox.gaveUp", { count: outbox.gaveUp }));
  if (outbox.lastError !== null) parts.push(t("webhook.outbox.lastError", { error: outbox.lastError }));
  const problem = outbox.lastError !== null || outbox.gaveUp > 0;
  return (
    <p
      className={problem ? "webhook-problem" : "muted"}
      role={problem ? "status" : undefined}
      data-testid="webhook-outbox"
    >
      {parts.length === 0 ? t("webhook.outbox.ok") : parts.join(" / ")}
    </p>
  );
}

/**
 * For facilitators, on the people page: the series' Teams or Slack webhook.
 * The address is typed here and sent to the server once; the panel shows only
 * the kind and host of the one that is set, with test and remove.
 */
export function WebhookPanel({ seriesId }: { seriesId: string }) {
  const t = useT();
  const uiLanguage = useAppStore((s) => s.ui.language);
  const [answer, setAnswer] = useState<WebhookAnswer | null>(null);
  const [draft, setDraft] = useState<WebhookInput>({ kind: WebhookKind.teams, url: "", language: uiLanguage });
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await readWebhook(seriesId);
    if (result.ok) setAnswer(result.value);
  }, [seriesId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (answer === null) return null;

  function said(ok: boolean, message: string | null): void {
    setNotice(ok ? message : null);
    setProblem(ok ? null : (message ?? t("webhook.failed")));
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const result = await saveWebhook(seriesId, draft);
    if (!result.ok) return said(false, result.message);
    setAnswer(result.value);
    setDraft({ ...draft, url: "" });
    said(true, t("webhook.saved"));
  }

  async function sendTest(): Promise<void> {
    const result = await testWebhook(seriesId);
    said(result.ok, result.ok ? t("webhook.tested") : t("webhook.testFailed", { error: result.message ?? "?" }));
  }

  async function remove(): Promise<void> {
    const result = await removeWebhook(seriesId);
    said(result.ok, result.ok ? t("webhook.removed") : result.message);
    await reload();
  }

  const { webhook } = answer;
  return (
    <section className="panel webhook-panel" aria-labelledby="webhook-title" data-testid="webhook-panel">
      <h2 id="webhook-title">{t("webhook.title")}</h2>
      <p className="muted small">{t("webhook.intro")}</p>
      {webhook === null ? (
        <p className="muted" data-testid="webhook-state">
          {t("webhook.none")}
        </p>
      ) : (
        <div className="webhook-set">
          <p className="webhook-target" data-testid="webhook-state">
            {t("webhook.set", { kind: t(`webhook.kind.${webhook.kind}.short`), host: webhook.host })}
          </p>
          <div className="webhook-actions">
            <button type="button" className="button-primary" onClick={() => void sendTest()} data-testid="webhook-test">
              {t("webhook.test")}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void remove()}
              data-testid="webhook-remove"
            >
              {t("webhook.remove")}
            </button>
          </div>
          <WebhookOutboxLine outbox={answer.outbox} />
        </div>
      )}
      <form className="webhook-fields" onSubmit={(e) => void save(e)}>
        <label htmlFor="webhook-kind">{t("webhook.kind")}</label>
        <select
          id="webhook-kind"
          value={draft.kind}
          onChange={(e) =>
            setDraft({ ...draft, kind: e.target.value === WebhookKind.slack ? WebhookKind.slack : WebhookKind.teams })
          }
          data-testid="webhook-kind"
        >
          <option value={WebhookKind.teams}>{t("webhook.kind.teams")}</option>
          <option value={WebhookKind.slack}>{t("webhook.kind.slack")}</option>
        </select>
        <label htmlFor="webhook-url">{t("webhook.url")}</label>
        <input
          id="webhook-url"
          type="url"
          required
          autoComplete="off"
          spellCheck={false}
          value={draft.url}
          onChange={(e) => setDraft({ ...draft, url: e.target.value })}
          data-testid="webhook-url"
        />
        <label htmlFor="webhook-language">{t("webhook.language")}</label>
        <select
          id="webhook-language"
          value={draft.language}
          onChange={(e) =>
            setDraft({
              ...draft,
              language: e.target.value === WebhookLanguage.en ? WebhookLanguage.en : WebhookLanguage.de,
            })
          }
          data-testid="webhook-language"
        >
          <option value={WebhookLanguage.de}>{t("language.de.long")}</option>
          <option value={WebhookLanguage.en}>{t("language.en.long")}</option>
        </select>
        <div className="webhook-save">
          <button type="submit" className="button-secondary" data-testid="webhook-save">
            {t("webhook.save")}
          </button>
        </div>
      </form>
      {problem !== null && (
        <p className="form-error" role="alert" data-testid="webhook-problem">
          {problem}
        </p>
      )}
      {notice !== null && (
        <p role="status" data-testid="webhook-notice">
          {notice}
        </p>
      )}
    </section>
  );
}
