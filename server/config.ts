import { resolve } from "node:path";

/** Limits and trust settings that guard the server against hostile or runaway clients. */
export interface SecurityConfig {
  /** Origins (scheme://host[:port]) whose pages may connect; null: only the origin the request itself names in Host. */
  allowedOrigins: string[] | null;
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
}

/** How the server is set up, from the environment. */
export interface ServerConfig {
  port: number;
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  clientDir: string;
  /** Defaults from `defaultSecurity()` for anything left out. */
  security?: Partial<SecurityConfig>;
}

/** The limits a server runs with when nothing else is configured. */
export function defaultSecurity(): SecurityConfig {
  return {
    allowedOrigins: null,
    trustProxy: null,
    maxConnectionsPerIp: 200,
    messagesPerSecond: 20,
    helloTimeoutMs: 30_000,
    httpRequestsPerMinute: 120,
    snapshotsPerMinute: 30,
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return value;
}

function originList(raw: string | undefined): string[] | null {
  if (raw === undefined || raw.trim() === "") return null;
  return raw.split(",").map((entry) => {
    const trimmed = entry.trim();
    const url = URL.canParse(trimmed) ? new URL(trimmed) : null;
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== trimmed.replace(/\/$/, ""))
      throw new Error(`EINKLANG_ALLOWED_ORIGINS: "${trimmed}" is not an origin like https://board.example.com`);
    return url.origin;
  });
}

/** Reads PORT, HOST, EINKLANG_DATA_DIR, DATABASE_URL, REDIS_URL and the EINKLANG_* limits. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === "" ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const defaults = defaultSecurity();
  return {
    port,
    host: env.HOST || undefined,
    dataDir: resolve(env.EINKLANG_DATA_DIR || "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    clientDir: resolve(env.EINKLANG_CLIENT_DIR || "client/dist"),
    security: {
      allowedOrigins: originList(env.EINKLANG_ALLOWED_ORIGINS),
      trustProxy: env.EINKLANG_TRUST_PROXY?.trim() || null,
      maxConnectionsPerIp: positiveInteger(env, "EINKLANG_MAX_CONNECTIONS_PER_IP", defaults.maxConnectionsPerIp),
      messagesPerSecond: positiveInteger(env, "EINKLANG_MESSAGES_PER_SECOND", defaults.messagesPerSecond),
      helloTimeoutMs: defaults.helloTimeoutMs,
      httpRequestsPerMinute: positiveInteger(env, "EINKLANG_HTTP_REQUESTS_PER_MINUTE", defaults.httpRequestsPerMinute),
      snapshotsPerMinute: positiveInteger(env, "EINKLANG_SNAPSHOTS_PER_MINUTE", defaults.snapshotsPerMinute),
    },
  };
}
