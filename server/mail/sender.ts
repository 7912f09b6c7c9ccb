import { nanoid } from "nanoid";
import type { Transporter } from "nodemailer";
import type { MailStore } from "../storage/mailTypes.js";

/** How long a sender holds a claimed mail; longer than an SMTP delivery may take (see the transport's timeouts). */
export const LEASE_MS = 120_000;

/** How long until a failed mail is tried again: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** attempts, 3_600_000);
}

/** A mail server's answer with any address in it blanked: errors are shown and logged, addresses never. */
export function withoutAddresses(message: string): string {
  return message.replace(/[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g, "[address]");
}

/** Sends what the outbox holds: claims due mails, delivers them, marks them sent or gives them back for later. */
export interface OutboxSender {
  /** Sends every due mail once over; resolves with how many were sent. `now` is read for each batch. */
  sendDue(now: () => Date): Promise<number>;
}

/**
 * A sender for this instance. A mail is marked sent after the mail server
 * accepted it; a process that dies in between sends it again once its lease
 * ran out (SMTP cannot tell whether a mail was already delivered: at least
 * once). Errors are logged without addresses.
 */
export function outboxSender(
  mail: MailStore,
  transport: Pick<Transporter, "sendMail">,
  from: string,
  logError: (error: unknown) => void,
): OutboxSender {
  const owner = `sender-${nanoid()}`;
  return {
    async sendDue(now) {
      let sent = 0;
      for (;;) {
        const at = now();
        const claimed = await mail.claimDue(
          owner,
          at.toISOString(),
          new Date(at.getTime() + LEASE_MS).toISOString(),
          10,
        );
        if (claimed.length === 0) return sent;
        for (const item of claimed) {
          try {
            await transport.sendMail({
              from,
              to: item.message.to,
              subject: item.message.subject,
              text: item.message.text,
              html: item.message.html,
              headers: item.message.headers,
              attachments: item.message.attachments,
              disableFileAccess: true,
              disableUrlAccess: true,
            });
            if (await mail.markSent(item.id, owner, now().toISOString())) sent += 1;
          } catch (error) {
            const reason = withoutAddresses(error instanceof Error ? error.message : String(error));
            const retryAt = new Date(at.getTime() + retryDelayMs(item.attempts)).toISOString();
            await mail.markFailed(item.id, owner, retryAt, reason);
            logError(new Error(`mail ${item.kind} not delivered (attempt ${item.attempts + 1}): ${reason}`));
            // The mail server is away: the rest waits for the next round instead of failing one by one.
            return sent;
          }
        }
      }
    },
  };
}
