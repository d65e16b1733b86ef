// The people a case's participant can be chosen from (issue 16 item 3): the school's staff and the
// kommune's service partners with the ladder role their account suggests, never another kommune's; and a
// participant added by account is stored with it.
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { type TestKommune } from '../support/factories';
import { useWorld } from '../support/world';

describeDb('people for a case', () => {
  const w = useWorld({ kommuner: ['a', 'b'], appFirst: true, address: '10.6.0.1', login: ['kontakt'] });
  let a: TestKommune;
  let b: TestKommune;
  let caseId = '';
  beforeAll(async () => {
    [a, b] = w.kommuner as [TestKommune, TestKommune];
    caseId = (
      await w.db.owner.selectFrom('pupil_case').select('id').where('kommune_id', '=', a.id).executeTakeFirstOrThrow()
    ).id;
    await w.db.owner.updateTable('pupil_case').set({ status: 'open' }).where('id', '=', caseId).execute();
  });

  it("lists the school staff and the kommune's services with a suggested role, and no other kommune's", async () => {
    const res = await w.as('kontakt').get(`/api/cases/${caseId}/people`);
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
      await w.db.owner.selectFrom('pupil_case').select('id').where('kommune_id', '=', b.id).executeTakeFirstOrThrow()
    ).id;
    expect((await w.as('kontakt').get(`/api/cases/${bCase}/people`)).statusCode).toBe(404);
  });

  it('adds the helsesykepleier by her account', async () => {
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/participants`, {
      name: 'Helse Test',
      role: 'helsesykepleier',
      userId: a.users.helse!.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await w.db.owner
      .selectFrom('case_participant')
      .select(['user_id', 'role'])
      .where('id', '=', res.json().participant.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ user_id: a.users.helse!.id, role: 'helsesykepleier' });
  });
});
