// The audit trail is hash-chained by the sealer (decision 050): `naervaer audit verify` (verifyAuditChain)
// passes on an intact sealed chain and detects a row changed behind the application's back, a row
// deleted in the middle, swapped rows and a cut tail; rows not sealed yet are reported as the unsealed
// tail. Tampering here uses the owner connection with the guard trigger switched off, as someone with
// database access would. Rows cannot be changed through the sealer's door either.
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/verify-chain';
import { writeAudit } from '../../src/server/audit';
import { sealAuditLog, startAuditSealer } from '../../src/server/audit/seal';
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

  const actor = (k: TestKommune): Actor => ({
    userId: k.users.kontakt!.id,
    kommuneId: k.id,
    username: 'x',
    displayName: 'x',
    kind: 'staff',
    roles: [{ role: 'kontaktlaerer', schoolId: k.schoolId, classId: k.classId, serviceUnitId: null, subject: null }],
    sessionId: 's',
    csrfToken: 'c',
  });
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
    await db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, (tx) =>
      writeAudit(
        tx,
        actor(a),
        new Date('2026-11-24T08:00:00Z'),
        a.pupilIds.concat(a.pupilIds.slice(0, 2)).map((p) => ({ action: 'pupil.read', pupilId: p })),
      ),
    );
    await sealAuditLog(db);
    ids = (
      await db.withContext({ kommuneId: a.id }, (tx) =>
        tx.selectFrom('audit_log').select('id').orderBy('seq').execute(),
      )
    ).map((r) => r.id);
  });

  it('is intact in every kommune after ordinary use, each chain on its own', async () => {
    await db.withContext({ kommuneId: b.id, userId: b.users.kontakt!.id }, (tx) =>
      writeAudit(tx, actor(b), new Date(), [{ action: 'pupil.read', pupilId: b.pupilIds[0]! }]),
    );
    await sealAuditLog(db);
    const reports = await verifyAuditChain(db);
    expect(reports.map((r) => r.problems)).toEqual(reports.map(() => []));
    expect(reports.find((r) => r.kommuneId === a.id)!.rows).toBe(ids.length);
  });

  it('reports rows written since the last seal as the unsealed tail, and chains them at the next seal', async () => {
    const at = new Date('2026-11-24T09:00:00Z');
    await db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, (tx) =>
      writeAudit(tx, actor(a), at, [
        { action: 'pupil.read', pupilId: a.pupilIds[0]! },
        { action: 'pupil.read', pupilId: a.pupilIds[1]! },
      ]),
    );
    const before = (await verifyAuditChain(db)).find((r) => r.kommuneId === a.id)!;
    expect(before).toMatchObject({ rows: ids.length, problems: [], unsealed: { count: 2, oldest: at } });
    expect(await sealAuditLog(db)).toMatchObject({ sealed: 2 });
    const after = (await verifyAuditChain(db)).find((r) => r.kommuneId === a.id)!;
    expect(after).toMatchObject({ rows: ids.length + 2, problems: [], unsealed: { count: 0, oldest: null } });
  });

  it('the server’s sealer, when it stops, seals what has committed', async () => {
    const sealer = startAuditSealer(db, 60_000);
    await db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, (tx) =>
      writeAudit(tx, actor(a), new Date(), [{ action: 'pupil.read', pupilId: a.pupilIds[0]! }]),
    );
    await sealer.stop();
    expect((await verifyAuditChain(db)).find((r) => r.kommuneId === a.id)!).toMatchObject({
      rows: ids.length + 1,
      problems: [],
      unsealed: { count: 0 },
    });
  });

  it('stays one chain when many requests write at once and sealers run beside them', async () => {
    // On a PostgreSQL server these transactions and the sealers run side by side; the anchor lock takes
    // the sealers in turn, and nothing locks the writers.
    await Promise.all([
      ...Array.from({ length: 12 }, (_, i) =>
        db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, (tx) =>
          writeAudit(tx, actor(a), new Date(), [{ action: 'pupil.read', pupilId: a.pupilIds[i % a.pupilIds.length]! }]),
        ),
      ),
      sealAuditLog(db),
      sealAuditLog(db),
      sealAuditLog(db),
    ]);
    await sealAuditLog(db);
    const report = (await verifyAuditChain(db)).find((r) => r.kommuneId === a.id)!;
    expect(report).toMatchObject({ problems: [], unsealed: { count: 0 } });
  });

  // A row whose transaction commits after later rows were sealed is not skipped: it is sealed at the end
  // of the chain when it has committed. It also shows that an open transaction holding an audit row (a
  // long import) no longer stops another request of the same kommune from writing its own: under the
  // old chain trigger the inner write below waited for the anchor lock the outer one held, forever.
  // Needs two connections, so it exists only on the server; PGlite has one and runs transactions one at
  // a time.
  if (dbTarget.kind === 'postgres')
    it('seals a row that commits late after the rows sealed before it, never skipping it', async () => {
      const write = (tx: Parameters<Parameters<typeof db.withContext>[1]>[0], pupilId: string) =>
        writeAudit(tx, actor(a), new Date(), [{ action: 'pupil.read', pupilId }]);
      let lateId = 0;
      let sealedMeanwhile = 0;
      await db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, async (tx) => {
        await write(tx, a.pupilIds[0]!);
        lateId = (
          await tx
            .selectFrom('audit_log')
            .select((eb) => eb.fn.max('id').as('id'))
            .executeTakeFirstOrThrow()
        ).id;
        // Meanwhile another request writes and commits, and the sealer runs: it cannot see the late row yet.
        await db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, (other) => write(other, a.pupilIds[1]!));
        sealedMeanwhile = (await sealAuditLog(db)).sealed;
      });
      expect(sealedMeanwhile).toBe(1);
      expect((await verifyAuditChain(db)).find((r) => r.kommuneId === a.id)!.unsealed.count).toBe(1);
      await sealAuditLog(db);
      const chain = await db.withContext({ kommuneId: a.id }, (tx) =>
        tx.selectFrom('audit_log').select(['id', 'seq']).orderBy('seq').execute(),
      );
      expect(chain.at(-1)!.id).toBe(lateId);
      expect(chain.at(-2)!.id).toBeGreaterThan(lateId);
      expect((await verifyAuditChain(db)).find((r) => r.kommuneId === a.id)!).toMatchObject({
        problems: [],
        unsealed: { count: 0 },
      });
    });

  it('lets nobody change a row, sealed or not, nor write one with a seal of its own', async () => {
    await db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, (tx) =>
      writeAudit(tx, actor(a), new Date(), [{ action: 'pupil.read', pupilId: a.pupilIds[0]! }]),
    );
    const unsealed = (
      await db.withContext({ kommuneId: a.id }, (tx) =>
        tx.selectFrom('audit_log').select('id').where('seq', 'is', null).executeTakeFirstOrThrow(),
      )
    ).id;
    // The application role has no UPDATE or DELETE at all.
    await expect(
      db.withContext({ kommuneId: a.id }, (tx) =>
        sql`update audit_log set action = 'ingenting' where id = ${unsealed}`.execute(tx),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      db.withContext({ kommuneId: a.id }, (tx) => sql`delete from audit_log where id = ${unsealed}`.execute(tx)),
    ).rejects.toThrow(/permission denied/);
    // The owner (and so the sealer, which runs as the owner) may only seal an unsealed row.
    await expect(
      sql`update audit_log set action = 'ingenting' where id = ${unsealed}`.execute(db.owner),
    ).rejects.toThrow(/kan bare endres ved forsegling/);
    await expect(
      sql`update audit_log set action = 'ingenting', seq = 999999, hash = 'x', sealed_at = now() where id = ${unsealed}`.execute(
        db.owner,
      ),
    ).rejects.toThrow(/forseglingen kan bare sette kjedeposisjon og hash/);
    await expect(sql`update audit_log set hash = 'x' where id = ${ids[0]!}`.execute(db.owner)).rejects.toThrow(
      /er forseglet og kan ikke endres/,
    );
    await expect(sql`delete from audit_log where id = ${ids[0]!}`.execute(db.owner)).rejects.toThrow(
      /bare for tillegg/,
    );
    await expect(
      db.withContext({ kommuneId: a.id }, (tx) =>
        sql`insert into audit_log (kommune_id, at, action, seq, hash) values (${a.id}, now(), 'pupil.read', 1, 'x')`.execute(
          tx,
        ),
      ),
    ).rejects.toThrow(/kan ikke ha kjedeposisjon eller hash/);
    await sealAuditLog(db);
    expect(await problemsOf(a)).toEqual([]);
  });

  it('detects a row changed behind the application’s back', async () => {
    const victim = ids[2]!;
    await tamper(sql`update audit_log set action = 'ingenting' where id = ${victim}`);
    expect(await problemsOf(a)).toEqual([
      `rad ${victim}: innholdet stemmer ikke med hashen (endret etter at den ble skrevet)`,
    ]);
    await tamper(sql`update audit_log set action = 'pupil.read' where id = ${victim}`);
    expect(await problemsOf(a)).toEqual([]);
  });

  it('detects a row deleted in the middle', async () => {
    const victim = ids[3]!;
    await tamper(sql`delete from audit_log where id = ${victim}`);
    expect(await problemsOf(a)).toEqual([
      `rad ${ids[4]}: peker ikke på raden før (rad slettet eller flyttet foran den)`,
    ]);
  });

  it('detects two rows swapped', async () => {
    const [x, y] = [ids.at(-3)!, ids.at(-2)!];
    await tamper(
      sql`update audit_log t set pupil_id = s.pupil_id, details = s.details from audit_log s where (t.id, s.id) in ((${x}, ${y}), (${y}, ${x}))`,
    );
    const problems = await problemsOf(a);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(new RegExp(`rad (${x}|${y}): innholdet stemmer ikke`));
  });

  it('detects a cut tail through the anchor', async () => {
    await tamper(
      sql`delete from audit_log where kommune_id = ${a.id} and seq >= (select seq from audit_log where id = ${ids.at(-2)!})`,
    );
    const problems = await problemsOf(a);
    expect(problems.some((p) => p.startsWith('slutten av kjeden mangler'))).toBe(true);
  });

  it('keeps the application role out of the anchor', async () => {
    await expect(
      db.withContext({ kommuneId: a.id }, (tx) => sql`update audit_anchor set last_id = 1`.execute(tx)),
    ).rejects.toThrow(/permission denied/);
  });
});
