// Each integration test file gets its own freshly migrated database, cloned from the run's template.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, inject } from 'vitest';
import { createDb, type Db } from '../../src/db/create-db';
import { databaseUrlFor } from './db-target';

export const dbTarget = inject('testDb');

/** describe() that skips, visibly, when this project's database is not available. */
export const describeDb: typeof describe = dbTarget.kind === 'skip' ? (describe.skip as typeof describe) : describe;

export type TestDb = Db & { drop(): Promise<void>; url?: string };

export async function freshDb(): Promise<TestDb> {
  if (dbTarget.kind === 'skip') throw new Error(dbTarget.reason);
  if (dbTarget.kind === 'pglite') {
    const db = await createDb({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(dbTarget.templatePath)]) });
    return Object.assign(db, { drop: () => db.close() });
  }
  const name = `${dbTarget.prefix}_${randomBytes(4).toString('hex')}`;
  const admin = await createDb({ databaseUrl: dbTarget.adminUrl });
  await sql.raw(`create database ${name} template ${dbTarget.template}`).execute(admin.owner);
  const url = databaseUrlFor(dbTarget.adminUrl, name);
  const db = await createDb({ databaseUrl: url });
  return Object.assign(db, {
    url,
    drop: async () => {
      await db.close();
      await sql.raw(`drop database if exists ${name}`).execute(admin.owner);
      await admin.close();
    },
  });
}
