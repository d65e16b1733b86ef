// Tenant isolation in the database itself: a query issued for kommune A cannot see or touch kommune
// B's rows even when the application forgets its WHERE clause, and with no context sees nothing.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APP_ROLE } from '../../src/db/create-db';
import { APPEND_ONLY_TABLES, TENANT_TABLES } from '../../src/db/schema';
import { sealAuditLog } from '../../src/server/audit/seal';
import { refreshDayAggregates } from '../../src/server/oversight/refresh-day-aggregates';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, type TestKommune } from '../support/factories';

describeDb('row-level security', () => {
  let db: TestDb;
  let a: TestKommune;
  let b: TestKommune;

  beforeAll(async () => {
    db = await freshDb();
    a = await createKommune(db, 'a');
    b = await createKommune(db, 'b');
    // The audit anchors exist once the sealer has chained the kommuner's audit rows (decision 050).
    await sealAuditLog(db);
    // The per-day figures exist once their refresher has run, and the queue holds a day again after (migration 0038).
    for (const k of [a, b]) {
      await refreshDayAggregates(db, k.id);
      await db.withContext({ kommuneId: k.id }, (tx) =>
        tx
          .insertInto('pupil_day_dirty')
          .values({ kommune_id: k.id, pupil_id: k.pupilIds[0]!, class_id: k.classId, date: '2026-09-02' })
          .execute(),
      );
    }
  });
  afterAll(() => db?.drop());

  const tenantColumn = (table: string) => (table === 'kommune' ? 'id' : 'kommune_id');

  it('every table with a kommune id is listed, and has RLS enabled and forced', async () => {
    const withColumn = await sql<{ table_name: string }>`
      select table_name from information_schema.columns where table_schema = 'public' and column_name = 'kommune_id'`.execute(
      db.owner,
    );
    const tables = ['kommune', ...withColumn.rows.map((r) => r.table_name)].sort();
    expect(tables).toEqual([...TENANT_TABLES].sort());
    const flags = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
      select relname, relrowsecurity, relforcerowsecurity from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'`.execute(
      db.owner,
    );
    for (const t of tables)
      expect(
        flags.rows.find((r) => r.relname === t),
        t,
      ).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it('the application role is no superuser, cannot bypass RLS and owns no table', async () => {
    const role = await sql<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>`
      select rolsuper, rolbypassrls, (select count(*)::int from pg_class c where c.relowner = r.oid) as owned
      from pg_roles r where rolname = ${APP_ROLE}`.execute(db.owner);
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false, owned: 0 }]);
    const current = await db.withContext({ kommuneId: a.id }, (tx) =>
      sql<{ u: string }>`select current_user as u`.execute(tx),
    );
    expect(current.rows[0]?.u).toBe(APP_ROLE);
  });

  it.each(TENANT_TABLES)(
    '%s: kommune A sees and changes nothing of kommune B, even without a WHERE clause',
    async (table) => {
      const col = tenantColumn(table);
      // The inbox is its owner's alone within the kommune too (migration 0033): the contact teacher sees her own items.
      const ownerOnly = table === 'inbox_item' ? sql` and user_id = ${a.users.kontakt!.id}` : sql``;
      const ownRows = await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(col)} = ${a.id}${ownerOnly}`.execute(
        db.owner,
      );
      expect(ownRows.rows[0]!.n).toBeGreaterThan(0);

      await db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, async (tx) => {
        // Forgotten WHERE: everything visible belongs to A, and all of A is visible.
        const all = await sql<{ k: string }>`select ${sql.ref(col)}::text as k from ${sql.table(table)}`.execute(tx);
        expect(all.rows.length).toBe(ownRows.rows[0]!.n);
        expect(new Set(all.rows.map((r) => r.k))).toEqual(new Set([a.id]));
        // Asking for B explicitly finds nothing.
        const bRows = await sql<{
          n: number;
        }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(col)} = ${b.id}`.execute(tx);
        expect(bRows.rows[0]!.n).toBe(0);
      });

      const privileges = await sql<{ ins: boolean; upd: boolean; del: boolean }>`
      select has_table_privilege(${APP_ROLE}, ${table}, 'INSERT') as ins, has_table_privilege(${APP_ROLE}, ${table}, 'UPDATE') as upd,
        has_table_privilege(${APP_ROLE}, ${table}, 'DELETE') as del`.execute(db.owner);
      const { ins: canInsert, upd: canUpdate, del: canDelete } = privileges.rows[0]!;
      if (!APPEND_ONLY_TABLES.includes(table) && canUpdate) {
        const updated = await db.withContext({ kommuneId: a.id }, (tx) =>
          sql`update ${sql.table(table)} set ${sql.ref(col)} = ${sql.ref(col)} where ${sql.ref(col)} = ${b.id}`.execute(
            tx,
          ),
        );
        expect(Number(updated.numAffectedRows ?? 0)).toBe(0);
      }
      // A table the application may update but not delete from (a pupil's check-in, decision 184) is erased by
      // the privacy functions only.
      if (!APPEND_ONLY_TABLES.includes(table) && canDelete) {
        const deleted = await db.withContext({ kommuneId: a.id }, (tx) =>
          sql`delete from ${sql.table(table)} where ${sql.ref(col)} = ${b.id}`.execute(tx),
        );
        expect(Number(deleted.numAffectedRows ?? 0)).toBe(0);
      }

      // Writing a row into B from A's context is refused by the policy's WITH CHECK.
      const bRow = await sql<{
        j: Record<string, unknown>;
      }>`select to_jsonb(t) as j from ${sql.table(table)} t where ${sql.ref(col)} = ${b.id} limit 1`.execute(db.owner);
      const row = { ...bRow.rows[0]!.j };
      if ('id' in row && !APPEND_ONLY_TABLES.includes(table)) row.id = randomUUID();
      if ('token_hash' in row) row.token_hash = randomUUID();
      // A new audit row carries no seal (its own trigger refuses one): only the kommune is foreign.
      if (table === 'audit_log') Object.assign(row, { seq: null, prev_hash: null, hash: null, sealed_at: null });
      if ('kommunenummer' in row) row.kommunenummer = 'X1';
      if ('username' in row) row.username = `ny-${randomUUID()}`;
      if (table === 'school' || table === 'service_unit') row.name = `Ny ${randomUUID()}`;
      const columns = await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_schema = 'public' and table_name = ${table} and is_identity = 'NO'`.execute(
        db.owner,
      );
      const names = columns.rows.map((c) => c.column_name);
      const insert = db.withContext({ kommuneId: a.id, userId: a.users.kontakt!.id }, (tx) =>
        sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
          select ${sql.join(names.map((n) => sql.ref(n)))} from jsonb_populate_record(null::${sql.table(table)}, ${JSON.stringify(row)}::jsonb)`.execute(
          tx,
        ),
      );
      // Refused by the policy's WITH CHECK, or not granted at all (the audit anchor only the trigger writes).
      await expect(insert).rejects.toThrow(canInsert ? /row-level security/ : /permission denied/);

      // Moving one of A's rows over to B is refused too.
      if (!APPEND_ONLY_TABLES.includes(table) && table !== 'kommune' && canUpdate) {
        const move = db.withContext({ kommuneId: a.id }, (tx) =>
          sql`update ${sql.table(table)} set kommune_id = ${b.id}`.execute(tx),
        );
        await expect(move).rejects.toThrow(/row-level security/);
      }
    },
  );

  it.each(TENANT_TABLES)('%s: with no context, no rows at all', async (table) => {
    const rows = await db.withContext({}, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(tx),
    );
    expect(rows.rows[0]!.n).toBe(0);
  });

  it('the login setting shows exactly the one user with that name, and nothing else', async () => {
    await db.withContext({ loginUsername: b.users.kontakt!.username }, async (tx) => {
      const users = await tx.selectFrom('app_user').select('username').execute();
      expect(users).toEqual([{ username: b.users.kontakt!.username }]);
      expect(await tx.selectFrom('pupil').select('id').execute()).toEqual([]);
    });
  });

  it.each(APPEND_ONLY_TABLES)('%s cannot be changed or deleted by the application, nor by the owner', async (table) => {
    await expect(
      db.withContext({ kommuneId: a.id }, (tx) =>
        sql`update ${sql.table(table)} set kommune_id = kommune_id`.execute(tx),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      db.withContext({ kommuneId: a.id }, (tx) => sql`delete from ${sql.table(table)}`.execute(tx)),
    ).rejects.toThrow(/permission denied/);
    // Not even the owner: the trigger stops it.
    await expect(sql`delete from ${sql.table(table)}`.execute(db.owner)).rejects.toThrow(/bare for tillegg/);
  });
});
