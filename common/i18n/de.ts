/**
 * German UI text, the default language. Its keys are the message keys of the
 * whole app; `{name}` placeholders are filled in by `translate`.
 */
import { meetingDe } from "./meeting.de.js";
import { roomDe } from "./room.de.js";
import { joinDe } from "./join.de.js";
import { setupDe } from "./setup.de.js";
import { resultsDe } from "./results.de.js";
import { mineDe } from "./mine.de.js";
import { exportsDe } from "./exports.de.js";
import { projectorDe } from "./projector.de.js";
import { trashDe } from "./trash.de.js";
import { documentsDe } from "./documents.de.js";
import { mailDe } from "./mail.de.js";
import { webhookDe } from "./webhook.de.js";
import { mailBodyDe } from "./mailbody.de.js";
import { agendaDe } from "./agenda.de.js";
import { visitDe } from "./visit.de.js";
import { templatesDe } from "./templates.de.js";
import { levelsDe } from "./levels.de.js";
import { orgReportDe } from "./orgReport.de.js";

export const de = {
  ...setupDe,
  ...meetingDe,
  ...roomDe,
  ...joinDe,
  ...resultsDe,
  ...mineDe,
  ...exportsDe,
  ...projectorDe,
  ...trashDe,
  ...documentsDe,
  ...mailDe,
  ...webhookDe,
  ...mailBodyDe,
  ...agendaDe,
  ...visitDe,
  ...templatesDe,
  ...levelsDe,
  ...orgReportDe,
  "app.name": "Einklang",
  "app.tagline":
    "Einklang ist das gemeinsame Board für Ihre regelmäßige Vertriebs- und Produktionsrunde: konkrete Fälle ansehen, Interessen klären, Vereinbarungen festhalten.",
  "app.loading": "Wird geladen…",
  "app.notFound.title": "Seite nicht gefunden",
  "app.notFound.body": "Diese Adresse gibt es in Einklang nicht.",
  "app.toStart": "Zur Startseite",

  "language.label": "Sprache",
  "language.de": "DE",
  "language.en": "EN",
  "language.de.long": "Deutsch",
  "language.en.long": "Englisch",

  "start.create.title": "Neue Besprechungsreihe",
  "start.create.intro":
    "Legen Sie eine Reihe für Ihre wiederkehrende Runde an und teilen Sie den Link mit den Teilnehmenden.",
  "start.create.seriesName": "Name der Reihe",
  "start.create.seriesName.placeholder": "z. B. S&OP-Runde Werk Nord",
  "start.create.yourName": "Ihr Name",
  "start.create.yourName.placeholder": "z. B. Anna Berger",
  "start.create.submit": "Reihe anlegen",
  "start.create.submitting": "Wird angelegt…",
  "start.create.error.invalid": "Bitte prüfen Sie Ihre Eingaben.",
  "start.create.error.server": "Die Reihe konnte nicht angelegt werden. Bitte versuchen Sie es gleich noch einmal.",
  "start.create.error.network": "Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.",
  "start.create.error.closed": "Auf diesem Server legt nur der Betreiber neue Reihen an.",
  "start.closed.title": "Neue Reihen legt der Betreiber an",
  "start.closed.text":
    "Auf diesem Server legen nur seine Betreiber neue Besprechungsreihen an und spielen Sicherungen ein. Bitten Sie sie um einen Link zu Ihrer Reihe; Reihen, die Sie schon geöffnet haben, finden Sie hier.",
  "start.example.title": "Beispiel ansehen",
  "start.example.intro":
    "Eine gelebte Besprechungsreihe eines Feinkostherstellers mit Partnerbetrieb: Ziele, Interessen, drei vergangene Sitzungen und die nächste mit fälligen Vereinbarungen. Sie sind darin die Moderation.",
  "start.example.load": "Beispiel laden",
  "start.example.loading": "Beispiel wird angelegt…",
  "start.example.failed": "Das Beispiel konnte nicht angelegt werden. Bitte versuchen Sie es noch einmal.",
  "start.recent.title": "Zuletzt geöffnet",
  "start.recent.empty": "Reihen, die Sie auf diesem Gerät öffnen, erscheinen hier.",
  "start.recent.unnamed": "Unbenannte Reihe",

  "board.seriesName.label": "Name der Besprechungsreihe",
  "board.home": "Einklang – zur Startseite",
  "board.menu": "Menü",
  "board.seriesNotFound.title": "Besprechungsreihe nicht gefunden",
  "board.seriesNotFound.body":
    "Diese Reihe gibt es nicht (mehr). Bitte prüfen Sie den Link oder legen Sie eine neue Reihe an.",
  "board.outdated.title": "Einklang wurde aktualisiert",
  "board.outdated.body": "Bitte laden Sie die Seite neu, um weiterzuarbeiten.",
  "board.outdated.reload": "Seite neu laden",

  "join.title": "Wie heißen Sie?",
  "join.intro": "Sie wurden zu „{series}“ eingeladen. Ihr Name ist für die anderen Teilnehmenden sichtbar.",
  "join.name": "Ihr Name",
  "join.submit": "Teilnehmen",

  "connection.connecting": "Verbinde…",
  "connection.online": "Online",
  "connection.savingPaused": "Speichern pausiert",
  "connection.savingPaused.hint":
    "Der Server kann Änderungen gerade nicht speichern. Ihre Änderungen bleiben auf diesem Gerät und werden automatisch erneut gesendet.",
  "connection.saving": "Speichert…",
  "connection.reconnecting": "Verbindung wird wiederhergestellt…",
  "connection.offline": "Offline",
  "connection.unsaved.one": "1 ungespeicherte Änderung",
  "connection.unsaved.other": "{count} ungespeicherte Änderungen",

  "presence.online": "Online",
  "presence.you": "{name} (Sie)",
  "presence.you.inside": "{name}, Sie)",
  "presence.unknown": "Gast",
  "presence.viewing.one": "{names} schaut gerade hier",
  "presence.viewing.other": "{names} schauen gerade hier",

  "item.saving": "wird gespeichert…",
  "confirm.yes": "Löschen",
  "confirm.no": "Abbrechen",

  "field.remoteChange": "{name} hat dieses Feld gerade geändert.",
  "field.remoteChange.someone": "Jemand hat dieses Feld gerade geändert.",
  "field.theirValue": "Neu: „{value}“",
  "field.takeTheirs": "Übernehmen",
  "field.keepMine": "Meine behalten",

  "toasts.label": "Hinweise",
  "toasts.dismiss": "Hinweis schließen",
  "toast.overwritten.series.name": "Ihre Änderung am Namen der Reihe wurde von {name} überschrieben.",
  "toast.rejected.notJoined": "Bitte geben Sie zuerst Ihren Namen ein. Ihre Änderung wurde nicht gespeichert.",
  "toast.rejected.limit": "Das Limit dieser Besprechungsreihe ist erreicht. Ihre Änderung wurde nicht gespeichert.",
  "toast.rejected.invalid": "Die Änderung war ungültig und wurde nicht gespeichert.",
  "toast.rejected.duplicate": "Diese Änderung gab es bereits; sie wurde nicht erneut gespeichert.",
  "toast.rejected.conflict": "Die Änderung kollidierte mit einer anderen und wurde nicht gespeichert.",
  "toast.rejected.storage": "Der Server konnte gerade nicht speichern. Ihre Änderung wurde verworfen.",
  "toast.rejected.internal": "Fehler auf dem Server. Ihre Änderung wurde nicht gespeichert.",
  "toast.rejected.unknownSeries": "Diese Besprechungsreihe gibt es nicht mehr.",
  "toast.rejected.version": "Einklang wurde aktualisiert. Bitte laden Sie die Seite neu.",
  "toast.syncFailed": "Der Server antwortet gerade nicht wie erwartet. Einklang versucht es weiter.",
} as const;

/** Every message key of the app. */
export type MessageKey = keyof typeof de;

/** A complete message catalog: one text for every key. */
export type Messages = Record<MessageKey, string>;
