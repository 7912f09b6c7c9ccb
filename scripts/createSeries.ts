import { seriesCreateSchema } from "@common/domain/commands.js";
import { createSeriesWithCreator } from "../server/access/people.js";
import { configFromEnv } from "../server/config.js";
import { OPERATOR_ORIGIN } from "../server/security/seriesGate.js";
import { executeDeps } from "../server/series/execute.js";
import { openStorage } from "../server/storage/open.js";

/**
 * `npm run create-series -- "<series name>" "<facilitator's name>"`: makes a
 * series on the server's database and prints its facilitator's device link —
 * for whoever runs the server, and the way to make series when
 * `EINKLANG_OPEN_SIGNUP=false` closed series creation for everyone else.
 */
async function main(): Promise<void> {
  const [name, creatorName] = process.argv.slice(2);
  if (!name || !creatorName) throw new Error('usage: npm run create-series -- "<series name>" "<facilitator\'s name>"');
  // The same checks as a series made in the browser: lengths and characters.
  const parsed = seriesCreateSchema.safeParse({ type: "series.create", name, creatorName });
  if (!parsed.success) throw new Error(`not a valid series: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  const config = configFromEnv();
  const logError = (error: unknown): void => console.error(error instanceof Error ? error.message : String(error));
  const storage = await openStorage(config, logError);
  try {
    const created = await createSeriesWithCreator(
      executeDeps(storage, logError),
      { name, creatorName },
      OPERATOR_ORIGIN,
    );
    if (!created.ok) throw new Error(created.error.message);
    const { seriesId, personId, token } = created.value;
    const url = `http://localhost:${config.port}/s/${seriesId}#device=${token}`;
    console.log(JSON.stringify({ seriesId, personId, name: creatorName, url }));
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
