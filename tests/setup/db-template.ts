// Global setup for the integration projects: migrate one template database per run, which every
// test file then clones (PGlite: a dumped data directory; PostgreSQL: CREATE DATABASE … TEMPLATE).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/db/create-db';
import { migrate } from '../../src/db/migrate';
import { databaseUrlFor, type TestDbTarget } from '../support/db-target';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: TestDbTarget;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = project.config.name === 'postgres' ? 'postgres' : 'pglite';
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'naervaer-tpl-'));
    const db = await createDb({ dataDir: 'memory://' });
    await migrate(db);
    const dump = await (db as unknown as { pglite: { dumpDataDir(c: 'none'): Promise<Blob> } }).pglite.dumpDataDir(
      'none',
    );
    const path = join(dir, 'template.tar');
    writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    project.provide('testDb', { kind: 'pglite', templatePath: path });
    return async () => rmSync(dir, { recursive: true, force: true });
  }

  // Plain `process.env` is fine here: test setup, not application code.
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('\n  ⚠ PostgreSQL-suiten hoppes over: TEST_DATABASE_URL er ikke satt (.ci/run setter den).\n');
    project.provide('testDb', { kind: 'skip', reason: 'TEST_DATABASE_URL er ikke satt' });
    return async () => {};
  }
  const prefix = `naervaer_t${randomBytes(4).toString('hex')}`;
  const template = `${prefix}_tpl`;
  const admin = await createDb({ databaseUrl: url });
  await sql.raw(`create database ${template}`).execute(admin.owner);
  const tpl = await createDb({ databaseUrl: databaseUrlFor(url, template) });
  await migrate(tpl);
  await tpl.close();
  project.provide('testDb', { kind: 'postgres', adminUrl: url, template, prefix });
  return async () => {
    const dbs = await sql<{
      datname: string;
    }>`select datname from pg_database where datname like ${prefix + '%'}`.execute(admin.owner);
    for (const { datname } of dbs.rows)
      await sql.raw(`drop database if exists ${datname} with (force)`).execute(admin.owner);
    await admin.close();
  };
}
