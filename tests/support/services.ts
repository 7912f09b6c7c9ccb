import { randomBytes } from "node:crypto";
import pg from "pg";

const inCi = process.env.CI === "true" || process.env.CI === "1";

/**
 * The PostgreSQL server to test against, from DATABASE_URL. Under CI a
 * missing one fails the run; elsewhere the suite is skipped, loudly.
 */
export function postgresUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  if (url) return url;
  if (inCi) throw new Error("CI needs DATABASE_URL: the PostgreSQL suites must not be skipped");
  console.warn("\n*** DATABASE_URL is not set: SKIPPING the PostgreSQL suites ***\n");
  return undefined;
}

/** A fresh, empty database on the test server; `drop` removes it. */
export async function freshPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `einklang_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The Redis server to test against, from REDIS_URL; required under CI, else skipped loudly. */
export function redisUrl(): string | undefined {
  const url = process.env.REDIS_URL;
  if (url) return url;
  if (inCi) throw new Error("CI needs REDIS_URL: the scale-out suite must not be skipped");
  console.warn("\n*** REDIS_URL is not set: SKIPPING the scale-out suite ***\n");
  return undefined;
}
