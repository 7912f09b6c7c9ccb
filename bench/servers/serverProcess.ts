import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import type { StorageTarget } from "./storageTarget.js";

const root = resolve(import.meta.dirname, "../..");
const running = new Set<ChildProcess>();

/** Kills every server child still running (when the bench itself must give up). */
export function killServers(): void {
  for (const child of running) child.kill("SIGKILL");
}

/** A real Einklang server in its own process, started as `npm start` runs it. */
export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything it printed (for a crash report). */
  output(): string;
  /** SIGTERM, so it shuts down (and writes a CPU profile); SIGKILL after ten seconds. */
  stop(): Promise<void>;
}

/** Extra settings of a server child: Redis fan-out, and a CPU profile written into `profileDir`. */
export interface ServerExtras {
  redisUrl?: string | undefined;
  profileDir?: string | undefined;
}

/** Starts `server/main.ts` on a free loopback port (PORT=0) against `target`. */
export function startServerProcess(target: StorageTarget, extras: ServerExtras = {}): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    EINKLANG_DATA_DIR: target.dataDir,
    // Every simulated participant connects from loopback: one address holds thousands of sockets here.
    EINKLANG_MAX_CONNECTIONS_PER_IP: "100000",
    // … and joins by invite from there, thousands within a minute while the scenario sets up.
    EINKLANG_HTTP_REQUESTS_PER_MINUTE: "1000000",
    // … and one address makes every series of the workshop day.
    EINKLANG_SERIES_PER_DAY: "1000000",
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  if (extras.redisUrl) env.REDIS_URL = extras.redisUrl;
  const profile = extras.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${extras.profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "server/main.ts"], { cwd: root, env });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let output = "";
  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => rejectStart(new Error(`server did not start:\n${output}`)), 30_000);
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      rejectStart(new Error(`server exited with ${code}:\n${output}`));
    };
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const port = /listening on http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port === undefined || child.pid === undefined) return;
      clearTimeout(timer);
      child.off("exit", onExit);
      resolveStart({
        url: `http://127.0.0.1:${port}`,
        pid: child.pid,
        child,
        output: () => output,
        stop: () => stopChild(child),
      });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const hard = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(hard);
      done();
    });
    child.kill("SIGTERM");
  });
}
