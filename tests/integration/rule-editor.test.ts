// The school owner's rule editor (issue 19 item 5, decisions 144–146): a draft's what-if per school over the last
// eight weeks, suppressed below five pupils; saving makes a new version, the old one stays readable, a stale save
// is refused with 409, and the school's alerts follow the edit.
import { expect, it } from 'vitest';
import { loadContent } from '../../src/server/content/load-content';
import { nabodalProfile } from '../../src/server/demo/nabodal-profile';
import { seedDemo } from '../../src/server/demo/seed';
import { describeDb } from '../support/db';
import { recordAbsence } from '../support/make';
import { useWorld } from '../support/world';
import { ownProfile } from '../support/factories';

type WhatIf = {
  from: string;
  to: string;
  weeks: number;
  schools: {
    id: string;
    name: string;
    profile: string;
    followsProfile: boolean;
    current: number | null;
    draft: number | null;
  }[];
  total: { current: number | null; draft: number | null };
};
type Versions = { versions: { version: number; current: boolean; savedBy: string | null; definition: unknown }[] };
type Rule = { id: string; conditions?: { threshold: number }[]; title: string };
type ProfileData = { id: string; name: string; rules: Rule[] };

const small = (w: WhatIf) =>
  [w.total.current, w.total.draft, ...w.schools.flatMap((s) => [s.current, s.draft])].filter(
    (n) => n !== null && n > 0 && n < 5,
  );

describeDb('the rule editor in a small kommune', () => {
  const w = useWorld({ kommuner: ['red'], login: ['eier', 'rektor', 'admin', 'kontakt'] });
  const own = () => ownProfile('egen-red') as ProfileData & { rules: (Rule & Record<string, unknown>)[] };

  it('tries a draft for the school owner alone, and refuses an invalid one naming the field', async () => {
    const url = '/api/rule-profiles/egen-red/what-if';
    expect((await w.as('rektor').post(url, { definition: own() })).status).toBe(403);
    expect((await w.as('admin').post(url, { definition: own() })).status).toBe(403);
    const bad = own();
    bad.rules[0]!.conditions![0]!.threshold = -1;
    const refused = await w.as('eier').post(url, { definition: bad });
    expect(refused.status).toBe(400);
    expect(refused.data.error.details.errors).toEqual([
      'egen-red: regel «en-time»: conditions.0.threshold: kan ikke være negativ',
    ]);
  });

  it('counts pupils with a concern per school under the draft and the current rules, «under 5» as null', async () => {
    // Two of the school's three pupils away from one lesson: Saltdal's one undocumented lesson holds for both.
    for (const pupilId of w.k.pupilIds.slice(0, 2))
      await recordAbsence(w.as('kontakt'), pupilId, ['2026-11-16'], {
        kind: 'lesson',
        period: 2,
        subject: 'Norsk',
        documented: false,
      });
    const res = await w.as('eier').post<WhatIf>('/api/rule-profiles/egen-red/what-if', { definition: own() });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ weeks: 8, to: '2026-11-24', from: '2026-09-30' });
    const school = res.data.schools.find((s) => s.id === w.k.schoolId)!;
    expect(school).toMatchObject({ profile: 'saltdal', followsProfile: false, current: null, draft: null });
    // The kommune's other school has no pupils with a concern: zero reveals nobody and is shown.
    expect(res.data.schools.filter((s) => s.id !== w.k.schoolId).map((s) => [s.current, s.draft])).toEqual([[0, 0]]);
    expect(small(res.data)).toEqual([]);
    for (const id of w.k.pupilIds) expect(res.body).not.toContain(id);
    // Nothing was saved by trying.
    const versions = await w.as('eier').get<Versions>('/api/rule-profiles/egen-red/versions');
    expect(versions.data.versions.map((v) => v.version)).toEqual([1]);
  });

  it('saves a new version, keeps the old one readable, refuses a stale save, and the alerts follow', async () => {
    const school = await w.as('admin').get(`/api/schools/${w.k.schoolId}/settings`);
    expect(
      (
        await w.as('admin').put(`/api/schools/${w.k.schoolId}/rule-profile`, {
          ruleProfile: 'egen-red',
          version: school.data.school.version,
        })
      ).status,
    ).toBe(200);
    const ruleOpen = async () =>
      ((await w.as('rektor').get('/api/alerts')).data.alerts as { profile: string; ruleId: string }[]).filter(
        (a) => a.profile === 'egen-red' && a.ruleId === 'en-time',
      ).length;
    expect(await ruleOpen()).toBe(2);

    const stricter = own();
    stricter.rules[0]!.conditions![0]!.threshold = 2;
    stricter.rules[0]!.title = 'To timer';
    const saved = await w.as('eier').put('/api/rule-profiles/egen-red', { definition: stricter, version: 1 });
    expect(saved.data).toEqual({ id: 'egen-red', version: 2 });
    // One lesson each is no longer a concern under the edited rule: the alerts are retired, not deleted.
    expect(await ruleOpen()).toBe(0);
    const all = (await w.as('rektor').get('/api/alerts?status=all')).data.alerts as {
      profile: string;
      retiredReason: string | null;
    }[];
    expect(all.filter((a) => a.profile === 'egen-red').map((a) => a.retiredReason)).toEqual([
      expect.stringMatching(/^Regelsettet «Egen» ble endret/),
      expect.stringMatching(/^Regelsettet «Egen» ble endret/),
    ]);

    const stale = await w.as('eier').put('/api/rule-profiles/egen-red', { definition: own(), version: 1 });
    expect(stale.status).toBe(409);

    const versions = await w.as('eier').get<Versions>('/api/rule-profiles/egen-red/versions');
    expect(versions.data.versions.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect((versions.data.versions[1]!.definition as ProfileData).rules[0]!.title).toBe('En time');
    expect((versions.data.versions[0]!.definition as ProfileData).rules[0]!.title).toBe('To timer');
    expect(versions.data.versions[0]!.savedBy).toEqual(expect.any(String));
    // The leadership reads the versions (as it reads the profiles); a shipped profile has none of the kommune's.
    expect((await w.as('rektor').get('/api/rule-profiles/egen-red/versions')).status).toBe(200);
    expect((await w.as('kontakt').get('/api/rule-profiles/egen-red/versions')).status).toBe(403);
    expect((await w.as('eier').get('/api/rule-profiles/saltdal/versions')).data).toEqual({ versions: [] });
  });

  it('keeps the versions of a ladder the same way', async () => {
    const list = (await w.as('eier').get('/api/ladders')).data.ladders as { id: string; version: number | null }[];
    const version = list.find((l) => l.id === 'egen-red')!.version;
    const ladder = { ...structuredClone(w.app.content.ladders.get('saltdal')!), id: 'egen-red' };
    ladder.levels[0]!.title = 'Nivå 0 – Se eleven';
    expect((await w.as('eier').put('/api/ladders/egen-red', { definition: ladder, version })).data).toEqual({
      id: 'egen-red',
      version: version! + 1,
    });
    const versions = await w.as('eier').get<Versions>('/api/ladders/egen-red/versions');
    expect(versions.data.versions.map((v) => v.version)).toEqual([version! + 1, version]);
    expect((versions.data.versions[0]!.definition as typeof ladder).levels[0]!.title).toBe('Nivå 0 – Se eleven');
    // The version it replaced (the test kommune's empty placeholder) is still there to read.
    expect(versions.data.versions[1]!.definition).toEqual({});
  });
});

describeDb('the rule editor on the demo kommune', () => {
  const w = useWorld({
    seed: async (db) => {
      await seedDemo(db, loadContent(), '2026-11-24');
    },
    password: 'naervaer-demo',
    login: ['skoleeier.nabo'],
  });

  it('shows Nabodal skole more pupils with a concern under a lower threshold, then the alerts follow the save', async () => {
    const draft = structuredClone(nabodalProfile()) as unknown as ProfileData;
    const rule = draft.rules.find((r) => r.id === 'nabodal-over-10-prosent')!;
    rule.conditions![0]!.threshold = 3;
    rule.title = 'Fravær over 3 %: samtale med elev og foresatte';
    const res = await w.as('skoleeier.nabo').post<WhatIf>('/api/rule-profiles/nabodal/what-if', { definition: draft });
    expect(res.status).toBe(200);
    expect(res.data.schools.map((s) => [s.name, s.followsProfile])).toEqual([['Nabodal skole', true]]);
    const [school] = res.data.schools;
    expect(small(res.data)).toEqual([]);
    expect(school!.draft).toEqual(expect.any(Number));
    expect(school!.draft!).toBeGreaterThan(school!.current ?? 0);
    expect(JSON.stringify(res.data)).not.toMatch(/"pupilId"|Henrik/);

    const before = ((await w.as('rektor.nabo').get('/api/alerts')).data.alerts as { ruleId: string }[]).filter(
      (a) => a.ruleId === 'nabodal-over-10-prosent',
    ).length;
    const profiles = (await w.as('skoleeier.nabo').get('/api/rule-profiles')).data.profiles as {
      id: string;
      version: number | null;
    }[];
    const version = profiles.find((p) => p.id === 'nabodal')!.version;
    expect(
      (await w.as('skoleeier.nabo').put('/api/rule-profiles/nabodal', { definition: draft, version })).status,
    ).toBe(200);
    const after = (
      (await w.as('rektor.nabo').get('/api/alerts')).data.alerts as { ruleId: string; title: string }[]
    ).filter((a) => a.ruleId === 'nabodal-over-10-prosent');
    expect(after.length).toBeGreaterThan(before);
  });
});
