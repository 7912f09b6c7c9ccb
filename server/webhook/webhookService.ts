import type { ExecuteDeps } from "../series/execute.js";
import { scheduleWebhookPosts } from "./schedule.js";
import { webhookSender } from "./sender.js";

/** How the server posts to webhooks. */
export interface WebhookConfig {
  /** Lets webhooks post to this machine (plain http to 127.0.0.1 allowed): for tests only (EINKLANG_WEBHOOK_ALLOW_LOOPBACK). */
  allowLoopback: boolean;
  /** How often the scheduler and the sender look for work; default one minute and five seconds. */
  scheduleEveryMs?: number;
  sendEveryMs?: number;
}

/** Reads EINKLANG_WEBHOOK_ALLOW_LOOPBACK ("true" allows loopback; anything else does not). */
export function webhookConfigFromEnv(env: NodeJS.ProcessEnv): WebhookConfig {
  return { allowLoopback: env.EINKLANG_WEBHOOK_ALLOW_LOOPBACK?.trim() === "true" };
}

/** Webhooks in a running server: the scheduler and the sender on their timers, and a way to run them now. */
export interface WebhookService {
  readonly allowLoopback: boolean;
  /** Writes what is due to the outbox, then sends what it holds (what the timers do). */
  tick(): Promise<void>;
  /** Runs a tick soon, without waiting for the timer (after a session closed). */
  kick(): void;
  stop(): Promise<void>;
}

/**
 * Starts the scheduler (every minute) and the sender (every five seconds).
 * A round never overlaps the one before; a failing one is logged and the next
 * tries again, so a server restarted posts what was due and not sent.
 */
export function startWebhookService(
  deps: Pick<ExecuteDeps, "storage" | "cache" | "now" | "logError">,
  config: WebhookConfig,
): WebhookService {
  const sender = webhookSender(deps.storage.webhooks, config.allowLoopback, deps.logError);
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const serial = (work: () => Promise<unknown>): Promise<void> => {
    running = running.then(async () => {
      if (stopped) return;
      await work().catch((error: unknown) => deps.logError(error));
    });
    return running;
  };
  const schedule = (): Promise<void> => serial(() => scheduleWebhookPosts(deps, deps.now()));
  const send = (): Promise<void> => serial(() => sender.sendDue(deps.now));
  const scheduleTimer = setInterval(() => void schedule().then(send), config.scheduleEveryMs ?? 60_000);
  const sendTimer = setInterval(() => void send(), config.sendEveryMs ?? 5_000);
  scheduleTimer.unref();
  sendTimer.unref();
  void schedule().then(send);
  return {
    allowLoopback: config.allowLoopback,
    async tick() {
      await schedule();
      await send();
    },
    kick() {
      void schedule().then(send);
    },
    async stop() {
      clearInterval(scheduleTimer);
      clearInterval(sendTimer);
      await running;
      stopped = true;
    },
  };
}
