import { useId } from "react";
import { MAIL_CHOICES, type ContactInput, type MailChoice } from "@common/mail/contact.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";

const CHOICE_KEYS: Record<MailChoice, MessageKey> = {
  reminders: "mail.choice.reminders",
  digest: "mail.choice.digest",
  preRead: "mail.choice.preRead",
  minutes: "mail.choice.minutes",
};

/** Address, language and what to get: the fields the person's form and the facilitator's share. */
export function ContactFields({ value, onChange }: { value: ContactInput; onChange: (next: ContactInput) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="mail-fields">
      <label htmlFor={`${id}-email`}>{t("mail.email")}</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        value={value.email}
        data-testid="mail-email"
        onChange={(e) => onChange({ ...value, email: e.target.value })}
      />
      <label htmlFor={`${id}-language`}>{t("mail.language")}</label>
      <select
        id={`${id}-language`}
        value={value.language}
        data-testid="mail-language"
        onChange={(e) => onChange({ ...value, language: e.target.value === "en" ? "en" : "de" })}
      >
        <option value="de">Deutsch</option>
        <option value="en">English</option>
      </select>
      <fieldset className="mail-choices">
        <legend>{t("mail.choices")}</legend>
        {MAIL_CHOICES.map((choice) => (
          <label key={choice} className="mail-choice">
            <input
              type="checkbox"
              checked={value.choices[choice]}
              data-testid={`mail-choice-${choice}`}
              onChange={(e) => onChange({ ...value, choices: { ...value.choices, [choice]: e.target.checked } })}
            />
            {t(CHOICE_KEYS[choice])}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
