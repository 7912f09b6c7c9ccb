import { useEffect, useState, type FormEvent } from "react";
import { DEFAULT_CHOICES, type ContactInput } from "@common/mail/contact.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { ContactFields } from "./ContactFields.js";
import { readOwnContact, removeOwnContact, saveOwnContact, type OwnContact } from "./mailApi.js";
import "./mail.css";

type Load = { status: "loading" } | { status: "failed" } | { status: "ready"; own: OwnContact };

/**
 * "Per E-Mail erinnern": on My agreements, the person's own address, language
 * and what they want by mail. Only they (and the facilitators) see it; a new
 * address gets a confirmation mail first. When the server sends no mail, one line says so.
 */
export function MailContactPanel({ seriesId }: { seriesId: string }) {
  const t = useT();
  const uiLanguage = useAppStore((s) => s.ui.language);
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [draft, setDraft] = useState<ContactInput>({ email: "", language: uiLanguage, choices: DEFAULT_CHOICES });
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    void readOwnContact(seriesId).then((result) => {
      if (!live) return;
      if (!result.ok) return setLoad({ status: "failed" });
      setLoad({ status: "ready", own: result.value });
      const contact = result.value.contact;
      if (contact) setDraft({ email: contact.email, language: contact.language, choices: contact.choices });
    });
    return () => {
      live = false;
    };
  }, [seriesId]);

  if (load.status === "loading") return null;
  if (load.status === "failed") {
    return <p className="muted mail-off">{t("mail.unavailable")}</p>;
  }
  if (!load.own.enabled) {
    return (
      <p className="muted mail-off" data-testid="mail-off">
        {t("mail.off")}
      </p>
    );
  }
  const contact = load.own.contact;

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSaving(true);
    const result = await saveOwnContact(seriesId, draft);
    setSaving(false);
    if (!result.ok) return setProblem(result.message ?? t("mail.failed"));
    setProblem(null);
    setLoad({ status: "ready", own: result.value });
  }

  async function remove(): Promise<void> {
    const result = await removeOwnContact(seriesId);
    if (!result.ok) return setProblem(result.message ?? t("mail.failed"));
    setLoad({ status: "ready", own: { enabled: true, contact: null } });
    setDraft({ email: "", language: uiLanguage, choices: DEFAULT_CHOICES });
  }

  return (
    <section className="panel mail-panel" aria-labelledby="mail-title" data-testid="mail-panel">
      <h2 id="mail-title">{t("mail.title")}</h2>
      <p className="muted small">{t("mail.intro")}</p>
      {contact && (
        <p className={contact.confirmed ? "mail-status" : "mail-status mail-status-pending"} data-testid="mail-status">
          {contact.confirmed
            ? t("mail.confirmed", { email: contact.email })
            : t("mail.pending", { email: contact.email })}
        </p>
      )}
      <form onSubmit={(e) => void save(e)}>
        <ContactFields value={draft} onChange={setDraft} />
        {problem !== null && (
          <p className="form-error" role="alert" data-testid="mail-problem">
            {problem}
          </p>
        )}
        <div className="mail-actions">
          <button type="submit" className="button-primary" disabled={saving} data-testid="mail-save">
            {t("mail.save")}
          </button>
          {contact && (
            <button type="button" className="button-secondary" onClick={() => void remove()} data-testid="mail-remove">
              {t("mail.remove")}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
