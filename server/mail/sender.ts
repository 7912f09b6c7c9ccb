import { nanoid } from "nanoid";
import type { SendMailOptions, Transporter } from "nodemailer";
import type { MailStore } from "../storage/mailTypes.js";

/** How long a sender holds a claimed mail; renewed right before each delivery, and twice as long as one may take. */
export const LEASE_MS = 120_000;

/** The longest one delivery may take before it counts as failed (well inside its lease). */
export const SEND_TIMEOUT_MS = LEASE_MS / 2;

/** A mail that still fails this long after it was queued is given up ("dauerhaft fehlgeschlagen"). */
export const GIVE_UP_AFTER_MS = 3 * 24 * 3_600_000;

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

/** Delivers one mail, or fails after `SEND_TIMEOUT_MS` (a mail server that stalls must not outlive the lease). */
async function deliver(transport: Pick<Transporter, "sendMail">, options: SendMailOptions): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error("the mail server did not answer in time")), SEND_TIMEOUT_MS);
  });
  try {
    await Promise.race([transport.sendMail(options), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A sender for this instance. Right before a mail is delivered its lease is
 * renewed (a batch's last mail is not sent on a lease that ran out while the
 * ones before it were delivered); a sender that lost the lease skips the
 * mail. A mail is marked sent after the mail server accepted it — also when
 * its lease ran out meanwhile, so that a sender that took it over finds it
 * sent and does not send it again. Where SMTP cannot tell (a process that
 * dies between the server's acceptance and the mark, a delivery that timed
 * out but went through), the mail is sent again: at least once. A mail still
 * failing three days after it was queued is given up. Errors are logged
 * without addresses.
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
          const renewedAt = now();
          const leaseUntil = new Date(renewedAt.getTime() + LEASE_MS).toISOString();
          if (!(await mail.renewLease(item.id, owner, leaseUntil))) continue;
          try {
            await deliver(transport, {
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
            if (renewedAt.getTime() - Date.parse(item.createdAt) >= GIVE_UP_AFTER_MS) {
              await mail.markGaveUp(item.id, owner, renewedAt.toISOString(), reason);
              logError(new Error(`mail ${item.kind} given up after ${item.attempts + 1} attempts: ${reason}`));
              continue;
            }
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
