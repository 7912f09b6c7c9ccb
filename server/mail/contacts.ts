import { nanoid } from "nanoid";
import type { SeriesState } from "@common/domain/types.js";
import type { ContactInput } from "@common/mail/contact.js";
import { confirmMail } from "@common/mail/mails.js";
import { renderMail } from "@common/mail/render.js";
import { hashToken } from "../access/tokens.js";
import { LIMITS } from "@common/limits.js";
import type { ContactRecord, MailStore } from "../storage/mailTypes.js";
import type { Storage } from "../storage/types.js";
import { confirmUrl } from "./mailLinks.js";
import { makeMailToken } from "./mailTokens.js";
import { MailKind } from "./schedule.js";

/** A contact as its person and the facilitators see it. */
export interface ContactView {
  personId: string;
  email: string;
  language: ContactRecord["language"];
  choices: ContactRecord["choices"];
  confirmed: boolean;
}

export function contactView(contact: ContactRecord): ContactView {
  return {
    personId: contact.personId,
    email: contact.email,
    language: contact.language,
    choices: contact.choices,
    confirmed: contact.confirmedAt !== null,
  };
}

/** Why an address was not saved: too many confirmation mails today (answered 429). */
export class TooManyConfirmations extends Error {}

/**
 * Whether one more confirmation mail may go out today: a few per person, more per series,
 * so that nobody has Einklang mail stranger after stranger by entering address after address.
 */
async function confirmationAllowed(mail: MailStore, seriesId: string, personId: string, at: string): Promise<boolean> {
  const count = await mail.confirmsSince(seriesId, personId, `${at.slice(0, 10)}T00:00:00.000Z`);
  return count.person < LIMITS.confirmMailsPerPersonDay && count.series < LIMITS.confirmMailsPerSeriesDay;
}

/**
 * Saves a person's contact. A new address (or a changed one) is unconfirmed
 * until its owner opens the confirmation link mailed to it, written to the
 * outbox in the same transaction: nothing else goes to an address before. The
 * same address again keeps its confirmation and only changes language and choices.
 * A changed address cancels the mails still waiting for the old one and ends
 * the unsubscribe links mailed to it. Beyond the day's confirmation mails
 * (per person and per series) it throws `TooManyConfirmations` and changes nothing.
 */
export async function saveContact(
  storage: Storage,
  base: string,
  state: SeriesState,
  who: { personId: string; enteredBy: string },
  input: ContactInput,
  at: string,
): Promise<ContactRecord> {
  return storage.mailTransaction(async (mail) => {
    const before = await mail.contactOf(state.id, who.personId);
    const same = before !== null && before.email.toLowerCase() === input.email.toLowerCase();
    const contact: ContactRecord = {
      seriesId: state.id,
      personId: who.personId,
      email: input.email,
      language: input.language,
      choices: input.choices,
      confirmedAt: same ? before.confirmedAt : null,
      enteredBy: same ? before.enteredBy : who.enteredBy,
      updatedAt: at,
    };
    if (same && before.confirmedAt !== null) {
      await mail.saveContact(contact, null);
      return contact;
    }
    const key = `${MailKind.confirm}:${state.id}:${who.personId}:${hashToken(input.email.toLowerCase())}:${at.slice(0, 10)}`;
    const fresh = !(await mail.hasMail(key));
    if (fresh && !(await confirmationAllowed(mail, state.id, who.personId, at))) throw new TooManyConfirmations();
    if (!same && before !== null) {
      await mail.cancelMailsOf(state.id, who.personId, at);
      await mail.removeMailLinksOf(state.id, who.personId);
    }
    const token = makeMailToken();
    const person = state.people[who.personId];
    const doc = confirmMail(
      { language: input.language, personName: person?.name ?? "", seriesName: state.name },
      confirmUrl(base, token),
    );
    // One confirmation per person, address and day: saving the same address again sends no second
    // mail (nobody can flood an inbox through the form), and the mail sent earlier stays valid.
    const queued = await mail.enqueue({
      id: nanoid(),
      key,
      seriesId: state.id,
      personId: who.personId,
      kind: MailKind.confirm,
      message: { to: input.email, ...renderMail(doc), headers: {}, attachments: [] },
      createdAt: at,
    });
    await mail.saveContact(contact, queued ? hashToken(token) : undefined);
    return contact;
  });
}
