import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freshPostgresDatabase, postgresUrl } from "./services.js";

/** A place for one test's data: a temp SQLite directory or a fresh PostgreSQL database. */
export interface StorageTarget {
  kind: "sqlite" | "postgres";
  dataDir: string;
  databaseUrl: string | undefined;
  cleanup: () => Promise<void>;
}

export type StorageTargetFactory = () => Promise<StorageTarget>;

function sqliteTarget(): Promise<StorageTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), "einklang-test-"));
  return Promise.resolve({
    kind: "sqlite",
    dataDir,
    databaseUrl: undefined,
    cleanup: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
  });
}

async function postgresTarget(baseUrl: string): Promise<StorageTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), "einklang-test-"));
  const database = await freshPostgresDatabase(baseUrl);
  return {
    kind: "postgres",
    dataDir,
    databaseUrl: database.url,
    cleanup: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    },
  };
}

/** SQLite always; PostgreSQL when DATABASE_URL is set (required under CI). */
export function storageTargets(): [string, StorageTargetFactory][] {
  const targets: [string, StorageTargetFactory][] = [["sqlite", sqliteTarget]];
  const pgUrl = postgresUrl();
  if (pgUrl) targets.push(["postgres", () => postgresTarget(pgUrl)]);
  return targets;
}
