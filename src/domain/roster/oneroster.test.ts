import { describe, expect, it } from 'vitest';
import { diffRoster, type CurrentRoster } from './diff';
import { parseOneRoster } from './oneroster';
import { bundleTables, syntheticBundle } from './synthetic-bundle';
import { parseTemplate } from './template';

const options = { allowSynthetic: true, schoolYear: 2026 };
const empty: CurrentRoster = { schools: [], classes: [], pupils: [], guardians: [], staff: [] };

describe('OneRoster bundles', () => {
  for (const version of ['1.1', '1.2'] as const) {
    it(`reads a ${version} bundle into schools, classes, pupils with guardians and staff with roles`, () => {
      const bundle = syntheticBundle({ pupils: 120, schools: 3, schoolYear: 2026, version });
      const { roster, problems, format } = parseOneRoster(bundleTables(bundle), options);
      expect(problems).toEqual([]);
      expect(format).toBe(`OneRoster ${version}`);
      expect(roster.schools.map((s) => [s.name, s.firstTrinn, s.lastTrinn])).toEqual([
        ['Nord barneskole', 1, 7],
        ['Sør ungdomsskole', 8, 10],
        ['Øst skole', 1, 10],
      ]);
      expect(roster.pupils).toHaveLength(120);
      expect(roster.guardians).toHaveLength(180);
      const pupil = roster.pupils[0]!;
      expect(pupil.nationalId).toMatch(/^\d{11}$/);
      expect(pupil.birthDate).toMatch(/^20\d\d-/);
      expect(roster.classes.find((c) => c.sourceId === pupil.classSourceId)?.schoolYear).toBe(2026);
      const roles = roster.staff.flatMap((s) => s.roles.map((r) => r.role));
      expect(new Set(roles)).toEqual(new Set(['skoleeier', 'skoleledelse', 'kontaktlaerer']));
      expect(roster.staff.every((s) => s.username.endsWith('@kommune.example'))).toBe(true);
    });
  }

  it('names every bad row by file, line and column, and never prints the whole national id', () => {
    const bundle = syntheticBundle({ pupils: 10, schools: 1, schoolYear: 2026 });
    const users = bundle['users.csv']!;
    const nid = users[0]!.indexOf('metadata.naervaer.nationalId');
    const pupilRow = users.findIndex((r) => r[0] === 'elev-3');
    const good = users[pupilRow]![nid]!;
    users[pupilRow]![nid] = `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
    bundle['enrollments.csv']!.push(['e-x', '', '', 'skole-1-9Z', 'skole-1', 'elev-4', 'student', 'false', '', '']);
    const { problems } = parseOneRoster(bundleTables(bundle), options);
    expect(problems).toEqual([
      {
        file: 'enrollments.csv',
        line: bundle['enrollments.csv']!.length,
        column: 'classSourcedId',
        reason: 'klassen «skole-1-9Z» finnes ikke i classes.csv',
      },
      {
        file: 'users.csv',
        line: pupilRow + 1,
        column: 'metadata.naervaer.nationalId',
        reason: `fødselsnummeret ${good.slice(0, 6)}***** kontrollsifferet stemmer ikke`,
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain(good.slice(0, 10));
  });

  it('refuses a delta export, and real-range numbers outside demo', () => {
    const bundle = syntheticBundle({ pupils: 2, schools: 1, schoolYear: 2026 });
    bundle['manifest.csv']!.push(['file.users', 'delta']);
    const { problems } = parseOneRoster(bundleTables(bundle), { ...options, allowSynthetic: false });
    expect(problems[0]).toMatchObject({ file: 'manifest.csv', column: 'value' });
    expect(problems.some((p) => p.reason.includes('syntetiske testnumre'))).toBe(true);
  });

  it('plans everything as new against an empty database, with counts per school', () => {
    const { roster } = parseOneRoster(
      bundleTables(syntheticBundle({ pupils: 60, schools: 2, schoolYear: 2026 })),
      options,
    );
    const plan = diffRoster(empty, roster);
    expect(plan.pupils.create).toHaveLength(60);
    expect(plan.totals.new.pupils).toBe(60);
    expect(plan.summary.map((s) => s.school)).toEqual(['Hele kommunen', 'Nord barneskole', 'Sør ungdomsskole']);
    expect(plan.summary[1]!.rows.new.length).toBe(5);
  });
});

describe('Nærvær templates', () => {
  const table = (file: string, rows: string[][]) => ({
    file,
    header: rows[0]!,
    rows: rows.slice(1).map((cells, i) => ({ line: i + 2, cells })),
  });
  const templates = () =>
    new Map([
      [
        'skoler.csv',
        table('skoler.csv', [
          ['id', 'navn', 'organisasjonsnummer', 'trinn'],
          ['s1', 'Nordby skole', '', '1-7'],
        ]),
      ],
      [
        'klasser.csv',
        table('klasser.csv', [
          ['id', 'skole_id', 'navn', 'trinn', 'skoleår'],
          ['k1', 's1', '5A', '5', '2026'],
        ]),
      ],
      [
        'elever.xlsx',
        table('elever.xlsx', [
          ['id', 'fornavn', 'etternavn', 'fødselsdato', 'fødselsnummer', 'elevnummer', 'adressesperre', 'klasse_id'],
          ['e1', 'Ola', 'Nordmann', '03.04.2016', '', '123', 'fortrolig', 'k1'],
        ]),
      ],
      [
        'foresatte.csv',
        table('foresatte.csv', [
          ['id', 'fornavn', 'etternavn', 'elev_id', 'foreldreansvar'],
          ['f1', 'Kari', 'Nordmann', 'e1', 'nei'],
        ]),
      ],
      [
        'ansatte.csv',
        table('ansatte.csv', [
          ['id', 'brukernavn', 'navn', 'rolle', 'skole_id', 'klasse_id'],
          ['a1', 'Per@Kommune.no', 'Per Lærer', 'kontaktlaerer', 's1', 'k1'],
          ['a1', 'per@kommune.no', 'Per Lærer', 'ressursteam', 's1', ''],
        ]),
      ],
    ]);

  it('reads the five files into the same roster', () => {
    const { roster, problems } = parseTemplate(templates(), options);
    expect(problems).toEqual([]);
    expect(roster.pupils[0]).toMatchObject({ birthDate: '2016-04-03', protectedAddress: 'fortrolig', localId: '123' });
    expect(roster.guardians[0]!.children).toEqual([{ pupilSourceId: 'e1', parentalResponsibility: false }]);
    expect(roster.staff).toEqual([
      {
        sourceId: 'a1',
        username: 'per@kommune.no',
        displayName: 'Per Lærer',
        roles: [
          { role: 'kontaktlaerer', schoolSourceId: 's1', classSourceId: 'k1' },
          { role: 'ressursteam', schoolSourceId: 's1', classSourceId: null },
        ],
      },
    ]);
  });

  it('names a missing file and a bad date', () => {
    const t = templates();
    t.delete('foresatte.csv');
    t.get('elever.xlsx')!.rows[0]!.cells[3] = '31.02.2016';
    const { problems } = parseTemplate(t, options);
    expect(problems).toEqual([
      {
        file: 'elever.xlsx',
        line: 2,
        column: 'fødselsdato',
        reason: 'er ikke en dato (skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)',
      },
      { file: 'foresatte', line: 0, column: '', reason: 'fila mangler (en tom fil med overskriftene er nok)' },
    ]);
  });
});
