// Applies the committed SQL migrations in src/db/migrations in name order, each once, each in its own
// transaction. Migrations are append-only: never edit one that has been released.
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from './create-db';

const dir = new URL('./migrations/', import.meta.url);

export function migrationFiles(): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/** Returns the names of the migrations applied now. */
export async function migrate(db: Db): Promise<string[]> {
  await sql`create table if not exists naervaer_migration (name text primary key, applied_at timestamptz not null default now())`.execute(
    db.owner,
  );
  const applied: string[] = [];
  for (const name of migrationFiles()) {
    const done = await db.owner.transaction().execute(async (tx) => {
      // Serialises concurrent starts against the same server database.
      await sql`select pg_advisory_xact_lock(7355608)`.execute(tx);
      const row = await sql<{ name: string }>`select name from naervaer_migration where name = ${name}`.execute(tx);
      if (row.rows.length > 0) return false;
      await sql.raw(readFileSync(new URL(name, dir), 'utf8')).execute(tx);
      await sql`insert into naervaer_migration (name) values (${name})`.execute(tx);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
