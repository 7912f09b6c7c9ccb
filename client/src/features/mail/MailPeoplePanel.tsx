import { useCallback, useEffect, useState, type FormEvent } from "react";
import {
  DEFAULT_CHOICES,
  DEFAULT_MAIL_SETTINGS,
  MAIL_LINK_DAYS,
  type ContactInput,
  type MailSettings,
} from "@common/mail/contact.js";
import type { SeriesState } from "@common/domain/types.js";
import { Role } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { ContactFields } from "./ContactFields.js";
import { readMailPeople, saveContactFor, saveMailSettings, type MailPeople } from "./mailApi.js";
import "./mail.css";

/** Mails given up after failing for days, in a line of their own (none: nothing shown). */
function GaveUpLine({ count }: { count: number }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <p className="mail-outbox-problem" role="status" data-testid="mail-outbox-gave-up">
      {t("mail.outbox.gaveUp", { count })}
    </p>
  );
}

/** The outbox in one line: nothing waiting, waiting, or waiting because the mail server fails. */
function OutboxLine({ outbox }: { outbox: MailPeople["outbox"] }) {
  const t = useT();
  if (outbox.failing > 0) {
    return (
      <p className="mail-outbox-problem" role="status" data-testid="mail-outbox">
        {t("mail.outbox.problem", { count: outbox.waiting, error: outbox.lastError ?? "" })}
      </p>
    );
  }
  return (
    <p className="muted" data-testid="mail-outbox">
      {outbox.waiting > 0
        ? t("mail.outbox.waiting", { count: outbox.waiting })
        : t("mail.outbox.ok", { count: outbox.sent.length })}
    </p>
  );
}

/**
 * For facilitators, on the people page: the outbox, who gets mail, the
 * series' mail settings, and entering the address of an owner who never joined.
 */
export function MailPeoplePanel({ state }: { state: SeriesState }) {
  const t = useT();
  const uiLanguage = useAppStore((s) => s.ui.language);
  const [people, setPeople] = useState<MailPeople | null>(null);
  const [personId, setPersonId] = useState("");
  const [draft, setDraft] = useState<ContactInput>({ email: "", language: uiLanguage, choices: DEFAULT_CHOICES });
  const [days, setDays] = useState<MailSettings>(DEFAULT_MAIL_SETTINGS);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await readMailPeople(state.id);
    if (!result.ok) return;
    setPeople(result.value);
    setDays(result.value.settings);
  }, [state.id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (people === null) return null;
  if (!people.enabled) {
    return (
      <p className="muted mail-off" data-testid="mail-off">
        {t("mail.off")}
      </p>
    );
  }
  const name = (id: string) => state.people[id]?.name ?? id;
  const candidates = Object.values(state.people)
    .filter((p) => p.role !== Role.facilitator)
    .sort((a, b) => a.name.localeCompare(b.name));

  async function enter(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (personId === "") return;
    const result = await saveContactFor(state.id, personId, draft);
    if (!result.ok) {
      setNotice(null);
      return setProblem(result.message ?? t("mail.failed"));
    }
    setProblem(null);
    setNotice(t("mail.people.saved"));
    setDraft({ email: "", language: uiLanguage, choices: DEFAULT_CHOICES });
    await reload();
  }

  async function applySettings(event: FormEvent): Promise<void> {
    event.preventDefault();
    const result = await saveMailSettings(state.id, days);
    setNotice(result.ok ? t("mail.settings.saved") : null);
    setProblem(result.ok ? null : (result.message ?? t("mail.failed")));
  }

  return (
    <section className="panel mail-panel" aria-labelledby="mail-people-title" data-testid="mail-people">
      <h2 id="mail-people-title">{t("mail.people.title")}</h2>
      <p className="muted small">{t("mail.people.intro")}</p>
      <OutboxLine outbox={people.outbox} />
      <GaveUpLine count={people.outbox.gaveUp} />
      <form className="mail-settings" onSubmit={(e) => void applySettings(e)}>
        <label>
          {t("mail.settings.reminderDays")}{" "}
          <input
            type="number"
            min={1}
            max={30}
            value={days.reminderDays}
            onChange={(e) => setDays({ ...days, reminderDays: Number(e.target.value) })}
          />
        </label>
        <label>
          {t("mail.settings.preReadDays")}{" "}
          <input
            type="number"
            min={1}
            max={14}
            value={days.preReadDays}
            onChange={(e) => setDays({ ...days, preReadDays: Number(e.target.value) })}
          />
        </label>
        <label>
          {t("mail.settings.linkDays")}{" "}
          <select
            value={days.linkDays}
            data-testid="mail-link-days"
            onChange={(e) => setDays({ ...days, linkDays: Number(e.target.value) })}
          >
            {MAIL_LINK_DAYS.map((d) => (
              <option key={d} value={d}>
                {t("mail.settings.linkDays.option", { count: d })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button-secondary">
          {t("mail.settings.save")}
        </button>
      </form>
      {people.contacts.length === 0 ? (
        <p className="muted">{t("mail.people.none")}</p>
      ) : (
        <table className="mail-people" data-testid="mail-people-list">
          <thead>
            <tr>
              <th>{t("mail.people.person")}</th>
              <th>{t("mail.people.address")}</th>
              <th>{t("mail.people.state")}</th>
            </tr>
          </thead>
          <tbody>
            {people.contacts.map((c) => (
              <tr key={c.personId}>
                <td>{name(c.personId)}</td>
                <td>{c.email}</td>
                <td>{c.confirmed ? t("mail.people.confirmed") : t("mail.people.pending")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={(e) => void enter(e)}>
        <h3>{t("mail.people.enterFor")}</h3>
        <select value={personId} onChange={(e) => setPersonId(e.target.value)} data-testid="mail-person" required>
          <option value="">{t("mail.people.pick")}</option>
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <ContactFields value={draft} onChange={setDraft} />
        {problem !== null && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        {notice !== null && <p role="status">{notice}</p>}
        <div className="mail-actions">
          <button type="submit" className="button-primary" data-testid="mail-enter">
            {t("mail.people.add")}
          </button>
        </div>
      </form>
    </section>
  );
}
