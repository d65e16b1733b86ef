// The demo as the stories use it: the scenario pupils show their patterns, and one more
// absence for Henrik today crosses Saltdal's "three single days in a month".
import { beforeAll, expect, it } from 'vitest';
import { loadContent } from '../../src/server/content/load-content';
import { seedDemo } from '../../src/server/demo/seed';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

describeDb('the demo municipality', () => {
  const w = useWorld({
    seed: async (db) => {
      await seedDemo(db, loadContent(), '2026-11-24');
    },
    password: 'naervaer-demo',
    login: ['kontaktlaerer'],
  });
  const teacher = () => w.as('kontaktlaerer');
  let pupils: { id: string; firstName: string; lastName: string }[];

  beforeAll(async () => {
    const classes = (await teacher().get('/api/classes')).json().classes;
    pupils = (await teacher().get(`/api/classes/${classes[0].id}/pupils`)).json().pupils;
  });

  const page = async (name: string) => {
    const pupil = pupils.find((p) => `${p.firstName} ${p.lastName}` === name)!;
    return (await teacher().get(`/api/pupils/${pupil.id}/absence`)).json();
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
    const res = await teacher().post('/api/absence-events', {
      pupilId: henrik.id,
      date: '2026-11-24',
      kind: 'day',
      documented: false,
    });
    expect(res.statusCode).toBe(201);
    const alert = (res.json().alerts as { ruleId: string; startedOn: string; status: string }[]).find(
      (a) => a.ruleId === 'saltdal-rutine-3-tre-dager-maaned',
    );
    expect(alert).toMatchObject({ startedOn: '2026-11-24', status: 'new' });
  });

  it("shows the demo leader the school's open alerts", async () => {
    const alerts = (await w.as('rektor').get('/api/alerts')).json().alerts as { className: string }[];
    expect(alerts.length).toBeGreaterThan(5);
    expect(new Set(alerts.map((a) => a.className)).size).toBeGreaterThan(1);
  });

  it("keeps Nabodal's alerts under a profile of its own, Hardanger's plan with a figure marked as the kommune's choice", async () => {
    const alerts = (await w.as('rektor.nabo').get('/api/alerts')).json().alerts as {
      profile: string;
      ruleId: string;
    }[];
    expect(alerts.length).toBeGreaterThan(0);
    expect(new Set(alerts.map((a) => `${a.profile}/${a.ruleId}`))).toEqual(
      new Set(['nabodal/nabodal-over-10-prosent']),
    );
    const stored = await w.db.owner
      .selectFrom('alert')
      .select(['explanation'])
      .where('profile', '=', 'nabodal')
      .execute();
    expect(stored.every((a) => a.explanation.basis === 'kommune')).toBe(true);
    const profiles = (await w.as('skoleeier.nabo').get('/api/rule-profiles')).json().profiles as {
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
    const cases = (await w.as('rektor').get('/api/cases')).json().cases as { pupilName: string; level: number }[];
    expect(cases.map((c) => [c.pupilName, c.level]).sort()).toEqual([
      ['Amir Haugen', 0],
      ['Emil Bakken', 1],
    ]);
  });

  it('shows Emil’s «Eget garderobe» to the gym teacher on 9A’s register, without the case (decision 209)', async () => {
    const gym = w.as('faglaerer');
    const classes = (await teacher().get('/api/classes')).json().classes as { id: string; name: string }[];
    const nineA = classes.find((c) => c.name === '9A')!;
    const notes = await gym.get(`/api/classes/${nineA.id}/adaptations?date=2026-11-24`);
    expect(notes.status, notes.body).toBe(200);
    const pupils = notes.json().pupils as { firstName: string; lastName: string; notes: { note: string }[] }[];
    expect(pupils.map((p) => [`${p.firstName} ${p.lastName}`, p.notes.map((n) => n.note)])).toEqual([
      ['Emil Bakken', ['Eget garderobe før kroppsøving: Emil skifter alene, uten å bli spurt foran klassen']],
    ]);
    const emilCase = (await w.as('rektor').get('/api/cases'))
      .json()
      .cases.find((c: { pupilName: string }) => c.pupilName === 'Emil Bakken');
    expect((await gym.get(`/api/cases/${emilCase.id}`)).status).toBe(403);
    // The seeded plan is one the server takes as it is: the case shows it active with the measure to judge.
    const seen = (await teacher().get(`/api/cases/${emilCase.id}`)).json();
    expect(seen.evaluationMeasures.map((m: { measure: string }) => m.measure)).toContain(
      'Eget garderobe / rolig sted å skifte før kroppsøving',
    );
  });
});
