import type { Messages } from "./de.js";

/** English UI text; must have exactly the keys of the German catalog. */
import { meetingEn } from "./meeting.en.js";
import { roomEn } from "./room.en.js";
import { joinEn } from "./join.en.js";
import { setupEn } from "./setup.en.js";
import { resultsEn } from "./results.en.js";
import { mineEn } from "./mine.en.js";
import { exportsEn } from "./exports.en.js";
import { projectorEn } from "./projector.en.js";
import { trashEn } from "./trash.en.js";
import { documentsEn } from "./documents.en.js";
import { mailEn } from "./mail.en.js";
import { webhookEn } from "./webhook.en.js";
import { mailBodyEn } from "./mailbody.en.js";
import { agendaEn } from "./agenda.en.js";
import { visitEn } from "./visit.en.js";
import { templatesEn } from "./templates.en.js";
import { levelsEn } from "./levels.en.js";
import { orgReportEn } from "./orgReport.en.js";

export const en = {
  ...setupEn,
  ...meetingEn,
  ...roomEn,
  ...joinEn,
  ...resultsEn,
  ...mineEn,
  ...exportsEn,
  ...projectorEn,
  ...trashEn,
  ...documentsEn,
  ...mailEn,
  ...webhookEn,
  ...mailBodyEn,
  ...agendaEn,
  ...visitEn,
  ...templatesEn,
  ...levelsEn,
  ...orgReportEn,
  "app.name": "Einklang",
  "app.tagline":
    "Einklang is the shared board for your recurring sales & operations review: look at concrete cases, clear up colliding interests, record agreements.",
  "app.loading": "Loading…",
  "app.notFound.title": "Page not found",
  "app.notFound.body": "This address does not exist in Einklang.",
  "app.toStart": "Go to the start page",

  "language.label": "Language",
  "language.de": "DE",
  "language.en": "EN",
  "language.de.long": "German",
  "language.en.long": "English",

  "start.create.title": "New meeting series",
  "start.create.intro": "Create a series for your recurring meeting and share the link with the participants.",
  "start.create.seriesName": "Series name",
  "start.create.seriesName.placeholder": "e.g. S&OP review, North plant",
  "start.create.yourName": "Your name",
  "start.create.yourName.placeholder": "e.g. Anna Berger",
  "start.create.submit": "Create series",
  "start.create.submitting": "Creating…",
  "start.create.error.invalid": "Please check your input.",
  "start.create.error.server": "The series could not be created. Please try again in a moment.",
  "start.create.error.network": "The server cannot be reached right now. Please check your connection.",
  "start.create.error.closed": "On this server only its operators create new series.",
  "start.closed.title": "New series are set up by the operators",
  "start.closed.text":
    "On this server only its operators create new meeting series and import backups. Ask them for a link to your series; series you opened before are listed here.",
  "start.example.title": "See an example",
  "start.example.intro":
    "A lived-in meeting series of a delicatessen maker and a partner company: goals, interests, three past sessions and the next one with agreements due. You are its facilitator.",
  "start.example.load": "Load example",
  "start.example.loading": "Creating the example…",
  "start.example.failed": "The example could not be created. Please try again.",
  "start.recent.title": "Recently opened",
  "start.recent.empty": "Series you open on this device appear here.",
  "start.recent.unnamed": "Unnamed series",

  "board.seriesName.label": "Meeting series name",
  "board.home": "Einklang – go to the start page",
  "board.menu": "Menu",
  "board.seriesNotFound.title": "Meeting series not found",
  "board.seriesNotFound.body": "This series does not exist (any more). Please check the link or create a new series.",
  "board.outdated.title": "Einklang has been updated",
  "board.outdated.body": "Please reload the page to continue.",
  "board.outdated.reload": "Reload page",

  "join.title": "What is your name?",
  "join.intro": "You were invited to “{series}”. Your name is visible to the other participants.",
  "join.name": "Your name",
  "join.submit": "Join",

  "connection.connecting": "Connecting…",
  "connection.online": "Online",
  "connection.savingPaused": "Saving paused",
  "connection.savingPaused.hint":
    "The server cannot save changes right now. Your changes stay on this device and are sent again automatically.",
  "connection.saving": "Saving…",
  "connection.reconnecting": "Reconnecting…",
  "connection.offline": "Offline",
  "connection.unsaved.one": "1 unsaved change",
  "connection.unsaved.other": "{count} unsaved changes",

  "presence.online": "Online",
  "presence.you": "{name} (you)",
  "presence.you.inside": "{name}, you)",
  "presence.unknown": "Guest",
  "presence.viewing.one": "{names} is looking at this",
  "presence.viewing.other": "{names} are looking at this",

  "item.saving": "saving…",
  "confirm.yes": "Delete",
  "confirm.no": "Cancel",

  "field.remoteChange": "{name} has just changed this field.",
  "field.remoteChange.someone": "Someone has just changed this field.",
  "field.theirValue": "New: “{value}”",
  "field.takeTheirs": "Take theirs",
  "field.keepMine": "Keep mine",

  "toasts.label": "Notices",
  "toasts.dismiss": "Dismiss notice",
  "toast.overwritten.series.name": "Your change to the series name was overwritten by {name}.",
  "toast.rejected.notJoined": "Please enter your name first. Your change was not saved.",
  "toast.rejected.limit": "This meeting series has reached its limit. Your change was not saved.",
  "toast.rejected.invalid": "The change was invalid and was not saved.",
  "toast.rejected.duplicate": "This change already existed; it was not saved again.",
  "toast.rejected.conflict": "The change collided with another one and was not saved.",
  "toast.rejected.storage": "The server could not save right now. Your change was discarded.",
  "toast.rejected.internal": "Server error. Your change was not saved.",
  "toast.rejected.unknownSeries": "This meeting series no longer exists.",
  "toast.rejected.version": "Einklang has been updated. Please reload the page.",
  "toast.syncFailed": "The server is not answering as expected. Einklang keeps trying.",
} satisfies Messages;
