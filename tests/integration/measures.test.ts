// The measures catalogue through the API: search, filters, suggestions from the årsakskartlegging, and
// who may read it. The catalogue holds no pupil data, so reading it writes no audit row.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

type MeasureBody = {
  id: string;
  title: string;
  place: string;
  levels: number[];
  group: { id: string };
  source: { document: string; section: string };
  causes: { card: string | null; details: string[]; labels: string[] }[];
};

describeDb('the measures catalogue (tiltaksbank)', () => {
  const w = useWorld({ kommuner: ['tilt'], login: ['kontakt', 'helse', 'eier', 'forelder'] });
  const get = (who: string | null, url: string) => (who ? w.as(who) : w.anonymous).get(url);
  const auditRows = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from audit_log`.execute(w.db.owner)).rows[0]!.n);

  it('finds the own changing room by «garderobe» for a contact teacher', async () => {
    const res = await get('kontakt', '/api/measures?q=GARDEROBE');
    expect(res.statusCode).toBe(200);
    const measures = res.json().measures as MeasureBody[];
    expect(measures[0]).toMatchObject({
      id: 'sosial-skifte-i-egen-garderobe',
      title: 'Mulighet for å skifte i egen garderobe',
      place: 'skole',
      levels: [],
      source: { document: '001' },
    });
    expect(measures[0]!.causes).toContainEqual({
      card: 'noe-pa-skolen',
      details: ['gym-skifte-i-garderobe', 'gym-dusje'],
      labels: ['Noe på skolen kjennes vanskelig', 'Gym – skifte i garderobe', 'Gym – dusje'],
    });
    expect(res.json().suggestions).toBeNull();
  });

  it('suggests measures for mapped causes, by code or by name, and says which cause matched', async () => {
    const byName = await get(
      'kontakt',
      `/api/measures?causes=${encodeURIComponent('Noe på skolen kjennes vanskelig,Gym – skifte i garderobe')}`,
    );
    const byCode = await get('kontakt', '/api/measures?causes=noe-pa-skolen,gym-skifte-i-garderobe');
    expect(byName.json().suggestions).toEqual(byCode.json().suggestions);
    const garderobe = (
      byCode.json().suggestions as { measureId: string; score: number; reasons: { text: string }[] }[]
    ).find((x) => x.measureId === 'sosial-skifte-i-egen-garderobe');
    expect(garderobe).toMatchObject({
      score: 4,
      reasons: [
        { kind: 'detail', code: 'gym-skifte-i-garderobe', text: 'Utdyping: Gym – skifte i garderobe' },
        { kind: 'card', code: 'noe-pa-skolen', text: 'Kort: Noe på skolen kjennes vanskelig' },
      ],
    });
    expect(byCode.json().suggestions[0].score).toBe(4);
  });

  it('filters by level, group and place, and suggests only among what the filters leave', async () => {
    const level3 = (await get('helse', '/api/measures?level=3')).json().measures as MeasureBody[];
    expect(level3.map((m) => m.id)).toEqual([
      'kap6-alternativ-laeringsarena',
      'kap6-fysisk-aktivitet',
      'kap6-hjemmeundervisning',
      'familie-tibir-pmto',
      'familie-cos',
      'familie-art',
      'familie-icdp',
      'samtale-henvisning-bup',
    ]);
    const home = (await get('kontakt', '/api/measures?group=kap6-hjemmet&place=hjem')).json().measures as MeasureBody[];
    expect(home).toHaveLength(9);
    const res = (await get('kontakt', '/api/measures?place=hjem&causes=sovnproblemer')).json();
    expect(res.suggestions.map((x: { measureId: string }) => x.measureId)).toEqual(
      expect.arrayContaining(['plan-kveldsrutiner', 'kap6-dataspill']),
    );
    expect(
      res.suggestions.every((x: { measureId: string }) =>
        res.measures.some((m: MeasureBody) => m.id === x.measureId && m.place !== 'skole'),
      ),
    ).toBe(true);
    expect((await get('kontakt', '/api/measures')).json().groups).toHaveLength(17);
  });

  it('explains unknown causes, groups, places and levels in Norwegian', async () => {
    const cause = await get('kontakt', '/api/measures?causes=engstelig,sint');
    expect(cause.statusCode).toBe(400);
    expect(cause.json().error.message).toMatch(/^Ukjent årsak «sint»\. Bruk et årsakskort/);
    expect((await get('kontakt', '/api/measures?group=finnes-ikke')).json().error.message).toMatch(
      /^Ukjent gruppe «finnes-ikke»/,
    );
    expect((await get('kontakt', '/api/measures?place=ute')).json().error.message).toMatch(
      /Sted må være skole, hjem, begge/,
    );
    expect((await get('kontakt', '/api/measures?level=4')).json().error.message).toMatch(/Nivå må være 0–3/);
  });

  it('is for school staff and service partners only, and writes no audit row when read', async () => {
    const before = await auditRows();
    expect((await get('helse', '/api/measures?q=samtale')).statusCode).toBe(200);
    expect((await get('kontakt', '/api/measures')).statusCode).toBe(200);
    expect(await auditRows()).toBe(before);
    expect((await get('eier', '/api/measures')).statusCode).toBe(403);
    expect((await get('forelder', '/api/measures')).statusCode).toBe(403);
    expect((await get(null, '/api/measures')).statusCode).toBe(401);
  });
});
