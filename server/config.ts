import { resolve } from "node:path";

/** How the server is set up, from the environment. */
export interface ServerConfig {
  port: number;
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  clientDir: string;
}

/** Reads PORT, HOST, EINKLANG_DATA_DIR, DATABASE_URL and REDIS_URL. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === "" ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return {
    port,
    host: env.HOST || undefined,
    dataDir: resolve(env.EINKLANG_DATA_DIR || "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    clientDir: resolve(env.EINKLANG_CLIENT_DIR || "client/dist"),
  };
}
