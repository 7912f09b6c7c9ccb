import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const inCi = process.env.CI === "true" || process.env.CI === "1";
const root = resolve(import.meta.dirname, "../..");
const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"];

/** Debian's nginx; under CI a missing one fails the run, elsewhere the suite skips loudly. */
export function nginxPath(): string | undefined {
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path ?? ""));
  if (found) return found;
  if (inCi) throw new Error("CI needs nginx (apt-get install nginx): the load balancer suite must not be skipped");
  console.warn("\n*** nginx not found: SKIPPING the load balancer suite (apt-get install nginx) ***\n");
  return undefined;
}

/** The nginx configuration the README gives to operators, exactly as written there. */
export function readmeNginxConfig(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no nginx configuration block");
  return block;
}

/**
 * The README's block with its upstream servers and listen address replaced by
 * this test's: everything else (headers, timeouts, WebSocket upgrade) is kept.
 */
export function nginxConfigFor(block: string, listenPort: number, upstreamPorts: number[]): string {
  const upstream = /upstream einklang \{[^}]*\}/.exec(block);
  if (!upstream) throw new Error("the README's nginx block has no 'upstream einklang'");
  // The README's parameters of a server (max_fails=0 …) go with each of the test's.
  const parameters = /server\s+\S+((?:\s+[a-z_]+=\S+)*);/.exec(upstream[0])?.[1] ?? "";
  const servers = upstreamPorts.map((port) => `  server 127.0.0.1:${port}${parameters};`).join("\n");
  const withUpstream = block.replace(upstream[0], `upstream einklang {\n${servers}\n}`);
  if (!/listen 80;/.test(withUpstream)) throw new Error("the README's nginx block does not 'listen 80;'");
  return withUpstream.replace("listen 80;", `listen 127.0.0.1:${listenPort};`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/** A running nginx in front of some instances. */
export interface LoadBalancer {
  url: string;
  /** Stops nginx and removes its directory. */
  stop(): Promise<void>;
}

/**
 * Starts nginx with the README's configuration in front of the given
 * instances, in a directory of its own (no system files touched).
 * `connections` bounds what its one worker holds open: every client socket
 * takes two (to the client and to an instance); the bench needs thousands.
 */
export async function startLoadBalancer(
  executable: string,
  upstreamPorts: number[],
  connections = 1024,
): Promise<LoadBalancer> {
  const dir = mkdtempSync(join(tmpdir(), "einklang-nginx-"));
  // Worker processes run as an unprivileged user when nginx is started as root: they write proxy buffers here.
  chmodSync(dir, 0o777);
  for (const temp of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(dir, temp), { mode: 0o777 });
  const port = await freePort();
  const conf = [
    "daemon off;",
    "worker_processes 1;",
    `worker_rlimit_nofile ${connections * 2};`,
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    `events { worker_connections ${connections}; }`,
    "http {",
    "  access_log off;",
    ...["body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
      (temp) => `  ${temp === "body" ? "client_body" : temp}_temp_path ${dir}/${temp};`,
    ),
    nginxConfigFor(readmeNginxConfig(), port, upstreamPorts),
    "}",
  ].join("\n");
  writeFileSync(join(dir, "nginx.conf"), conf);
  const check = spawnSync(executable, ["-t", "-q", "-p", dir, "-e", `${dir}/error.log`, "-c", `${dir}/nginx.conf`]);
  if (check.status !== 0) throw new Error(`nginx refused the README's configuration:\n${check.stderr.toString()}`);
  const child = spawn(executable, ["-p", dir, "-e", `${dir}/error.log`, "-c", `${dir}/nginx.conf`], {
    stdio: "ignore",
  });
  for (let i = 0; i < 100 && !(await accepts(port)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await accepts(port))) throw new Error(`nginx did not start:\n${readFileSync(`${dir}/error.log`, "utf8")}`);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((done) => {
        const finish = (): void => {
          rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null || child.signalCode !== null) return finish();
        child.once("exit", finish);
        child.kill("SIGQUIT");
      }),
  };
}
