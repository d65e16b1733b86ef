import { describe, expect, it } from 'vitest';
import del2Json from '../../../content/measures/tiltaksbank-del2.json';
import saltdalJson from '../../../content/measures/saltdal-veileder.json';
import { combineCatalogues, parseMeasureCatalogue } from './measure-schema';

const minimal = () => ({
  id: 'egen',
  name: 'Egen tiltaksbank',
  document: 'kommunen',
  source: 'Kommunens egne tiltak',
  groups: [
    {
      id: 'gruppe',
      title: 'Gruppe',
      section: '1',
      levels: [0],
      place: 'skole',
      measures: [{ id: 'ett', title: 'Ett tiltak', causes: [{ card: 'engstelig' }] }],
    },
  ],
});

describe('parseMeasureCatalogue', () => {
  it('accepts the shipped files', () => {
    expect(parseMeasureCatalogue(del2Json, 'tiltaksbank-del2.json').ok).toBe(true);
    expect(parseMeasureCatalogue(saltdalJson, 'saltdal-veileder.json').ok).toBe(true);
  });

  it('resolves group, source, levels and place onto each measure', () => {
    const parsed = parseMeasureCatalogue(minimal(), 'egen.json');
    expect(parsed.ok && parsed.measures[0]).toEqual({
      id: 'ett',
      title: 'Ett tiltak',
      catalogue: 'egen',
      group: { id: 'gruppe', title: 'Gruppe' },
      source: { document: 'kommunen', section: '1' },
      levels: [0],
      place: 'skole',
      causes: [{ card: 'engstelig' }],
      interpretation: [],
    });
  });

  it.each([
    [
      'an unknown cause card',
      (d: ReturnType<typeof minimal>) => {
        d.groups[0]!.measures[0]!.causes = [{ card: 'sint' }];
      },
      'egen.json: gruppe «gruppe»: tiltak «ett»: causes.0.card: ukjent årsakskort «sint»',
    ],
    [
      'an unknown utdyping',
      (d: ReturnType<typeof minimal>) => {
        (d.groups[0]!.measures[0]! as Record<string, unknown>).causes = [{ details: ['gym-svomming'] }];
      },
      'egen.json: gruppe «gruppe»: tiltak «ett»: causes.0.details.0: ukjent utdyping «gym-svomming»',
    ],
    [
      'an empty cause',
      (d: ReturnType<typeof minimal>) => {
        (d.groups[0]!.measures[0]! as Record<string, unknown>).causes = [{}];
      },
      'egen.json: gruppe «gruppe»: tiltak «ett»: causes.0: en årsak må ha «card», «details» eller begge',
    ],
    [
      'an unknown place',
      (d: ReturnType<typeof minimal>) => {
        (d.groups[0]! as Record<string, unknown>).place = 'ute';
      },
      'egen.json: gruppe «gruppe»: place: ukjent sted «ute»',
    ],
    [
      'level 4',
      (d: ReturnType<typeof minimal>) => {
        (d.groups[0]! as Record<string, unknown>).levels = [4];
      },
      'egen.json: gruppe «gruppe»: levels.0: nivå må være 0, 1, 2 eller 3',
    ],
    [
      'a misspelt field',
      (d: ReturnType<typeof minimal>) => {
        (d.groups[0]!.measures[0]! as Record<string, unknown>).titel = 'x';
      },
      'egen.json: gruppe «gruppe»: tiltak «ett»: ukjent felt «titel»',
    ],
    [
      'a missing title',
      (d: ReturnType<typeof minimal>) => {
        delete (d.groups[0]!.measures[0]! as Record<string, unknown>).title;
      },
      'egen.json: gruppe «gruppe»: tiltak «ett»: title: mangler',
    ],
    [
      'an id with capitals',
      (d: ReturnType<typeof minimal>) => {
        d.groups[0]!.measures[0]!.id = 'Ett';
      },
      'egen.json: gruppe «gruppe»: tiltak «Ett»: id: bare små bokstaver a–z, sifre og bindestrek',
    ],
    [
      'no level and no note',
      (d: ReturnType<typeof minimal>) => {
        d.groups[0]!.levels = [];
      },
      'egen.json: gruppe «gruppe»: tiltak «ett»: levels: kilden gir ikke nivå; skriv hvorfor i gruppas «levelsNote»',
    ],
    [
      'a duplicate id',
      (d: ReturnType<typeof minimal>) => {
        d.groups[0]!.measures.push({ ...d.groups[0]!.measures[0]! });
      },
      'egen.json: gruppe «gruppe»: tiltak «ett»: id: finnes fra før i fila',
    ],
  ])('refuses %s with a Norwegian line naming file and path', (_what, change, message) => {
    const data = minimal();
    change(data);
    const parsed = parseMeasureCatalogue(data, 'egen.json');
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.split(' (gyldige')[0])).toContain(message);
  });

  it('refuses a measure id used in another file', () => {
    const a = parseMeasureCatalogue(minimal(), 'a.json');
    const b = parseMeasureCatalogue(
      { ...minimal(), id: 'annen', groups: [{ ...minimal().groups[0]!, id: 'annen-gruppe' }] },
      'b.json',
    );
    if (!a.ok || !b.ok) throw new Error('ugyldig');
    expect(
      combineCatalogues([
        { fileName: 'a.json', measures: a.measures },
        { fileName: 'b.json', measures: b.measures },
      ]),
    ).toEqual({ ok: false, errors: ['b.json: tiltak «ett»: id: brukes også i a.json'] });
  });
});
