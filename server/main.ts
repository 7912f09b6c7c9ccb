import { startServer } from "./app.js";
import { configFromEnv } from "./config.js";
import { createLogger } from "./security/logger.js";

const logger = createLogger();

async function main(): Promise<void> {
  const config = configFromEnv();
  const server = await startServer(config, logger);
  const where = config.databaseUrl ? "PostgreSQL" : `SQLite in ${config.dataDir}`;
  const fanOut = config.redisUrl ? ", broadcasts via Redis" : "";
  logger.info(`Einklang listening on http://localhost:${server.port} (storage: ${where}${fanOut})`);
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
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "Einklang could not start");
  process.exit(1);
});
