import nodemailer from "nodemailer";
import type { ExecuteDeps } from "../series/execute.js";
import type { MailConfig } from "./mailConfig.js";
import { scheduleMails } from "./schedule.js";
import { outboxSender, type OutboxSender } from "./sender.js";

/** Mail in a running server: the scheduler and the sender on their timers, and a way to run them now. */
export interface MailService {
  /** The origin links in mails lead to. */
  readonly base: string;
  /** Writes what is due to the outbox, then sends what the outbox holds (what the timers do). */
  tick(): Promise<void>;
  /** Sends what the outbox holds now (after a confirmation mail was queued), without waiting for the timer. */
  kick(): void;
  stop(): Promise<void>;
}

/**
 * Starts the scheduler (every minute) and the sender (every five seconds). A
 * round never overlaps the one before; a failing one is logged and the next
 * tries again, so a server restarted sends what was due and not sent.
 */
export function startMailService(
  deps: Pick<ExecuteDeps, "storage" | "cache" | "now" | "logError">,
  config: MailConfig,
): MailService {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const sender: OutboxSender = outboxSender(deps.storage.mail, transport, config.from, deps.logError);
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const serial = (work: () => Promise<unknown>): Promise<void> => {
    running = running.then(async () => {
      if (stopped) return;
      await work().catch((error: unknown) => deps.logError(error));
    });
    return running;
  };
  const schedule = (): Promise<void> => serial(() => scheduleMails(deps, config.publicUrl, deps.now()));
  const send = (): Promise<void> => serial(() => sender.sendDue(deps.now));
  const scheduleTimer = setInterval(() => void schedule().then(send), config.scheduleEveryMs ?? 60_000);
  const sendTimer = setInterval(() => void send(), config.sendEveryMs ?? 5_000);
  scheduleTimer.unref();
  sendTimer.unref();
  void schedule().then(send);
  return {
    base: config.publicUrl,
    async tick() {
      await schedule();
      await send();
    },
    kick() {
      void send();
    },
    async stop() {
      clearInterval(scheduleTimer);
      clearInterval(sendTimer);
      await running;
      stopped = true;
      transport.close();
    },
  };
}
