// Backup → restore round trip (issue 16 item 5, decision 081) on the database kind of the run: a kommune
// with cases, consent, audit rows; the backup restored into an empty database holds the same rows, the
// audit trail verifies, and the restored database works (a case read as the application role). A
// restore over a database that holds anything is refused, and so is a file of the wrong kind.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase, type RestoreTarget } from '../../src/db/backup';
import { createDb, type Db } from '../../src/db/create-db';
import { TENANT_TABLES } from '../../src/db/schema';
import { verifyAuditChain } from '../../src/server/audit/verify-chain';
import { databaseUrlFor } from '../support/db-target';
import { dbTarget, describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, type TestKommune } from '../support/factories';

describeDb('backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-backup-'));
  let db: TestDb;
  let a: TestKommune;
  let restored: Db | undefined;
  let target: RestoreTarget;
  let dropTarget = async () => {};

  beforeAll(async () => {
    db = await freshDb();
    a = await createKommune(db, 'a');
    await createKommune(db, 'b');
    if (dbTarget.kind === 'postgres') {
      const name = `${dbTarget.prefix}_restore_${randomBytes(4).toString('hex')}`;
      const admin = await createDb({ databaseUrl: dbTarget.adminUrl });
      await sql.raw(`create database ${name}`).execute(admin.owner);
      target = { databaseUrl: databaseUrlFor(dbTarget.adminUrl, name) };
      dropTarget = async () => {
        await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.owner);
        await admin.close();
      };
    } else {
      target = { dataDir: join(dir, 'gjenopprettet') };
    }
  });
  afterAll(async () => {
    await restored?.close();
    await db?.drop();
    await dropTarget();
    rmSync(dir, { recursive: true, force: true });
  });

  const counts = async (d: Db) => {
    const out: Record<string, number> = {};
    for (const table of TENANT_TABLES)
      out[table] = (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(d.owner))
        .rows[0]!.n;
    return out;
  };

  it('restores a backup into an empty database with every row, a whole audit trail and working access rules', async () => {
    const file = join(dir, 'naervaer.backup');
    await backupDatabase(db, file, db.url);
    await restoreDatabase(file, target);
    restored = await createDb(
      'databaseUrl' in target ? { databaseUrl: target.databaseUrl } : { dataDir: target.dataDir },
    );
    const before = await counts(db);
    expect(before.pupil_case).toBeGreaterThan(0);
    expect(before.audit_log).toBeGreaterThan(0);
    expect(await counts(restored)).toEqual(before);
    const chains = await verifyAuditChain(restored);
    expect(chains.length).toBe(2);
    expect(chains.flatMap((c) => c.problems)).toEqual([]);
    // Row-level security came back with the tables: kommune A's context sees A's cases only.
    const cases = await restored.withContext({ kommuneId: a.id }, (tx) =>
      tx.selectFrom('pupil_case').select('kommune_id').execute(),
    );
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.kommune_id))).toEqual(new Set([a.id]));
  }, 120_000);

  it('refuses to restore over a database that holds anything, or a file of the wrong kind', async () => {
    const file = join(dir, 'naervaer.backup');
    await expect(restoreDatabase(file, target)).rejects.toThrow(/ikke tom/);
    const wrong = join(dir, 'feil.backup');
    writeFileSync(wrong, 'ikke en sikkerhetskopi');
    const empty: RestoreTarget = 'databaseUrl' in target ? target : { dataDir: join(dir, 'tom') };
    await expect(restoreDatabase(wrong, empty)).rejects.toThrow(/Fila er ikke en sikkerhetskopi/);
    await expect(restoreDatabase(join(dir, 'finnes-ikke'), empty)).rejects.toThrow(/Fant ikke sikkerhetskopien/);
  });
});
