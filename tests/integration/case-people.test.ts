// The people a case's participant can be chosen from (issue 16 item 3): the school's staff and the
// kommune's service partners with the ladder role their account suggests, never another kommune's; and a
// participant added by account is stored with it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, PASSWORD, type TestKommune } from '../support/factories';
import { login, type Session, testApp } from '../support/app';

describeDb('people for a case', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let a: TestKommune;
  let b: TestKommune;
  let kontakt: Session;
  let caseId = '';

  beforeAll(async () => {
    db = await freshDb();
    ({ app } = await testApp(db));
    a = await createKommune(db, 'a');
    b = await createKommune(db, 'b');
    kontakt = (await login(app, a.users.kontakt!.username, PASSWORD, undefined, '10.6.0.1')).session!;
    caseId = (
      await db.owner.selectFrom('pupil_case').select('id').where('kommune_id', '=', a.id).executeTakeFirstOrThrow()
    ).id;
    await db.owner.updateTable('pupil_case').set({ status: 'open' }).where('id', '=', caseId).execute();
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { cookie: kontakt.cookie, 'x-csrf-token': kontakt.csrf },
      ...(payload ? { payload } : {}),
    });

  it("lists the school staff and the kommune's services with a suggested role, and no other kommune's", async () => {
    const res = await call('GET', `/api/cases/${caseId}/people`);
    expect(res.statusCode, res.body).toBe(200);
    const people = res.json().people as { id: string; role: string; accountRole: string }[];
    expect(people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: a.users.helse!.id, role: 'helsesykepleier', accountRole: 'helsesykepleier' }),
        expect.objectContaining({ id: a.users.rektor!.id, role: 'skoleledelse' }),
        expect.objectContaining({ id: a.users.fag!.id, role: 'faglaerer' }),
      ]),
    );
    const bIds = new Set(Object.values(b.users).map((u) => u.id));
    expect(people.filter((p) => bIds.has(p.id))).toEqual([]);
    expect(people.find((p) => p.id === a.users.eier!.id)).toBeUndefined();
    const bCase = (
      await db.owner.selectFrom('pupil_case').select('id').where('kommune_id', '=', b.id).executeTakeFirstOrThrow()
    ).id;
    expect((await call('GET', `/api/cases/${bCase}/people`)).statusCode).toBe(404);
  });

  it('adds the helsesykepleier by her account', async () => {
    const res = await call('POST', `/api/cases/${caseId}/participants`, {
      name: 'Helse Test',
      role: 'helsesykepleier',
      userId: a.users.helse!.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await db.owner
      .selectFrom('case_participant')
      .select(['user_id', 'role'])
      .where('id', '=', res.json().participant.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ user_id: a.users.helse!.id, role: 'helsesykepleier' });
  });
});
