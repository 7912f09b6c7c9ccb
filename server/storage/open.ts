import { join } from "node:path";
import type { ServerConfig } from "../config.js";
import { openPostgresStorage } from "./postgres.js";
import { openSqliteStorage } from "./sqlite.js";
import type { Storage } from "./types.js";

/** PostgreSQL when DATABASE_URL is set, else the SQLite file in the data directory. */
export function openStorage(config: ServerConfig, logError: (error: unknown) => void): Promise<Storage> {
  if (config.databaseUrl) return openPostgresStorage(config.databaseUrl, logError);
  return openSqliteStorage(join(config.dataDir, "einklang.sqlite"));
}
