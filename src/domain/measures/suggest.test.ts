import { describe, expect, it } from 'vitest';
import del2Json from '../../../content/measures/tiltaksbank-del2.json';
import saltdalJson from '../../../content/measures/saltdal-veileder.json';
import { parseMeasureCatalogue, type Measure } from './measure-schema';
import { describeReason, suggestMeasures } from './suggest';

function load(json: unknown, name: string): Measure[] {
  const parsed = parseMeasureCatalogue(json, name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.measures;
}
const ALL = [...load(del2Json, 'tiltaksbank-del2.json'), ...load(saltdalJson, 'saltdal-veileder.json')];

describe('suggestMeasures', () => {
  it('puts the own changing room first for «Noe på skolen kjennes vanskelig» + «Gym – skifte i garderobe», and says why', () => {
    const [first, ...rest] = suggestMeasures(ALL, { cards: ['noe-pa-skolen'], details: ['gym-skifte-i-garderobe'] });
    // Tied at 3 + 1 with the other gym measures tagged with the changing room; the catalogue order decides.
    expect(rest.slice(0, 4).map((s) => s.measure.id)).toContain('sosial-skifte-i-egen-garderobe');
    expect([first!, ...rest].find((s) => s.measure.id === 'sosial-skifte-i-egen-garderobe')).toMatchObject({
      score: 4,
      reasons: [
        { kind: 'detail', code: 'gym-skifte-i-garderobe', label: 'Gym – skifte i garderobe' },
        { kind: 'card', code: 'noe-pa-skolen', label: 'Noe på skolen kjennes vanskelig' },
      ],
    });
    expect(first!.score).toBe(4);
  });

  it('ranks a matched utdyping above a matched card only', () => {
    const s = suggestMeasures(ALL, { cards: ['noe-pa-skolen'], details: ['gym-skifte-i-garderobe'] });
    const garderobe = s.findIndex((x) => x.measure.id === 'sosial-skifte-i-egen-garderobe');
    const cardOnly = s.findIndex((x) => x.measure.id === 'plan-trygg-skolesituasjon');
    expect(garderobe).toBeLessThan(cardOnly);
    expect(s[cardOnly]).toMatchObject({ score: 1, reasons: [{ kind: 'card', code: 'noe-pa-skolen' }] });
  });

  it('finds the same measure from the utdyping alone', () => {
    const s = suggestMeasures(ALL, { details: ['gym-skifte-i-garderobe'] });
    expect(s.map((x) => x.measure.id)).toEqual(
      [
        'kap6-faglig-tilrettelegging-niva',
        'sosial-erstatte-kroppsoving',
        'sosial-egentrening',
        'sosial-skifte-i-egen-garderobe',
        'sosial-fritak-kroppsoving',
      ].sort((a, b) => ALL.findIndex((m) => m.id === a) - ALL.findIndex((m) => m.id === b)),
    );
    expect(s.every((x) => x.score === 3)).toBe(true);
  });

  it('scores several matched cards higher', () => {
    const s = suggestMeasures(ALL, { cards: ['engstelig', 'redd'] });
    expect(s[0]!.reasons.map(describeReason)).toEqual(['Kort: Engstelig', 'Kort: Redd']);
    expect(s[0]!.score).toBe(2);
  });

  it('suggests nothing without causes, and nothing it cannot explain', () => {
    expect(suggestMeasures(ALL, {})).toEqual([]);
    expect(suggestMeasures(ALL, { cards: ['noe-annet'] })).toEqual([]);
  });
});
