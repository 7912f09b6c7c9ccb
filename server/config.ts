import { resolve } from "node:path";
import { isLoopbackHost } from "./security/origins.js";
import { STATE_CACHE_DEFAULT_BYTES } from "./series/stateCache.js";
import { mailConfigFromEnv, type MailConfig } from "./mail/mailConfig.js";
import { webhookConfigFromEnv, type WebhookConfig } from "./webhook/webhookService.js";

/** Limits and trust settings that guard the server against hostile or runaway clients. */
export interface SecurityConfig {
  /** Origins (scheme://host[:port]) whose pages may connect; null: only the public address, else loopback pages. */
  allowedOrigins: string[] | null;
  /** The origin people open the board at (EINKLANG_PUBLIC_URL); its pages may connect. */
  publicOrigin: string | null;
  /** Which proxies' X-Forwarded-For to believe (proxy-addr syntax: "loopback", "10.0.0.0/8", ...); null: none. */
  trustProxy: string | null;
  /** Live socket connections one client address may hold. */
  maxConnectionsPerIp: number;
  /** Messages one socket may send per second, sustained; a reserve of ten times that covers bursts. */
  messagesPerSecond: number;
  /** A connection that has not said hello within this time is closed. */
  helloTimeoutMs: number;
  /** Requests per minute one address may make to the endpoints that take tokens or make series. */
  httpRequestsPerMinute: number;
  /** Full snapshots one connection may be sent per minute, sustained (plus a reserve of four). */
  snapshotsPerMinute: number;
  /** Whether anyone may create or import a series; when false, only with the admin token or `npm run create-series`. */
  openSignup: boolean;
  /** The operator's token for making series when signup is closed (and beyond the quota); null: none. */
  adminToken: string | null;
  /** Series one address, and one creator, may make (create, import, example) per 24 hours. */
  seriesPerDay: number;
  /** Bytes of backups one address, and one creator, may import per 24 hours. */
  importBytesPerDay: number;
}

/** How the server is set up, from the environment. */
export interface ServerConfig {
  port: number;
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  clientDir: string;
  /** How many bytes of series states (their JSON) the state cache holds at most; default 256 MB. */
  stateCacheBytes?: number;
  /** Defaults from `defaultSecurity()` for anything left out. */
  security?: Partial<SecurityConfig>;
  /** How mail is sent; missing or null: mail is off. */
  mail?: MailConfig | null;
  /** How webhooks post; default: to public hosts only, on the default timers. */
  webhooks?: WebhookConfig;
  /** The clock (tests set it); default the system's. */
  now?: () => Date;
}

/** The limits a server runs with when nothing else is configured. */
export function defaultSecurity(): SecurityConfig {
  return {
    allowedOrigins: null,
    publicOrigin: null,
    trustProxy: null,
    maxConnectionsPerIp: 200,
    messagesPerSecond: 20,
    helloTimeoutMs: 30_000,
    httpRequestsPerMinute: 120,
    snapshotsPerMinute: 30,
    openSignup: true,
    adminToken: null,
    seriesPerDay: 20,
    importBytesPerDay: 100 * MB,
  };
}

const MB = 1024 * 1024;

function yesOrNo(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "1" || raw === "yes") return true;
  if (raw === "false" || raw === "0" || raw === "no") return false;
  throw new Error(`${name} must be true or false, not "${env[name]}"`);
}

function adminTokenOf(raw: string | undefined): string | null {
  const token = raw?.trim() ?? "";
  if (token === "") return null;
  // Anyone who has it makes series without limit: it must not be guessable.
  if (token.length < 24)
    throw new Error("EINKLANG_ADMIN_TOKEN must be at least 24 characters (e.g. openssl rand -hex 24)");
  return token;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return value;
}

function originOf(name: string, entry: string): string {
  const trimmed = entry.trim();
  const url = URL.canParse(trimmed) ? new URL(trimmed) : null;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== trimmed.replace(/\/$/, ""))
    throw new Error(`${name}: "${trimmed}" is not an origin like https://board.example.com`);
  return url.origin;
}

function originList(raw: string | undefined): string[] | null {
  if (raw === undefined || raw.trim() === "") return null;
  return raw.split(",").map((entry) => originOf("EINKLANG_ALLOWED_ORIGINS", entry));
}

/**
 * Why the server must not listen on `host` as configured, or null: beyond
 * this machine, pages are recognised only by a configured address (a page's
 * Host header is the attacker's choice under DNS rebinding).
 */
export function listenProblem(
  host: string | undefined,
  security: Pick<SecurityConfig, "allowedOrigins" | "publicOrigin">,
): string | null {
  if (security.allowedOrigins !== null || security.publicOrigin !== null || isLoopbackHost(host)) return null;
  return (
    `HOST=${host ?? "(all interfaces)"} lets other machines connect, but no address for the board is configured: ` +
    "set EINKLANG_PUBLIC_URL to the address people open (e.g. https://board.example.com) " +
    "or EINKLANG_ALLOWED_ORIGINS, or listen on 127.0.0.1 only"
  );
}

/** Reads PORT, HOST, EINKLANG_DATA_DIR, DATABASE_URL, REDIS_URL, EINKLANG_PUBLIC_URL and the EINKLANG_* limits. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === "" ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const defaults = defaultSecurity();
  const allowedOrigins = originList(env.EINKLANG_ALLOWED_ORIGINS);
  const publicUrl = env.EINKLANG_PUBLIC_URL?.trim();
  const publicOrigin = publicUrl ? originOf("EINKLANG_PUBLIC_URL", publicUrl) : null;
  // Without an address for the board, it serves this machine only unless HOST says otherwise.
  const configured = allowedOrigins !== null || publicOrigin !== null;
  return {
    port,
    host: env.HOST || (configured ? undefined : "127.0.0.1"),
    dataDir: resolve(env.EINKLANG_DATA_DIR || "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    clientDir: resolve(env.EINKLANG_CLIENT_DIR || "client/dist"),
    stateCacheBytes: positiveInteger(env, "EINKLANG_STATE_CACHE_MB", STATE_CACHE_DEFAULT_BYTES / MB) * MB,
    mail: mailConfigFromEnv(env, publicOrigin),
    webhooks: webhookConfigFromEnv(env),
    security: {
      allowedOrigins,
      publicOrigin,
      trustProxy: env.EINKLANG_TRUST_PROXY?.trim() || null,
      maxConnectionsPerIp: positiveInteger(env, "EINKLANG_MAX_CONNECTIONS_PER_IP", defaults.maxConnectionsPerIp),
      messagesPerSecond: positiveInteger(env, "EINKLANG_MESSAGES_PER_SECOND", defaults.messagesPerSecond),
      helloTimeoutMs: defaults.helloTimeoutMs,
      httpRequestsPerMinute: positiveInteger(env, "EINKLANG_HTTP_REQUESTS_PER_MINUTE", defaults.httpRequestsPerMinute),
      snapshotsPerMinute: positiveInteger(env, "EINKLANG_SNAPSHOTS_PER_MINUTE", defaults.snapshotsPerMinute),
      openSignup: yesOrNo(env, "EINKLANG_OPEN_SIGNUP", defaults.openSignup),
      adminToken: adminTokenOf(env.EINKLANG_ADMIN_TOKEN),
      seriesPerDay: positiveInteger(env, "EINKLANG_SERIES_PER_DAY", defaults.seriesPerDay),
      importBytesPerDay: positiveInteger(env, "EINKLANG_IMPORT_MB_PER_DAY", defaults.importBytesPerDay / MB) * MB,
    },
  };
}
