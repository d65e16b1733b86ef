// «Brukere» (issue 16 item 3): the administrator lists every account of the kommune with roles, searches,
// makes a staff account with school roles at their own school (and gets its one-time link), changes the
// roles on the version they saw, issues a new link — and cannot give roles at another school, take their
// own administrator role, or reach another kommune's accounts. Every change is audited.
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { type TestKommune } from '../support/factories';
import { useWorld } from '../support/world';

describeDb('the users screen', () => {
  /** A contact teacher at the kommune's other school, where the administrator has no say. */
  const otherTeacher = crypto.randomUUID();
  const w = useWorld({
    kommuner: ['a', 'b'],
    appFirst: true,
    address: '10.5.0.1',
    login: ['admin'],
    seed: async (db, k) => {
      await db.owner
        .insertInto('app_user')
        .values({
          id: otherTeacher,
          kommune_id: k.id,
          username: `andre.laerer.${k.id.slice(0, 8)}`,
          display_name: 'Åse Andre',
          kind: 'staff',
          password_hash: null,
          totp_secret: null,
          oidc_subject: null,
          locked_until: null,
          disabled_at: null,
        })
        .execute();
      await db.owner
        .insertInto('role_assignment')
        .values({
          id: crypto.randomUUID(),
          kommune_id: k.id,
          user_id: otherTeacher,
          role: 'kontaktlaerer',
          school_id: k.otherSchoolId,
          class_id: k.otherClassId,
          service_unit_id: null,
          subject: null,
        })
        .execute();
    },
  });
  let a: TestKommune;
  let b: TestKommune;
  beforeAll(() => void ([a, b] = w.kommuner as [TestKommune, TestKommune]));

  it("lists the kommune's accounts with roles, without guardians unless asked, and searches by every word", async () => {
    const all = (await w.as('admin').get('/api/users')).json();
    expect(all.total).toBe(all.accounts.length);
    expect(all.accounts.every((u: { kind: string }) => u.kind !== 'guardian')).toBe(true);
    expect(all.accounts.map((u: { username: string }) => u.username)).not.toContain(b.users.fag!.username);
    const fag = all.accounts.find((u: { id: string }) => u.id === a.users.fag!.id);
    expect(fag.roles).toEqual([
      expect.objectContaining({ role: 'faglaerer', schoolId: a.schoolId, classId: a.classId }),
    ]);
    expect(all.administeredSchools).toEqual([{ id: a.schoolId, name: expect.any(String) }]);
    const found = (
      await w.as('admin').get(`/api/users?q=${encodeURIComponent(a.users.fag!.username.toUpperCase())}`)
    ).json();
    expect(found.accounts.map((u: { id: string }) => u.id)).toEqual([a.users.fag!.id]);
    expect((await w.as('admin').get('/api/users?q=finnes%20ikke%20%25')).json()).toMatchObject({
      total: 0,
      accounts: [],
    });
    const guardians = (await w.as('admin').get('/api/users?kind=guardian')).json();
    expect(guardians.accounts.every((u: { kind: string }) => u.kind === 'guardian')).toBe(true);
    // Only administrators manage users.
    const kontakt = await w.logInAs('kontakt', undefined, '10.5.0.2');
    expect((await kontakt.get('/api/users')).statusCode).toBe(403);
  });

  let madeId = '';
  it('makes a staff account at its own school and shows the one-time link once', async () => {
    const res = await w.as('admin').post('/api/users', {
      username: 'Ny.Laerer',
      displayName: 'Nils Ny',
      roles: [{ role: 'kontaktlaerer', schoolId: a.schoolId, classId: a.classId }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const made = res.json();
    expect(made.username).toBe('ny.laerer');
    expect(made.link.url).toMatch(/\/sett-passord#bruker=ny\.laerer&kode=[\w-]{43}$/);
    madeId = made.id;
    const listed = (await w.as('admin').get('/api/users?q=nils')).json().accounts[0];
    expect(listed).toMatchObject({
      id: madeId,
      passwordSet: false,
      secondFactorSet: false,
      roles: [expect.objectContaining({ role: 'kontaktlaerer', classId: a.classId })],
    });
    // Refused: a contact teacher without a class, a role at another school, another kommune's class, a name in use.
    const noClass = await w.as('admin').post('/api/users', {
      username: 'x1',
      displayName: 'X En',
      roles: [{ role: 'kontaktlaerer', schoolId: a.schoolId }],
    });
    expect(noClass.json().error.message).toBe('Rolle 1: en kontaktlærer må ha en klasse.');
    const otherSchool = await w.as('admin').post('/api/users', {
      username: 'x2',
      displayName: 'X To',
      roles: [{ role: 'ressursteam', schoolId: a.otherSchoolId }],
    });
    expect(otherSchool.statusCode).toBe(403);
    const foreignClass = await w.as('admin').post('/api/users', {
      username: 'x3',
      displayName: 'X Tre',
      roles: [{ role: 'faglaerer', schoolId: a.schoolId, classId: b.classId }],
    });
    expect(foreignClass.json().error.message).toBe('Rolle 1: klassen hører ikke til skolen.');
    const taken = await w.as('admin').post('/api/users', {
      username: b.users.fag!.username,
      displayName: 'X Fire',
      roles: [{ role: 'ressursteam', schoolId: a.schoolId }],
    });
    expect(taken.statusCode).toBe(409);
    expect(
      await w.db.owner.selectFrom('app_user').select('id').where('username', 'in', ['x1', 'x2', 'x3']).execute(),
    ).toEqual([]);
  });

  it('changes roles on the version it saw, keeps roles elsewhere, and refuses taking its own administrator role', async () => {
    const before = (await w.as('admin').get('/api/users?q=nils')).json().accounts[0];
    const changed = await w.as('admin').put(`/api/users/${madeId}/roles`, {
      version: before.version,
      roles: [
        { role: 'faglaerer', schoolId: a.schoolId, classId: a.classId, subject: 'Matematikk' },
        { role: 'ressursteam', schoolId: a.schoolId },
      ],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const stale = await w.as('admin').put(`/api/users/${madeId}/roles`, { version: before.version, roles: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('Noen andre har endret dette');
    const after = (await w.as('admin').get('/api/users?q=nils')).json().accounts[0];
    expect(after.roles.map((r: { role: string; subject: string | null }) => [r.role, r.subject])).toEqual([
      ['faglaerer', 'Matematikk'],
      ['ressursteam', null],
    ]);
    // A role at the other school (given outside this screen) is kept when the administrator edits theirs.
    await w.db.owner
      .insertInto('role_assignment')
      .values({
        id: crypto.randomUUID(),
        kommune_id: a.id,
        user_id: otherTeacher,
        role: 'ressursteam',
        school_id: a.schoolId,
        class_id: null,
        service_unit_id: null,
        subject: null,
      })
      .execute();
    const other = (await w.as('admin').get('/api/users'))
      .json()
      .accounts.find((u: { id: string }) => u.id === otherTeacher);
    expect(
      (await w.as('admin').put(`/api/users/${other.id}/roles`, { version: other.version, roles: [] })).statusCode,
    ).toBe(200);
    const kept = await w.db.owner
      .selectFrom('role_assignment')
      .select(['role', 'school_id'])
      .where('user_id', '=', otherTeacher)
      .execute();
    expect(kept).toEqual([{ role: 'kontaktlaerer', school_id: a.otherSchoolId }]);
    const self = (await w.as('admin').get(`/api/users?q=${a.users.admin!.username}`)).json().accounts[0];
    const own = await w.as('admin').put(`/api/users/${self.id}/roles`, {
      version: self.version,
      roles: [{ role: 'skoleledelse', schoolId: a.schoolId }],
    });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toContain('egen administratorrolle');
    expect((await w.as('admin').put(`/api/users/${b.users.fag!.id}/roles`, { version: 1, roles: [] })).statusCode).toBe(
      404,
    );
  });

  it("issues a new link, ending the earlier one, only for its school's accounts", async () => {
    const first = await w.as('admin').post(`/api/users/${madeId}/password-link`, {});
    const second = await w.as('admin').post(`/api/users/${madeId}/password-link`, {});
    expect(second.statusCode).toBe(200);
    const code = (r: typeof first) => new URLSearchParams(new URL(r.json().link.url).hash.slice(1)).get('kode');
    const set = (token: string | null) =>
      w.anonymous.post('/api/auth/password-setup', { username: 'ny.laerer', token, password: 'lange ord er gode ord' });
    expect((await set(code(first))).statusCode).toBe(401);
    expect((await set(code(second))).statusCode).toBe(200);
    expect((await w.as('admin').post(`/api/users/${otherTeacher}/password-link`, {})).statusCode).toBe(404);
    expect((await w.as('admin').post(`/api/users/${b.users.fag!.id}/password-link`, {})).statusCode).toBe(404);
  });

  it('audits each change', async () => {
    const rows = await w.db.owner
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', 'in', ['user.create', 'user.roles', 'user.password-link'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'user.create',
      'user.roles',
      'user.roles',
      'user.password-link',
      'user.password-link',
    ]);
    expect(rows[0]!.entity_id).toBe(madeId);
  });
});
