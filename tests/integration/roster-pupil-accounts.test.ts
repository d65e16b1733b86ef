// The pupils' own accounts from the roster sync (issue 21 item 2, decision 205), on both databases: a student
// with a Feide username in users.csv gets an account of kind `pupil`, linked to the pupil, without a password
// (Feide signs the pupil in); a pupil who leaves has it disabled and their sessions ended; one who comes back
// has it opened again; the same bundle twice writes nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { syntheticBundle, bundleTables, type Bundle } from '../../src/domain/roster/synthetic-bundle';
import { createKommune } from '../../src/server/use-cases/create-kommune';
import { syncRoster } from '../../src/server/use-cases/sync-roster';
import { PROVIDER_DEFAULTS } from '../../src/contract/oidc';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { T0 } from '../support/app';

const fresh = () => syntheticBundle({ pupils: 12, schools: 1, schoolYear: 2026 });

function without(bundle: Bundle, file: string, column: string, values: string[]): void {
  const [header, ...rows] = bundle[file]!;
  const i = header!.indexOf(column);
  bundle[file] = [header!, ...rows.filter((r) => !values.includes(r[i]!))];
}

describeDb('pupils’ own accounts from the roster', () => {
  let db: TestDb;
  let kommuneId: string;
  const sync = (bundle: Bundle, now = T0) =>
    syncRoster(db, { kommuneId, userId: null, role: 'drift' }, bundleTables(bundle), {
      dryRun: false,
      allowSynthetic: true,
      now,
    });
  const accounts = () =>
    db.withContext({ kommuneId }, (tx) =>
      tx
        .selectFrom('pupil as p')
        .leftJoin('app_user as u', 'u.id', 'p.user_id')
        .select(['p.source_id', 'u.id', 'u.kind', 'u.username', 'u.password_hash', 'u.disabled_at'])
        .orderBy('p.source_id')
        .execute(),
    );
  const account = async (sourceId: string) => (await accounts()).find((a) => a.source_id === sourceId)!;

  beforeAll(async () => {
    db = await freshDb();
    kommuneId = (await createKommune(db, { number: '3034', name: 'Nes' }, T0)).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('makes every pupil with a Feide username an account of their own, linked and without a password', async () => {
    expect((await sync(fresh())).applied).toBe(true);
    const all = await accounts();
    expect(all).toHaveLength(12);
    for (const a of all)
      expect(a).toMatchObject({
        kind: 'pupil',
        username: `${a.source_id}@elev.kommune.example`,
        password_hash: null,
        disabled_at: null,
      });
    // The sync's one audit row counts them.
    const audit = await db.withContext({ kommuneId }, (tx) =>
      tx.selectFrom('audit_log').select('details').where('action', '=', 'roster.sync').executeTakeFirstOrThrow(),
    );
    expect((audit.details as { pupilAccounts: unknown }).pupilAccounts).toEqual({
      created: 12,
      changed: 0,
      disabled: 0,
    });
    // Feide lets them in by default: the role «elev» is the account's kind's.
    expect(PROVIDER_DEFAULTS.feide.roles).toContain('elev');
  });

  it('writes nothing when the same bundle comes again', async () => {
    const before = await accounts();
    expect((await sync(fresh())).applied).toBe(false);
    expect(await accounts()).toEqual(before);
  });

  it('disables the account of a pupil who leaves and opens it when they come back', async () => {
    const elev3 = await account('elev-3');
    const leaving = fresh();
    without(leaving, 'users.csv', 'sourcedId', ['elev-3', 'foresatt-3a']);
    without(leaving, 'demographics.csv', 'sourcedId', ['elev-3']);
    without(leaving, 'enrollments.csv', 'userSourcedId', ['elev-3']);
    const later = new Date(T0.getTime() + 7 * 86_400_000);
    expect((await sync(leaving, later)).applied).toBe(true);
    expect((await account('elev-3')).disabled_at).not.toBeNull();
    expect((await account('elev-4')).disabled_at).toBeNull();
    const disabled = await db.withContext({ kommuneId }, (tx) =>
      tx.selectFrom('audit_log').select(['entity_id', 'details']).where('action', '=', 'user.disable').execute(),
    );
    // As for an employee who leaves: the sessions are ended in the same transaction (endUserSessions).
    expect(disabled).toEqual([{ entity_id: elev3.id, details: { sessionsEnded: 0, roster: true } }]);

    expect((await sync(fresh(), new Date(later.getTime() + 86_400_000))).applied).toBe(true);
    expect(await account('elev-3')).toMatchObject({ id: elev3.id, disabled_at: null });
  });
});
