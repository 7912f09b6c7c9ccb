import { nanoid } from "nanoid";
import type { MailChoice } from "@common/mail/contact.js";
import { mailText } from "@common/mail/mailTexts.js";
import type { MailBlock } from "@common/mail/render.js";
import { hashToken, makeToken, TokenKind } from "../access/tokens.js";
import type { ContactRecord, MailStore } from "../storage/mailTypes.js";
import type { AccessStore } from "../storage/accessTypes.js";
import { makeMailToken } from "./mailTokens.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The address of a confirmation link. */
export function confirmUrl(base: string, token: string): string {
  return `${base}/mail/confirm/${token}`;
}

/** The address of a one-click unsubscribe link. */
export function unsubscribeUrl(base: string, token: string): string {
  return `${base}/mail/unsubscribe/${token}`;
}

/**
 * A new unsubscribe link for one choice of one person, written with the mail
 * that carries it: the footer lines and the List-Unsubscribe headers (RFC 8058).
 */
export async function unsubscribeParts(
  mail: MailStore,
  base: string,
  contact: ContactRecord,
  seriesName: string,
  choice: MailChoice,
  at: string,
): Promise<{ footer: MailBlock[]; headers: Record<string, string> }> {
  const token = makeMailToken();
  await mail.addMailLink(
    { seriesId: contact.seriesId, personId: contact.personId, choice, createdAt: at, email: contact.email },
    hashToken(token),
  );
  const url = unsubscribeUrl(base, token);
  const language = contact.language;
  return {
    footer: [
      { kind: "p", text: mailText(language, "footer.why", { series: seriesName }) },
      {
        kind: "link",
        label: mailText(language, "footer.unsubscribe", { what: mailText(language, `choice.${choice}`) }),
        url,
      },
    ],
    headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/**
 * A personal link to "My agreements" for a mail: a new device token of the
 * person, revocable like any other. For someone who joined it is a device of
 * theirs, on the chain of the invite link they joined through; for an owner
 * who never joined it is limited to "My agreements" until they open it
 * (made, as it were, by the facilitator who entered their address). The link
 * opens anything only for `linkDays` (the series' choice); opened, it is
 * exchanged for a device of the person's own that does not expire.
 */
export async function personalStatusUrl(
  stores: { access: AccessStore; mail: MailStore },
  base: string,
  contact: ContactRecord,
  at: string,
  linkDays: number,
): Promise<string> {
  // A full device only goes to an address the person entered themself: one a facilitator entered
  // gets a link limited to "My agreements" that claims a device, also after the person joined.
  const own =
    contact.enteredBy === contact.personId && (await stores.access.hasOwnDevice(contact.seriesId, contact.personId));
  const token = makeToken(TokenKind.device);
  await stores.access.addDevice(
    {
      id: nanoid(),
      seriesId: contact.seriesId,
      personId: contact.personId,
      inviteId: await stores.mail.rootInviteOf(contact.seriesId, contact.personId),
      createdAt: at,
      revokedAt: null,
      createdBy: own ? null : contact.enteredBy,
      limited: !own,
      expiresAt: new Date(Date.parse(at) + linkDays * DAY_MS).toISOString(),
    },
    hashToken(token),
  );
  return `${base}/me#${token}`;
}
