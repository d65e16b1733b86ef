import { describe, expect, it } from 'vitest';
import del2Json from '../../../content/measures/tiltaksbank-del2.json';
import saltdalJson from '../../../content/measures/saltdal-veileder.json';
import { parseMeasureCatalogue, type Measure } from './measure-schema';
import { foldText, searchMeasures } from './search';

function load(json: unknown, name: string): Measure[] {
  const parsed = parseMeasureCatalogue(json, name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.measures;
}
const ALL = [...load(del2Json, 'tiltaksbank-del2.json'), ...load(saltdalJson, 'saltdal-veileder.json')];
const ids = (ms: Measure[]) => ms.map((m) => m.id);

describe('foldText', () => {
  it.each([
    ['Garderobe', 'garderobe'],
    ['Øke trygghet – tilbakeføring', 'oke trygghet tilbakeforing'],
    ['«Åpen-bok-prøve»', 'apen bok prove'],
    ['Kaafjord', 'kafjord'],
    ['kafé', 'kafe'],
  ])('%s → %s', (input, folded) => expect(foldText(input)).toBe(folded));
});

describe('searchMeasures', () => {
  it('finds the own changing room by «garderobe», in any case and spelling, title hits first', () => {
    for (const q of ['garderobe', 'GARDEROBE', 'Garderobé', ' skifte   garderobe ']) {
      expect(ids(searchMeasures(ALL, { q }))[0], q).toBe('sosial-skifte-i-egen-garderobe');
    }
    // «garderobesituasjonen» in a description is found too, after the title hits.
    expect(ids(searchMeasures(ALL, { q: 'garderobe' }))).toContain('kap6-faglig-tilrettelegging-niva');
  });

  it('folds æ, ø and å so «ovelse» finds «øvelser» and «tilbakeforing» finds «tilbakeføring»', () => {
    expect(ids(searchMeasures(ALL, { q: 'ovelser' }))).toEqual(
      expect.arrayContaining(['sosial-testes-foran-laerer', 'klasse-team-building']),
    );
    expect(searchMeasures(ALL, { q: 'tilbakeforing' }).length).toBeGreaterThan(3);
  });

  it('requires every word', () => {
    // «egen» also matches «egentrening», whose causes include the changing room.
    expect(ids(searchMeasures(ALL, { q: 'egen garderobe' }))).toEqual([
      'sosial-skifte-i-egen-garderobe',
      'sosial-egentrening',
    ]);
    expect(searchMeasures(ALL, { q: 'garderobe matematikk' })).toEqual([]);
  });

  it('filters by level: §6.2 for level 2, with the family programmes and the referral to BUP', () => {
    expect(ids(searchMeasures(ALL, { level: 2 }))).toEqual([
      'samtale-henvisning-bup',
      'kap6-tilmelde-ppt',
      'kap6-tiltaksplan',
      'kap6-kognitiv-atferdsterapi',
      'kap6-eksponering',
      'familie-tibir-pmto',
      'familie-cos',
      'familie-art',
      'familie-icdp',
    ]);
    expect(searchMeasures(ALL, { level: 0 })).toHaveLength(28);
  });

  it('filters by group', () => {
    expect(searchMeasures(ALL, { group: 'overganger' })).toHaveLength(9);
    expect(searchMeasures(ALL, { group: 'finnes-ikke' })).toEqual([]);
  });

  it('filters by place: «hjem» includes measures for both places, «begge» only those', () => {
    const home = searchMeasures(ALL, { place: 'hjem' });
    expect(home.every((m) => m.place === 'hjem' || m.place === 'begge')).toBe(true);
    expect(ids(home)).toEqual(expect.arrayContaining(['kap6-samvaer-i-familien', 'kap6-trygge-rammer', 'familie-cos']));
    expect(searchMeasures(ALL, { place: 'begge' }).every((m) => m.place === 'begge')).toBe(true);
    expect(ids(searchMeasures(ALL, { place: 'skole' }))).not.toContain('kap6-samvaer-i-familien');
  });

  it('combines filters', () => {
    expect(ids(searchMeasures(ALL, { q: 'morgen', place: 'hjem', level: 0 }))).toEqual([
      'kap6-dialog-skole-hjem',
      'kap6-henting-hjemme',
    ]);
  });
});
