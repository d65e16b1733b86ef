// The kommune-wide administrator (issue 16 item 3, decision 111): the administrator role without a school.
// On «Brukere» they give roles at every school of the kommune, the school owner's role, the administrator
// for the whole kommune, and the service roles at a service unit of the matching kind; the account's kind
// follows its roles. A school's administrator can give none of those kommune roles. The kommune-wide
// administrator sees no pupil because of the role, cannot take their own role away, and every change is
// audited.
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import type { TestKommune } from '../support/factories';
import { useWorld } from '../support/world';

type Listed = { id: string; username: string; kind: string; version: number; roles: { role: string }[] };

describeDb('the kommune-wide administrator', () => {
  const w = useWorld({
    kommuner: ['a', 'b'],
    appFirst: true,
    address: '10.6.0.1',
    login: ['eier', 'admin'],
    // The school owner of kommune a is also its kommune-wide administrator.
    seed: async (db, k) => {
      await db.owner
        .insertInto('role_assignment')
        .values({
          id: crypto.randomUUID(),
          kommune_id: k.id,
          user_id: k.users.eier!.id,
          role: 'administrator',
          school_id: null,
          class_id: null,
          service_unit_id: null,
          subject: null,
        })
        .execute();
    },
  });
  let a: TestKommune;
  let b: TestKommune;
  beforeAll(() => void ([a, b] = w.kommuner as [TestKommune, TestKommune]));
  const serviceUnit = async () =>
    (await w.db.owner.selectFrom('service_unit').select('id').where('kommune_id', '=', a.id).executeTakeFirstOrThrow())
      .id;
  const find = async (q: string): Promise<Listed> =>
    (await w.as('eier').get(`/api/users?q=${encodeURIComponent(q)}`)).json().accounts[0];

  it('administers every school and sees the service units; a school administrator sees neither', async () => {
    const list = (await w.as('eier').get('/api/users')).json();
    expect(list.kommuneAdmin).toBe(true);
    expect(list.administeredSchools.map((s: { id: string }) => s.id).sort()).toEqual(
      [a.schoolId, a.otherSchoolId].sort(),
    );
    expect(list.serviceUnits).toEqual([{ id: await serviceUnit(), name: expect.any(String), kind: 'helsestasjon' }]);
    const school = (await w.as('admin').get('/api/users')).json();
    expect(school).toMatchObject({ kommuneAdmin: false, serviceUnits: [], administeredSchools: [{ id: a.schoolId }] });
  });

  it("makes the services', the school owner's and other schools' accounts, each of the kind its roles give", async () => {
    const unit = await serviceUnit();
    const made = async (username: string, roles: object[]) => {
      const res = await w.as('eier').post('/api/users', { username, displayName: `Navn ${username}`, roles });
      expect(res.statusCode, res.body).toBe(200);
      return find(username);
    };
    expect(await made('hanne.helse', [{ role: 'helsesykepleier', serviceUnitId: unit }])).toMatchObject({
      kind: 'service',
      roles: [{ role: 'helsesykepleier', serviceUnitId: unit, schoolId: null }],
    });
    expect(await made('ny.eier', [{ role: 'skoleeier' }])).toMatchObject({ kind: 'municipal' });
    expect(await made('ny.drift', [{ role: 'administrator', schoolId: null }])).toMatchObject({
      kind: 'municipal',
      roles: [{ role: 'administrator', schoolId: null }],
    });
    expect(await made('annen.admin', [{ role: 'administrator', schoolId: a.otherSchoolId }])).toMatchObject({
      kind: 'staff',
      roles: [{ role: 'administrator', schoolId: a.otherSchoolId }],
    });
  });

  it('refuses a service role without its unit or at a unit of another kind, and beside a school role', async () => {
    const unit = await serviceUnit();
    const refused = async (roles: object[]) => {
      const res = await w.as('eier').post('/api/users', { username: 'x.feil', displayName: 'X Feil', roles });
      expect(res.statusCode).toBe(400);
      return res.json().error.message as string;
    };
    expect(await refused([{ role: 'ppt' }])).toBe('Rolle 1: velg tjenesten rollen gjelder.');
    expect(await refused([{ role: 'ppt', serviceUnitId: unit }])).toBe('Rolle 1: tjenesten passer ikke til rollen.');
    expect(
      await refused([
        { role: 'helsesykepleier', serviceUnitId: unit },
        { role: 'skoleledelse', schoolId: a.schoolId },
      ]),
    ).toContain('En tjenesterolle kan ikke stå sammen med skole- eller kommuneroller');
    // Another kommune's unit is unknown here.
    const foreign = await w.db.owner
      .selectFrom('service_unit')
      .select('id')
      .where('kommune_id', '=', b.id)
      .executeTakeFirstOrThrow();
    expect(await refused([{ role: 'helsesykepleier', serviceUnitId: foreign.id }])).toBe(
      'Rolle 1: tjenesten passer ikke til rollen.',
    );
  });

  it('gives the helsesykepleier the schools she works at on «Brukere», and she finds their pupils (decision 207)', async () => {
    const unit = await serviceUnit();
    const helse = a.users.helse!;
    const search = async (q: string) => {
      const res = await (await w.logInAs(helse.username)).get(`/api/health-concerns/pupils?q=${q}`);
      return res.json().pupils as { className: string }[];
    };
    // Without a school she finds nobody; the screen says to ask the administrator.
    expect((await (await w.logInAs(helse.username)).get('/api/health-concerns/pupils?q=9A')).statusCode).not.toBe(200);
    const listed = await find(helse.username);
    const put = (roles: object[], version = listed.version) =>
      w.as('eier').put(`/api/users/${helse.id}/roles`, { version, roles });
    // Only her role takes a school, and only a school of the kommune; no class.
    const ppt = await put([{ role: 'ppt', serviceUnitId: unit, schoolId: a.schoolId }]);
    expect(ppt.statusCode).toBe(400);
    const foreign = await put([{ role: 'helsesykepleier', serviceUnitId: unit, schoolId: b.schoolId }]);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toBe('Rolle 1: skolen finnes ikke i kommunen.');
    expect(
      (await put([{ role: 'helsesykepleier', serviceUnitId: unit, schoolId: a.schoolId, classId: a.classId }]))
        .statusCode,
    ).toBe(400);
    // Two schools: one role per school.
    const given = await put([
      { role: 'helsesykepleier', serviceUnitId: unit, schoolId: a.schoolId },
      { role: 'helsesykepleier', serviceUnitId: unit, schoolId: a.otherSchoolId },
    ]);
    expect(given.statusCode, given.body).toBe(200);
    expect((await find(helse.username)).roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'helsesykepleier', serviceUnitId: unit, schoolId: a.schoolId }),
        expect.objectContaining({ role: 'helsesykepleier', serviceUnitId: unit, schoolId: a.otherSchoolId }),
      ]),
    );
    expect((await search('9A')).map((p) => p.className)).toContain('9A');
    expect((await search('3B')).map((p) => p.className)).toContain('3B');
    // Taken back: one school left, and the other's pupils are no longer hers.
    const back = await put(
      [{ role: 'helsesykepleier', serviceUnitId: unit, schoolId: a.schoolId }],
      given.json().version,
    );
    expect(back.statusCode, back.body).toBe(200);
    expect(await search('3B')).toEqual([]);
    const audited = await w.db.owner
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'user.roles')
      .where('entity_id', '=', helse.id)
      .execute();
    expect(audited).toHaveLength(2);
  });

  it("a school's administrator gives none of the kommune's roles", async () => {
    for (const role of [{ role: 'skoleeier' }, { role: 'administrator', schoolId: null }, { role: 'ppt' }]) {
      const res = await w.as('admin').post('/api/users', { username: 'y.feil', displayName: 'Y Feil', roles: [role] });
      expect(res.statusCode, JSON.stringify(role)).toBe(403);
      expect(res.json().error.message).toContain('bare kommunens administrator kan gi rollen');
    }
    // Nor does it manage a service's account.
    expect(
      (await w.as('admin').put(`/api/users/${a.users.helse!.id}/roles`, { version: 1, roles: [] })).statusCode,
    ).toBe(404);
  });

  it("replaces an account's whole list of roles, the kind following, but never its own administrator role", async () => {
    const teacher = await find(a.users.kontakt!.username);
    const unit = await serviceUnit();
    const changed = await w.as('eier').put(`/api/users/${teacher.id}/roles`, {
      version: teacher.version,
      roles: [{ role: 'helsesykepleier', serviceUnitId: unit }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await find(a.users.kontakt!.username)).toMatchObject({
      kind: 'service',
      roles: [{ role: 'helsesykepleier' }],
    });
    const self = await find(a.users.eier!.username);
    const own = await w.as('eier').put(`/api/users/${self.id}/roles`, {
      version: self.version,
      roles: [{ role: 'skoleeier' }],
    });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toContain('egen administratorrolle');
    expect((await w.as('eier').put(`/api/users/${b.users.fag!.id}/roles`, { version: 1, roles: [] })).statusCode).toBe(
      404,
    );
  });

  it('sees no pupil because of the role', async () => {
    const classes = await w.as('eier').get('/api/classes');
    expect(classes.statusCode === 403 || classes.json().classes.length === 0, classes.body).toBe(true);
    expect([403, 404]).toContain((await w.as('eier').get(`/api/pupils/${a.pupilIds[0]}/absence`)).statusCode);
  });

  it('audits each change with the kommune-wide administrator as the actor', async () => {
    const rows = await w.db.owner
      .selectFrom('audit_log')
      .select(['action', 'user_id'])
      .where('action', 'in', ['user.create', 'user.roles'])
      .where('kommune_id', '=', a.id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'user.create',
      'user.create',
      'user.create',
      'user.create',
      // The helsesykepleier's schools given and one taken back, then the replaced list.
      'user.roles',
      'user.roles',
      'user.roles',
    ]);
    expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set([a.users.eier!.id]));
  });
});
