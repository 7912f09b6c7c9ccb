import type { meetingDe } from "./meeting.de.js";

/** English UI text of the meeting features: exactly the keys of the German fragment. */
export const meetingEn = {} satisfies Record<keyof typeof meetingDe, string>;
