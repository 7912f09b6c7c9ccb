import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { StorageTarget } from "./storages.js";

/** How many series the target's database holds, read straight from its table (no server code in between). */
export async function seriesCount(target: StorageTarget): Promise<number> {
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      const result = await client.query<{ n: string }>("select count(*) as n from series");
      return Number(result.rows[0]?.n ?? 0);
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(target.dataDir, "einklang.sqlite"), { readonly: true });
  try {
    const row = db.prepare("select count(*) as n from series").get() as { n: number } | undefined;
    return row?.n ?? 0;
  } finally {
    db.close();
  }
}

/** Every outbox row's id and stored message, read straight from the table (what a database dump would show). */
export async function outboxMessages(target: StorageTarget): Promise<{ id: string; message: string }[]> {
  const query = "select id, message from outbox order by id";
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      return (await client.query<{ id: string; message: string }>(query)).rows;
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(target.dataDir, "einklang.sqlite"), { readonly: true });
  try {
    return db.prepare(query).all() as { id: string; message: string }[];
  } finally {
    db.close();
  }
}

/** Runs statements straight on the target's database, one after another (to set up what older versions left). */
export async function runStatements(target: StorageTarget, statements: string[]): Promise<void> {
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(join(target.dataDir, "einklang.sqlite"));
  try {
    for (const statement of statements) db.prepare(statement).run();
  } finally {
    db.close();
  }
}
