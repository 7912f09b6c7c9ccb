import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { startServer, type EinklangServer } from "../../server/app.js";
import type { SecurityConfig } from "../../server/config.js";
import type { MailConfig } from "../../server/mail/mailConfig.js";
import type { WebhookConfig } from "../../server/webhook/webhookService.js";
import type { StorageTarget } from "./storages.js";

const root = resolve(import.meta.dirname, "../..");

/** A real server in this process, on a random loopback port. */
export async function startTestServer(
  target: StorageTarget,
  redisUrl?: string,
  security?: Partial<SecurityConfig>,
  options: {
    stateCacheBytes?: number;
    port?: number;
    mail?: MailConfig;
    webhooks?: WebhookConfig;
    now?: () => Date;
  } = {},
): Promise<EinklangServer & { url: string }> {
  const server = await startServer({
    ...options,
    port: options.port ?? 0,
    host: "127.0.0.1",
    dataDir: target.dataDir,
    databaseUrl: target.databaseUrl,
    redisUrl,
    clientDir: resolve(root, "client/dist"),
    security,
  });
  return { ...server, url: `http://127.0.0.1:${server.port}` };
}

/** A real server in its own process (as `npm start` runs it), so it can be killed. */
export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** SIGKILL: no shutdown code runs. */
  kill(): Promise<void>;
  output(): string;
}

/** Starts `server/main.ts` in a child process; `port` 0 picks a free one. */
export function spawnServer(
  target: StorageTarget,
  port = 0,
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    EINKLANG_DATA_DIR: target.dataDir,
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { cwd: root, env });
  let output = "";
  return new Promise((resolvePromise, rejectPromise) => {
    const timer = setTimeout(() => rejectPromise(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const actualPort = Number(match[1]);
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}`,
        port: actualPort,
        child,
        output: () => output,
        kill: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGKILL");
          }),
      });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      rejectPromise(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}
