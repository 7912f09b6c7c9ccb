import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freshPostgresDatabase } from "../../tests/support/services.js";

export const StorageKind = { sqlite: "sqlite", postgres: "postgres" } as const;
export type StorageKind = (typeof StorageKind)[keyof typeof StorageKind];

/** Where one scenario keeps its data: a temp SQLite directory, or a fresh PostgreSQL database. */
export interface StorageTarget {
  kind: StorageKind;
  dataDir: string;
  databaseUrl: string | undefined;
  cleanup: () => Promise<void>;
}

/** A fresh, empty place for one scenario's data; PostgreSQL gets its own database on `postgresUrl`. */
export async function freshStorage(kind: StorageKind, postgresUrl: string | undefined): Promise<StorageTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), "einklang-bench-"));
  const removeDir = (): void => rmSync(dataDir, { recursive: true, force: true });
  if (kind === StorageKind.sqlite) {
    return { kind, dataDir, databaseUrl: undefined, cleanup: () => Promise.resolve(removeDir()) };
  }
  if (!postgresUrl) throw new Error("PostgreSQL needs DATABASE_URL");
  const database = await freshPostgresDatabase(postgresUrl);
  return {
    kind,
    dataDir,
    databaseUrl: database.url,
    cleanup: async () => {
      removeDir();
      await database.drop();
    },
  };
}
