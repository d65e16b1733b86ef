// The audit trail is hash-chained: `naervaer audit verify` (verifyAuditChain) passes on an intact chain
// and detects a row changed behind the application's back, a row deleted in the middle, swapped rows
// and a cut tail. Tampering here uses the owner connection with the append-only trigger switched off,
// as someone with database access would.
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/verify-chain';
import { writeAudit } from '../../src/server/audit';
import type { Actor } from '../../src/server/actor';
import { dbTarget, describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, type TestKommune } from '../support/factories';

describeDb('the audit hash chain', () => {
  let db: TestDb;
  let a: TestKommune;
  let b: TestKommune;
  let ids: number[];

  beforeAll(async () => {
    db = await freshDb();
    a = await createKommune(db, 'chaina');
    b = await createKommune(db, 'chainb');
  });
  afterAll(() => db?.drop());

  const actor = (k: TestKommune): Actor => ({ userId: k.users.kontakt!.id, kommuneId: k.id, username: 'x', displayName: 'x', kind: 'staff', roles: [{ role: 'kontaktlaerer', schoolId: k.schoolId, classId: k.classId, serviceUnitId: null, subject: null }], sessionId: 's', csrfToken: 'c' });
  const problemsOf = async (k: TestKommune) => (await verifyAuditChain(db)).find((r) => r.kommuneId === k.id)!.problems;
  const tamper = async (statement: ReturnType<typeof sql>) => {
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db.owner);
    try {
      await statement.execute(db.owner);
    } finally {
      await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db.owner);
    }
  };

  beforeEach(async () => {
    // Five more rows in kommune A, written through the application as usual.
    await db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, (tx) => writeAudit(tx, actor(a), new Date('2026-11-24T08:00:00Z'), a.pupilIds.concat(a.pupilIds.slice(0, 2)).map((p) => ({ action: 'pupil.read', pupilId: p }))));
    ids = (await db.withContext({ kommuneId: a.id }, (tx) => tx.selectFrom('audit_log').select('id').orderBy('id').execute())).map((r) => r.id);
  });

  it('is intact in every kommune after ordinary use, each chain on its own', async () => {
    await db.withContext({ kommuneId: b.id, userId: b.users.kontakt!.id }, (tx) => writeAudit(tx, actor(b), new Date(), [{ action: 'pupil.read', pupilId: b.pupilIds[0]! }]));
    const reports = await verifyAuditChain(db);
    expect(reports.map((r) => r.problems)).toEqual(reports.map(() => []));
    expect(reports.find((r) => r.kommuneId === a.id)!.rows).toBe(ids.length);
  });

  it('stays one chain in id order when many requests write at once', async () => {
    // On a PostgreSQL server these transactions run side by side; the anchor lock orders them.
    await Promise.all(Array.from({ length: 12 }, (_, i) =>
      db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, (tx) => writeAudit(tx, actor(a), new Date(), [{ action: 'pupil.read', pupilId: a.pupilIds[i % a.pupilIds.length]! }]))));
    expect(await problemsOf(a)).toEqual([]);
  });

  // Two requests interleaving row by row: the waiting one's id must be drawn after the one holding the
  // anchor has finished, or the chain would run out of id order. Needs two connections, so it exists
  // only where there are two (the server); PGlite has one and runs transactions one at a time.
  if (dbTarget.kind === 'postgres') it('draws the id after the anchor lock, so interleaved writers keep id order', async () => {
    const write = (tx: Parameters<Parameters<typeof db.withContext>[1]>[0]) => writeAudit(tx, actor(a), new Date(), [{ action: 'pupil.read', pupilId: a.pupilIds[0]! }]);
    let waiting: Promise<void> | undefined;
    const first = db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, async (tx) => {
      await write(tx);
      waiting = db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, write);
      await new Promise((r) => setTimeout(r, 150)); // the second writer now waits on the anchor
      await write(tx);
    });
    await first;
    await waiting;
    expect(await problemsOf(a)).toEqual([]);
  });

  it('detects a row changed behind the application’s back', async () => {
    const victim = ids[2]!;
    await tamper(sql`update audit_log set action = 'ingenting' where id = ${victim}`);
    expect(await problemsOf(a)).toEqual([`rad ${victim}: innholdet stemmer ikke med hashen (endret etter at den ble skrevet)`]);
    await tamper(sql`update audit_log set action = 'pupil.read' where id = ${victim}`);
    expect(await problemsOf(a)).toEqual([]);
  });

  it('detects a row deleted in the middle', async () => {
    const victim = ids[3]!;
    await tamper(sql`delete from audit_log where id = ${victim}`);
    expect(await problemsOf(a)).toEqual([`rad ${ids[4]}: peker ikke på raden før (rad slettet eller flyttet foran den)`]);
  });

  it('detects two rows swapped', async () => {
    const [x, y] = [ids.at(-3)!, ids.at(-2)!];
    await tamper(sql`update audit_log t set pupil_id = s.pupil_id, details = s.details from audit_log s where (t.id, s.id) in ((${x}, ${y}), (${y}, ${x}))`);
    const problems = await problemsOf(a);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(new RegExp(`rad (${x}|${y}): innholdet stemmer ikke`));
  });

  it('detects a cut tail through the anchor', async () => {
    await tamper(sql`delete from audit_log where id >= ${ids.at(-2)!} and kommune_id = ${a.id}`);
    const problems = await problemsOf(a);
    expect(problems.some((p) => p.startsWith('slutten av kjeden mangler'))).toBe(true);
  });

  it('keeps the application role out of the anchor', async () => {
    await expect(db.withContext({ kommuneId: a.id }, (tx) => sql`update audit_anchor set last_id = 1`.execute(tx))).rejects.toThrow(/permission denied/);
  });
});
