// Roster sync (issue 16 item 2, decisions 082 and 083) on both databases: a bundle with a bad row changes
// nothing and names the row; the same bundle twice changes nothing the second time; a leaving pupil keeps
// the case; a pupil moved and an employee removed show exactly those changes in the dry run, and apply them
// (the employee's sessions end at once). Synthetic people only: the bundle is generated in code.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { syntheticBundle, bundleTables, type Bundle } from '../../src/domain/roster/synthetic-bundle';
import { createKommune } from '../../src/server/use-cases/create-kommune';
import { syncRoster } from '../../src/server/use-cases/sync-roster';
import type { FastifyInstance } from 'fastify';
import { zipOf } from '../../bench/zip-bombs';
import { toCsv } from '../../src/domain/roster/synthetic-bundle';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { login, T0, testApp, type Session } from '../support/app';
import { createKommune as createTestKommune, PASSWORD } from '../support/factories';

const fresh = () => syntheticBundle({ pupils: 40, schools: 2, schoolYear: 2026 });

/** The bundle without the rows whose column `column` is one of `values`. */
function without(bundle: Bundle, file: string, column: string, values: string[]): void {
  const [header, ...rows] = bundle[file]!;
  const i = header!.indexOf(column);
  bundle[file] = [header!, ...rows.filter((r) => !values.includes(r[i]!))];
}

describeDb('roster sync', () => {
  let db: TestDb;
  let kommuneId: string;
  const by = () => ({ kommuneId, userId: null, role: 'drift' });
  const sync = (bundle: Bundle, dryRun: boolean, now = T0) =>
    syncRoster(db, by(), bundleTables(bundle), { dryRun, allowSynthetic: true, now });
  const counts = () =>
    db.withContext({ kommuneId }, async (tx) => {
      const n = async (
        table: 'pupil' | 'guardian' | 'class' | 'school' | 'app_user' | 'class_membership' | 'audit_log',
      ) =>
        Number(
          (
            await tx
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return {
        schools: await n('school'),
        classes: await n('class'),
        pupils: await n('pupil'),
        guardians: await n('guardian'),
        users: await n('app_user'),
        memberships: await n('class_membership'),
        audit: await n('audit_log'),
      };
    });

  beforeAll(async () => {
    db = await freshDb();
    kommuneId = (await createKommune(db, { number: '3033', name: 'Ullensaker' }, T0)).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('refuses a bundle with an invalid national id and an enrollment to a missing class, naming both rows, and writes nothing', async () => {
    const before = await counts();
    const bundle = fresh();
    const users = bundle['users.csv']!;
    const nid = users[0]!.indexOf('metadata.naervaer.nationalId');
    const row = users.findIndex((r) => r[0] === 'elev-7');
    const good = users[row]![nid]!;
    users[row]![nid] = `${good.slice(0, 9)}00`;
    bundle['enrollments.csv']!.push(['e-bad', '', '', 'skole-1-9Z', 'skole-1', 'elev-8', 'student', 'false', '', '']);
    const result = await sync(bundle, false);
    expect(result.applied).toBe(false);
    expect(result.problems).toEqual([
      {
        file: 'enrollments.csv',
        line: bundle['enrollments.csv']!.length,
        column: 'classSourcedId',
        reason: 'klassen «skole-1-9Z» finnes ikke i classes.csv',
      },
      {
        file: 'users.csv',
        line: row + 1,
        column: 'metadata.naervaer.nationalId',
        reason: expect.stringMatching(/^fødselsnummeret \d{6}\*{5} /),
      },
    ]);
    expect(JSON.stringify(result)).not.toContain(good.slice(0, 9));
    expect(await counts()).toEqual(before);
  });

  it('imports a bundle: the dry run counts it per school and writes nothing, apply writes it', async () => {
    const before = await counts();
    const dry = await sync(fresh(), true);
    expect(dry.problems).toEqual([]);
    expect(dry.applied).toBe(false);
    expect(dry.totals.new).toEqual({ classes: 10, pupils: 40, guardians: 60, staff: 13 });
    expect(dry.schools.map((s) => [s.school, s.counts.new.pupils])).toEqual([
      ['Hele kommunen', 0],
      ['Nord barneskole', 20],
      ['Sør ungdomsskole', 20],
    ]);
    expect(await counts()).toEqual(before);
    const applied = await sync(fresh(), false);
    expect(applied.applied).toBe(true);
    expect(await counts()).toEqual({
      schools: 2,
      classes: 10,
      pupils: 40,
      guardians: 60,
      // 13 employees and the 40 pupils' own accounts (their Feide usernames are in the bundle, decision 205).
      users: 53,
      memberships: 40,
      audit: before.audit + 1,
    });
  });

  it('changes nothing when the same bundle comes again', async () => {
    const before = await counts();
    const again = await sync(fresh(), false);
    expect(again.applied).toBe(false);
    expect(again.totals).toEqual({
      new: { classes: 0, pupils: 0, guardians: 0, staff: 0 },
      changed: { classes: 0, pupils: 0, guardians: 0, staff: 0 },
      leaving: { classes: 0, pupils: 0, guardians: 0, staff: 0 },
    });
    expect(again.schools).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('shows exactly a pupil moved and an employee removed in the dry run, and applies them: the sessions end', async () => {
    const ids = await db.withContext({ kommuneId }, async (tx) => ({
      pupil: (await tx.selectFrom('pupil').select('id').where('source_id', '=', 'elev-1').executeTakeFirstOrThrow()).id,
      teacher: (
        await tx
          .selectFrom('app_user')
          .select('id')
          .where('source_id', '=', 'laerer-skole-1-3A')
          .executeTakeFirstOrThrow()
      ).id,
    }));
    await db.withContext({ kommuneId }, (tx) =>
      tx
        .insertInto('user_session')
        .values({
          id: randomUUID(),
          kommune_id: kommuneId,
          user_id: ids.teacher,
          token_hash: randomUUID(),
          csrf_token: randomUUID(),
          created_at: T0,
          last_seen_at: T0,
          ended_at: null,
        })
        .execute(),
    );
    const bundle = fresh();
    const enrollments = bundle['enrollments.csv']!;
    enrollments.find((r) => r[5] === 'elev-1')![3] = 'skole-1-2A';
    without(bundle, 'users.csv', 'sourcedId', ['laerer-skole-1-3A']);
    without(bundle, 'roles.csv', 'userSourcedId', ['laerer-skole-1-3A']);
    without(bundle, 'enrollments.csv', 'userSourcedId', ['laerer-skole-1-3A']);

    const dry = await sync(bundle, true);
    const zero = { classes: 0, pupils: 0, guardians: 0, staff: 0 };
    expect(dry.totals).toEqual({ new: zero, changed: { ...zero, pupils: 1 }, leaving: { ...zero, staff: 1 } });
    expect(dry.schools).toHaveLength(1);
    expect(dry.schools[0]!.rows.changed).toEqual([
      { what: 'elev', name: expect.any(String), detail: 'flyttes fra 1A til 2A' },
    ]);
    expect(dry.schools[0]!.rows.leaving).toEqual([
      { what: 'ansatt', name: expect.any(String), detail: 'slutter: mister tilgangen nå' },
    ]);

    const later = new Date(T0.getTime() + 7 * 86_400_000);
    expect((await sync(bundle, false, later)).applied).toBe(true);
    await db.withContext({ kommuneId }, async (tx) => {
      const memberships = await tx
        .selectFrom('class_membership as m')
        .innerJoin('class as c', 'c.id', 'm.class_id')
        .select(['c.name', 'm.valid_from', 'm.valid_to'])
        .where('m.pupil_id', '=', ids.pupil)
        .orderBy('m.valid_from')
        .execute();
      expect(memberships).toEqual([
        { name: '1A', valid_from: '2026-11-24', valid_to: '2026-11-30' },
        { name: '2A', valid_from: '2026-12-01', valid_to: null },
      ]);
      const teacher = await tx
        .selectFrom('app_user')
        .select(['disabled_at', 'left_on'])
        .where('id', '=', ids.teacher)
        .executeTakeFirstOrThrow();
      expect(teacher.left_on).toBe('2026-12-01');
      expect(teacher.disabled_at).not.toBeNull();
      const open = await tx
        .selectFrom('user_session')
        .select('id')
        .where('user_id', '=', ids.teacher)
        .where('ended_at', 'is', null)
        .execute();
      expect(open).toEqual([]);
      const roles = await tx.selectFrom('role_assignment').select('id').where('user_id', '=', ids.teacher).execute();
      expect(roles).toEqual([]);
      const audit = await tx
        .selectFrom('audit_log')
        .select(['action', 'pupil_id'])
        .where('action', 'in', ['pupil.class.change', 'user.disable', 'roster.sync'])
        .where('at', '=', later)
        .orderBy('id')
        .execute();
      expect(audit).toEqual([
        { action: 'pupil.class.change', pupil_id: ids.pupil },
        { action: 'user.disable', pupil_id: null },
        { action: 'roster.sync', pupil_id: null },
      ]);
    });
    // And again: nothing left to do.
    expect((await sync(bundle, true, later)).schools).toEqual([]);
  });

  it('marks a leaving pupil as left and keeps the case', async () => {
    const { pupil, holder, school } = await db.withContext({ kommuneId }, async (tx) => ({
      pupil: (await tx.selectFrom('pupil').select('id').where('source_id', '=', 'elev-25').executeTakeFirstOrThrow())
        .id,
      holder: (
        await tx.selectFrom('app_user').select('id').where('source_id', '=', 'rektor-2').executeTakeFirstOrThrow()
      ).id,
      school: (await tx.selectFrom('school').select('id').where('source_id', '=', 'skole-2').executeTakeFirstOrThrow())
        .id,
    }));
    const caseId = randomUUID();
    await db.withContext({ kommuneId }, (tx) =>
      tx
        .insertInto('pupil_case')
        .values({
          id: caseId,
          kommune_id: kommuneId,
          pupil_id: pupil,
          school_id: school,
          ladder: 'nasjonal',
          state: JSON.stringify({}),
          status: 'open',
          level: 1,
          evaluation_due: null,
          stafettholder_id: holder,
          opened_from: 'undring',
          origin_alert_id: null,
          opened_by: holder,
          opened_at: T0,
          last_activity_at: T0,
        })
        .execute(),
    );
    const bundle = fresh();
    without(bundle, 'users.csv', 'sourcedId', ['elev-25', 'foresatt-25a']);
    without(bundle, 'demographics.csv', 'sourcedId', ['elev-25']);
    without(bundle, 'enrollments.csv', 'userSourcedId', ['elev-25', 'laerer-skole-1-3A']);
    without(bundle, 'users.csv', 'sourcedId', ['laerer-skole-1-3A']);
    without(bundle, 'roles.csv', 'userSourcedId', ['laerer-skole-1-3A']);
    bundle['enrollments.csv']!.find((r) => r[5] === 'elev-1')![3] = 'skole-1-2A';
    const later = new Date(T0.getTime() + 14 * 86_400_000);
    const dry = await sync(bundle, true, later);
    const zero = { classes: 0, pupils: 0, guardians: 0, staff: 0 };
    expect(dry.totals).toEqual({ new: zero, changed: zero, leaving: { ...zero, pupils: 1, guardians: 1 } });
    expect((await sync(bundle, false, later)).applied).toBe(true);
    await db.withContext({ kommuneId }, async (tx) => {
      expect(
        await tx.selectFrom('pupil').select(['left_on']).where('id', '=', pupil).executeTakeFirstOrThrow(),
      ).toEqual({ left_on: '2026-12-08' });
      expect(
        await tx.selectFrom('pupil_case').select(['status']).where('id', '=', caseId).executeTakeFirstOrThrow(),
      ).toEqual({
        status: 'open',
      });
      expect(
        await tx
          .selectFrom('class_membership')
          .select('id')
          .where('pupil_id', '=', pupil)
          .where('valid_to', 'is', null)
          .execute(),
      ).toEqual([]);
    });
  });

  it('never lifts a restriction of a parent’s right to information the school set, nor a guardian’s protection for an empty cell (decisions 152–153)', async () => {
    const ids = await db.withContext({ kommuneId }, async (tx) => ({
      pupil: (await tx.selectFrom('pupil').select('id').where('source_id', '=', 'elev-2').executeTakeFirstOrThrow()).id,
      a: (await tx.selectFrom('guardian').select('id').where('source_id', '=', 'foresatt-2a').executeTakeFirstOrThrow())
        .id,
    }));
    // The school restricted foresatt-2a on the pupil page.
    await db.withContext({ kommuneId }, (tx) =>
      tx
        .updateTable('guardian_pupil')
        .set({
          information_restricted: true,
          information_restricted_reason: 'Avgjørelse fra domstol',
          information_restricted_source: 'school',
        })
        .where('guardian_id', '=', ids.a)
        .execute(),
    );
    // The roster changes the guardian (a new phone and a protected address): the links are written again.
    const bundle = fresh();
    const [header, ...rows] = bundle['users.csv']!;
    const row = rows.find((r) => r[header!.indexOf('sourcedId')] === 'foresatt-2a')!;
    row[header!.indexOf('phone')] = '+47 400 99 999';
    row[header!.indexOf('metadata.naervaer.protectedAddress')] = 'fortrolig';
    const later = new Date(T0.getTime() + 20 * 86_400_000);
    expect((await sync(bundle, false, later)).applied).toBe(true);
    const after = await db.withContext({ kommuneId }, async (tx) => ({
      link: await tx
        .selectFrom('guardian_pupil')
        .select(['information_restricted', 'information_restricted_reason', 'information_restricted_source'])
        .where('guardian_id', '=', ids.a)
        .where('pupil_id', '=', ids.pupil)
        .executeTakeFirstOrThrow(),
      guardian: await tx
        .selectFrom('guardian')
        .select(['phone', 'protected_address'])
        .where('id', '=', ids.a)
        .executeTakeFirstOrThrow(),
    }));
    expect(after.link).toEqual({
      information_restricted: true,
      information_restricted_reason: 'Avgjørelse fra domstol',
      information_restricted_source: 'school',
    });
    expect(after.guardian).toEqual({ phone: '+47 400 99 999', protected_address: 'fortrolig' });
    // An empty cell names no protection: the next sync leaves the school's protection as it is.
    row[header!.indexOf('metadata.naervaer.protectedAddress')] = '';
    row[header!.indexOf('phone')] = '+47 400 99 998';
    expect((await sync(bundle, false, new Date(later.getTime() + 86_400_000))).applied).toBe(true);
    const again = await db.withContext({ kommuneId }, (tx) =>
      tx.selectFrom('guardian').select(['protected_address']).where('id', '=', ids.a).executeTakeFirstOrThrow(),
    );
    expect(again.protected_address).toBe('fortrolig');
  });
});

describeDb("the roster screen's API", () => {
  let db: TestDb;
  let app: FastifyInstance;
  let admin: Session;
  let teacher: Session;
  let rektor: Session;
  let k: Awaited<ReturnType<typeof createTestKommune>>;

  beforeAll(async () => {
    db = await freshDb();
    ({ app } = await testApp(db));
    k = await createTestKommune(db, 'r');
    admin = (await login(app, k.users.admin!.username, PASSWORD, undefined, '10.6.0.1')).session!;
    teacher = (await login(app, k.users.kontakt!.username, PASSWORD, undefined, '10.6.0.2')).session!;
    rektor = (await login(app, k.users.rektor!.username, PASSWORD, undefined, '10.6.0.3')).session!;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const upload = (s: Session, step: 'preview' | 'apply', body: Buffer, name = 'uttrekk.zip') =>
    app.inject({
      method: 'POST',
      url: `/api/roster/${step}?name=${encodeURIComponent(name)}`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/zip' },
      payload: body,
    });
  const bundleZip = () =>
    zipOf(Object.fromEntries(Object.entries(fresh()).map(([file, rows]) => [`eksport/${file}`, toCsv(rows)])));

  it('previews a zipped bundle with counts per school, applies it, and refuses a teacher', async () => {
    const preview = await upload(admin, 'preview', bundleZip());
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({
      format: 'OneRoster 1.2',
      dryRun: true,
      applied: false,
      problems: [],
      problemCount: 0,
    });
    expect(body.totals.new).toEqual({ classes: 10, pupils: 40, guardians: 60, staff: 13 });
    expect((await upload(teacher, 'apply', bundleZip())).statusCode).toBe(403);
    const applied = await upload(admin, 'apply', bundleZip());
    expect(applied.json()).toMatchObject({ applied: true });
    expect((await upload(admin, 'preview', bundleZip())).json().schools).toEqual([]);
  });

  it('names the missing templates when one template file comes alone, and serves the templates', async () => {
    const single = await app.inject({
      method: 'POST',
      url: '/api/roster/preview?name=skoler.csv',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'text/csv' },
      payload: 'id;navn;organisasjonsnummer;trinn\r\ns1;Nordby skole;;1-7\r\n',
    });
    expect(single.json().problems.map((p: { file: string }) => p.file)).toEqual([
      'ansatte',
      'elever',
      'foresatte',
      'klasser',
    ]);
    const list = await app.inject({ method: 'GET', url: '/api/roster/templates', headers: { cookie: admin.cookie } });
    expect(list.json().map((t: { name: string }) => t.name)).toEqual([
      'skoler',
      'klasser',
      'elever',
      'foresatte',
      'ansatte',
    ]);
    const csv = await app.inject({
      method: 'GET',
      url: '/api/roster/template.csv?name=elever',
      headers: { cookie: admin.cookie },
    });
    expect(csv.body).toBe(
      '\uFEFFid;fornavn;etternavn;fødselsdato;fødselsnummer;elevnummer;adressesperre;klasse_id\r\n',
    );
  });

  it('says «ny stafettholder trengs» on a case whose stafettholder has a disabled account', async () => {
    const caseId = await db.withContext(
      { kommuneId: k.id },
      async (tx) =>
        (
          await tx
            .selectFrom('pupil_case')
            .select('id')
            .where('stafettholder_id', '=', k.users.kontakt!.id)
            .executeTakeFirstOrThrow()
        ).id,
    );
    const read = async () =>
      (await app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie: rektor.cookie } })).json()
        .stafettholder;
    expect(await read()).toMatchObject({ id: k.users.kontakt!.id, needsNew: false });
    const off = await app.inject({
      method: 'PUT',
      url: `/api/users/${k.users.kontakt!.id}/disabled`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      payload: { disabled: true },
    });
    expect(off.statusCode).toBe(200);
    expect(await read()).toMatchObject({ id: k.users.kontakt!.id, needsNew: true });
  });
});
