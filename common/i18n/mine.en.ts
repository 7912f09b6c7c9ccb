import type { mineDe } from "./mine.de.js";

/** English text of "My agreements", personal links and what is new since the last session. */
export const mineEn: Record<keyof typeof mineDe, string> = {
  "mine.open": "My agreements",
  "mine.open.hint": "The agreements you are responsible for, and where you report their progress",
  "mine.badge.open": "{open} open",
  "mine.badge.overdue": "{open} open, {overdue} of them overdue",
  "mine.title": "My agreements",
  "mine.signedInAs": "Signed in as {name}",
  "mine.intro":
    "These are the agreements you are responsible for. Report their progress here between sessions – the facilitator sees it on the board right away.",
  "mine.toBoard": "Full board",
  "mine.empty.title": "No agreements for you",
  "mine.empty.body": "As soon as a session makes you responsible for an agreement, it shows up here.",
  "mine.since.other": "Since the last session ({date}), {count} of your agreements have news.",
  "mine.since.one": "Since the last session ({date}), one of your agreements has news.",
  "mine.since.none": "Nothing has changed about your agreements since the last session ({date}).",

  "mine.group.overdue": "Overdue",
  "mine.group.overdue.hint": "The due date has passed. Please report how it stands.",
  "mine.group.review": "Up for review at the next session",
  "mine.group.review.on": "Up for review on {date}",
  "mine.group.review.hint":
    "The meeting checks whether the agreement was kept and whether it worked. Bring figures on the intended outcome.",
  "mine.group.open": "Open",
  "mine.group.open.hint": "Not done yet, by due date.",
  "mine.group.done": "Done and settled",
  "mine.group.done.hint": "Reported done, or closed, revised or dropped at a review.",

  "mine.due": "Due {date}",
  "mine.due.overdue": "Overdue: due {date}",
  "mine.due.none": "No due date",
  "mine.outcome": "Intended outcome: {outcome}",
  "mine.coOwners": "Together with {names}",
  "mine.history": "Progress ({count})",
  "mine.history.hide": "Hide progress",

  "mine.status.legend": "Report progress",
  "mine.status.comment": "What happened?",
  "mine.status.comment.placeholder": "e.g. approval form agreed, the first deliveries go through it.",
  "mine.status.submit": "Post update",
  "mine.status.sent": "Posted. The facilitator sees the new status.",
  "mine.status.notOwner": "The owners report the progress.",
  "mine.status.readOnly": "As a guest you read along; the owners report the progress.",
  "mine.status.locked": "The facilitator has locked the board for now. Report the progress a little later.",

  "news.badge": "new",
  "news.made": "agreed since the last session",
  "news.status": "new status since the last session",
  "news.edited": "changed since the last session",
  "news.latest": "Latest status",
  "news.latest.by": "{name}, {date}",

  "device.open": "Open on my phone",
  "device.hint":
    "A personal link for your own phone or tablet: it opens your agreements, signed in as you. Do not pass it on.",
  "device.forPerson": "Personal link",
  "device.forPerson.label": "Personal link for {name}",
  "device.forPerson.hint":
    "Opens only the agreements of {name} until {name} opens the link on a device of their own – then it belongs to {name}, and the link no longer works. Give it to {name} only. “Revoke access” makes the link invalid.",
  "device.link": "Personal link",
  "device.qr.alt": "QR code of the personal link",
  "device.scan": "Scan with the phone's camera or copy the link.",
  "device.making": "Making the link…",
  "device.error": "The link could not be made. Please try again.",
  "device.error.joined":
    "This person has a device of their own: they make a personal link themselves (“Open on phone”).",
  "device.close": "Close",

  "personal.checking": "Checking your personal link…",
  "personal.problem.title": "This link does not work",
  "personal.problem.invalid": "The personal link is not valid or was revoked. Ask the facilitator for a new one.",
  "personal.problem.network": "The server cannot be reached right now. Please check your connection.",
  "personal.retry": "Try again",
  "personal.conflict.title": "This browser is signed in already",
  "personal.conflict.body":
    "In this browser you are already signed in to this meeting series as someone else. Open the personal link on the device of the person it was made for, or in a private window.",
  "personal.conflict.toBoard": "To this browser's board",
  "personal.claim.title": "Take this link over on this device?",
  "personal.claim.body":
    "You are already signed in to this meeting series on another device. If you open the link here, this device becomes your access: your other devices are signed out and the link stops working.",
  "personal.claim.confirm": "Open here, sign out other devices",
  "personal.claim.cancel": "Cancel",
  "mine.kpi.label": "KPI now: {kpi}",
  "mine.kpi.hint": "Optional: the current value; it shows in the goals' KPI trend.",
  "mine.kpi.previous": "Optional. Last: {value}",
  "mine.kpi.notANumber": "Please enter a number, e.g. 93.5.",
  "mine.kpi.surprise.sign": "{value} has another sign than the last value ({previous}). Is it right?",
  "mine.kpi.surprise.hundredfold":
    "{value} is about a hundred times larger or smaller than the last value ({previous}). Is it right?",
  "mine.kpi.surprise.confirm": "Yes, report it",
  "mine.kpi.surprise.correct": "Correct it",
  "mine.kpi.reported": "KPI: {value}",
  "calendarFeed.title": "Calendar feed",
  "calendarFeed.intro":
    "Your due dates and the series' sessions in your calendar (Outlook, Google, Apple): subscribe to this address there. The calendar only reads, it changes nothing.",
  "calendarFeed.make": "Create calendar address",
  "calendarFeed.renew": "Create a new address (the old one ends)",
  "calendarFeed.revoke": "End calendar feed",
  "calendarFeed.address": "Address of the calendar feed",
  "calendarFeed.once":
    "This address is shown only now: copy it into your calendar (“Subscribe to calendar” or “Add from URL”).",
  "calendarFeed.secret":
    "Whoever knows the address sees your due dates: do not pass it on. If it got into the wrong hands, create a new one.",
  "calendarFeed.active": "A calendar feed exists since {date}.",
  "calendarFeed.failed": "That did not work. Please try again in a moment.",
};
