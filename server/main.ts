import { startServer } from "./app.js";
import { configFromEnv } from "./config.js";

function logError(error: unknown): void {
  console.error(`[einklang] ${error instanceof Error ? error.message : String(error)}`);
}

async function main(): Promise<void> {
  const config = configFromEnv();
  const server = await startServer(config, logError);
  const where = config.databaseUrl ? "PostgreSQL" : `SQLite in ${config.dataDir}`;
  const fanOut = config.redisUrl ? ", broadcasts via Redis" : "";
  console.log(`Einklang listening on http://localhost:${server.port} (storage: ${where}${fanOut})`);
  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // A lost connection to Redis or PostgreSQL surfacing as a stray rejection is logged, not fatal:
  // what was acknowledged is in the database, and clients catch up when the service is back.
  process.on("unhandledRejection", (reason) => logError(reason));
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  logError(error);
  process.exit(1);
});
