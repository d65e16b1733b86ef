// The demo as the stories use it: the scenario pupils show their patterns, and one more
// absence for Henrik today crosses Saltdal's "three single days in a month".
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadContent } from '../../src/server/content/load-content';
import { seedDemo } from '../../src/server/demo/seed';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { login, testApp, type Session } from '../support/app';

describeDb('the demo municipality', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let teacher: Session;
  let pupils: { id: string; firstName: string; lastName: string }[];

  beforeAll(async () => {
    db = await freshDb();
    await seedDemo(db, loadContent(), '2026-11-24');
    ({ app } = await testApp(db));
    teacher = (await login(app, 'kontaktlaerer', 'naervaer-demo')).session!;
    const classes = (
      await app.inject({ method: 'GET', url: '/api/classes', headers: { cookie: teacher.cookie } })
    ).json().classes;
    pupils = (
      await app.inject({
        method: 'GET',
        url: `/api/classes/${classes[0].id}/pupils`,
        headers: { cookie: teacher.cookie },
      })
    ).json().pupils;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const page = async (name: string) => {
    const pupil = pupils.find((p) => `${p.firstName} ${p.lastName}` === name)!;
    return (
      await app.inject({ method: 'GET', url: `/api/pupils/${pupil.id}/absence`, headers: { cookie: teacher.cookie } })
    ).json();
  };

  it.each([
    ['Henrik Fjell', 'weekend-adjacent'],
    ['Henrik Fjell', 'subject'],
    ['Sara Lunde', 'repeated-late'],
    ['Emil Bakken', 'rising-trend'],
    ['Ingrid Moen', 'unreported-by-guardians'],
    ['Emil Bakken', 'unreported-by-guardians'],
    ['Amir Haugen', 'after-long-illness'],
  ])('%s shows the %s pattern', async (name, pattern) => {
    const patterns = (await page(name)).patterns as { kind: string }[];
    expect(patterns.map((p) => p.kind)).toContain(pattern);
  });

  it('has a history before today and leaves today empty for the morning register', async () => {
    const henrik = await page('Henrik Fjell');
    const november = henrik.events.filter(
      (e: { date: string; kind: string }) => e.date.startsWith('2026-11') && e.kind === 'day',
    );
    expect(november).toHaveLength(2);
    expect(henrik.events.every((e: { date: string }) => e.date < '2026-11-24')).toBe(true);
    expect(henrik.diploma.absentDays).toBeGreaterThan(2);
    const amir = await page('Amir Haugen');
    expect(amir.alerts.map((a: { ruleId: string }) => a.ruleId)).toContain('saltdal-dokumentert-over-8-dager');
    const emil = await page('Emil Bakken');
    expect(
      emil.alerts.some(
        (a: { ruleId: string; status: string }) =>
          a.ruleId === 'saltdal-rutine-3-tre-dager-maaned' && a.status === 'new',
      ),
    ).toBe(true);
  });

  it('one more day for Henrik today raises Saltdal routine 3', async () => {
    const henrik = pupils.find((p) => p.firstName === 'Henrik')!;
    const res = await app.inject({
      method: 'POST',
      url: '/api/absence-events',
      headers: { cookie: teacher.cookie, 'x-csrf-token': teacher.csrf },
      payload: { pupilId: henrik.id, date: '2026-11-24', kind: 'day', documented: false },
    });
    expect(res.statusCode).toBe(201);
    const alert = (res.json().alerts as { ruleId: string; startedOn: string; status: string }[]).find(
      (a) => a.ruleId === 'saltdal-rutine-3-tre-dager-maaned',
    );
    expect(alert).toMatchObject({ startedOn: '2026-11-24', status: 'new' });
  });

  it("shows the demo leader the school's open alerts", async () => {
    const rektor = (await login(app, 'rektor', 'naervaer-demo')).session!;
    const alerts = (await app.inject({ method: 'GET', url: '/api/alerts', headers: { cookie: rektor.cookie } })).json()
      .alerts as { className: string }[];
    expect(alerts.length).toBeGreaterThan(5);
    expect(new Set(alerts.map((a) => a.className)).size).toBeGreaterThan(1);
  });

  it("keeps Nabodal's alerts under a profile of its own, Hardanger's plan with a figure marked as the kommune's choice", async () => {
    const rektor = (await login(app, 'rektor.nabo', 'naervaer-demo')).session!;
    const alerts = (await app.inject({ method: 'GET', url: '/api/alerts', headers: { cookie: rektor.cookie } })).json()
      .alerts as { profile: string; ruleId: string }[];
    expect(alerts.length).toBeGreaterThan(0);
    expect(new Set(alerts.map((a) => `${a.profile}/${a.ruleId}`))).toEqual(
      new Set(['nabodal/nabodal-over-10-prosent']),
    );
    const stored = await db.owner
      .selectFrom('alert')
      .select(['explanation'])
      .where('profile', '=', 'nabodal')
      .execute();
    expect(stored.every((a) => a.explanation.basis === 'kommune')).toBe(true);
    const eier = (await login(app, 'skoleeier.nabo', 'naervaer-demo')).session!;
    const profiles = (
      await app.inject({ method: 'GET', url: '/api/rule-profiles', headers: { cookie: eier.cookie } })
    ).json().profiles as {
      id: string;
      origin: string;
      definition: { rules: { id: string; basis?: string; sourceText?: string }[] };
    }[];
    const own = profiles.find((p) => p.id === 'nabodal' && p.origin === 'kommune')!;
    expect(own.definition.rules.map((r) => [r.id, r.basis ?? 'kilde'])).toEqual([
      ['hardanger-bekymring-for-fravaer', 'kilde'],
      ['nabodal-over-10-prosent', 'kommune'],
    ]);
  });

  it('has two cases on the school board: Amir at level 0, Emil at level 1', async () => {
    const rektor = (await login(app, 'rektor', 'naervaer-demo')).session!;
    const cases = (await app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: rektor.cookie } })).json()
      .cases as { pupilName: string; level: number }[];
    expect(cases.map((c) => [c.pupilName, c.level]).sort()).toEqual([
      ['Amir Haugen', 0],
      ['Emil Bakken', 1],
    ]);
  });
});
