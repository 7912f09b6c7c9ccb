import type { MailLanguage } from "./contact.js";

/**
 * The words of the mails in both languages; `{name}` placeholders are filled
 * in by `mailText`. The wording follows the board's catalogs.
 */
const DE = {
  greeting: "Guten Tag {name},",
  signature: "Ihr Einklang für „{series}“",
  "footer.why": "Sie erhalten diese Mail, weil Sie in „{series}“ E-Mails gewählt haben.",
  "footer.unsubscribe": "{what} abbestellen",
  "footer.settings": "Einstellungen ändern: {url}",
  "confirm.subject": "Bitte bestätigen Sie Ihre E-Mail-Adresse für „{series}“",
  "confirm.body":
    "für Sie wurde diese Adresse in der Besprechungsreihe „{series}“ hinterlegt, um Erinnerungen, Zusammenfassungen und Vorbereitungen zu erhalten. Bevor wir etwas anderes senden, bestätigen Sie bitte, dass es Ihre Adresse ist:",
  "confirm.ignore": "Wenn Sie das nicht möchten, ignorieren Sie diese Mail: dann erhalten Sie nichts weiter.",
  "reminder.subject.one": "Erinnerung: {text}",
  "reminder.subject.some": "Erinnerung: {count} Vereinbarungen in „{series}“",
  "reminder.intro": "hier der Stand Ihrer Vereinbarungen in „{series}“:",
  "reminder.dueSoon": "fällig am {due}",
  "reminder.overdue": "seit {due} überfällig",
  "reminder.stillOverdue": "weiterhin überfällig (fällig war {due})",
  "reminder.action": "Status melden:",
  "digest.subject": "Zusammenfassung der Sitzung am {date}: {series}",
  "digest.intro": "die Sitzung von „{series}“ am {date} ist abgeschlossen.",
  "digest.summary": "Zusammenfassung",
  "digest.decisions": "Beschlossene Vereinbarungen",
  "digest.reviews": "Entscheidungen der Überprüfung",
  "digest.none": "Keine.",
  "digest.yours": "Ihre offenen Vereinbarungen",
  "digest.minutes": "Das Protokoll liegt als Markdown-Datei bei; die Druckansicht: {url}",
  "digest.next": "Nächste Sitzung: {date}",
  "preRead.subject": "Vorbereitung auf die Sitzung am {date}: {series}",
  "preRead.intro": "am {date} trifft sich „{series}“. Zur Vorbereitung:",
  "preRead.agenda": "Tagesordnung",
  "preRead.due": "Zur Überprüfung fällige Vereinbarungen",
  "preRead.own":
    "Sie sind verantwortlich für {count} dieser Vereinbarungen: Bitte melden Sie vorher den Stand und, wo vorhanden, den Wert der Kennzahl:",
  "preRead.cases": "Eingereichte Fälle",
  owners: "Verantwortlich: {names}",
  "choice.reminders": "Erinnerungen",
  "choice.digest": "Zusammenfassungen",
  "choice.preRead": "Vorbereitungen",
  "choice.minutes": "Protokolle",
  "phase.check_in": "Check-in",
  "phase.review": "Überprüfung",
  "phase.cases": "Fälle",
  "phase.agreements": "Vereinbarungen",
  "phase.close": "Abschluss",
  "decision.close": "abgeschlossen",
  "decision.continue": "fortgeführt",
  "decision.revise": "überarbeitet",
  "decision.drop": "verworfen",
} as const;

export type MailTextKey = keyof typeof DE;

const EN: Record<MailTextKey, string> = {
  greeting: "Hello {name},",
  signature: "Your Einklang for “{series}”",
  "footer.why": "You receive this mail because you chose e-mails in “{series}”.",
  "footer.unsubscribe": "Unsubscribe from {what}",
  "footer.settings": "Change your settings: {url}",
  "confirm.subject": "Please confirm your e-mail address for “{series}”",
  "confirm.body":
    "this address was entered for you in the meeting series “{series}”, to receive reminders, digests and pre-reads. Before anything else is sent, please confirm that it is yours:",
  "confirm.ignore": "If you do not want this, ignore this mail: then you receive nothing more.",
  "reminder.subject.one": "Reminder: {text}",
  "reminder.subject.some": "Reminder: {count} agreements in “{series}”",
  "reminder.intro": "here is where your agreements in “{series}” stand:",
  "reminder.dueSoon": "due on {due}",
  "reminder.overdue": "overdue since {due}",
  "reminder.stillOverdue": "still overdue (was due on {due})",
  "reminder.action": "Report the status:",
  "digest.subject": "Digest of the session on {date}: {series}",
  "digest.intro": "the session of “{series}” on {date} is closed.",
  "digest.summary": "Summary",
  "digest.decisions": "Agreements made",
  "digest.reviews": "Review decisions",
  "digest.none": "None.",
  "digest.yours": "Your open agreements",
  "digest.minutes": "The minutes are attached as a Markdown file; the printable page: {url}",
  "digest.next": "Next session: {date}",
  "preRead.subject": "Pre-read for the session on {date}: {series}",
  "preRead.intro": "“{series}” meets on {date}. To prepare:",
  "preRead.agenda": "Agenda",
  "preRead.due": "Agreements due for review",
  "preRead.own":
    "You are responsible for {count} of these agreements: please report their status and, where there is one, the KPI value beforehand:",
  "preRead.cases": "Cases submitted",
  owners: "Responsible: {names}",
  "choice.reminders": "reminders",
  "choice.digest": "digests",
  "choice.preRead": "pre-reads",
  "choice.minutes": "minutes",
  "phase.check_in": "Check-in",
  "phase.review": "Review",
  "phase.cases": "Cases",
  "phase.agreements": "Agreements",
  "phase.close": "Close",
  "decision.close": "closed",
  "decision.continue": "continued",
  "decision.revise": "revised",
  "decision.drop": "dropped",
};

const TEXTS: Record<MailLanguage, Record<MailTextKey, string>> = { de: DE, en: EN };

/** A mail's text in a language with its placeholders filled in. */
export function mailText(
  language: MailLanguage,
  key: MailTextKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return TEXTS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A date (YYYY-MM-DD) as the language writes it: 05.11.2026 or 2026-11-05. */
export function mailDate(language: MailLanguage, date: string): string {
  if (language === "en" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [year, month, day] = date.split("-");
  return `${day ?? ""}.${month ?? ""}.${year ?? ""}`;
}

/** Every key of both languages, for the test that they match. */
export const MAIL_TEXTS = TEXTS;
