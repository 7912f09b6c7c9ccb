import { configFromEnv } from "../server/config.js";
import { createDemoSeries } from "../server/demo/createDemo.js";
import { executeDeps } from "../server/series/execute.js";
import { openStorage } from "../server/storage/open.js";
import { OPERATOR_ORIGIN } from "../server/security/seriesGate.js";

/**
 * `npm run demo`: creates the example series in the configured storage
 * (EINKLANG_DATA_DIR or DATABASE_URL) and prints one JSON line for scripts.
 * The url opens the series as its moderator on the device that follows it.
 */
async function main(): Promise<void> {
  const config = configFromEnv();
  const logError = (error: unknown): void => console.error(error instanceof Error ? error.message : String(error));
  const storage = await openStorage(config, logError);
  try {
    const admission = await createDemoSeries(executeDeps(storage, logError), OPERATOR_ORIGIN);
    const url = `http://localhost:${config.port}/s/${admission.seriesId}#device=${admission.token}`;
    console.log(JSON.stringify({ seriesId: admission.seriesId, facilitatorToken: admission.token, url }));
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
