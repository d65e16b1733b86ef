import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_CALENDAR_JSON } from '../../domain/rules/testing';

// `naervaer evaluate` end to end: the real binary in a child process, real files, exact contract.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'naervaer-evaluate-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

type Result = { code: number; stdout: string; stderr: string };
// A few children at a time: thirty Node processes at once starve a two-core machine.
let running = 0;
const waiting: (() => void)[] = [];
async function cli(args: string[]): Promise<Result> {
  if (running >= 4) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise((resolve) => {
      execFile(process.execPath, ['bin/naervaer.js', 'evaluate', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const CAL = file('kalender.json', JSON.stringify(TEST_CALENDAR_JSON));
const HEADER = 'student_id,date,kind,subject,period,minutes,documented,reason';
const csv = (name: string, rows: string[], { bom = false, sep = ',', eol = '\n' } = {}) =>
  file(
    name,
    `${bom ? '\uFEFF' : ''}${[HEADER, ...rows].map((r) => (sep === ',' ? r : r.replaceAll(',', sep))).join(eol)}${eol}`,
  );
const run = (events: string, profile = 'saltdal', asOf = '2025-09-30', calendar = CAL) =>
  cli(['--events', events, '--calendar', calendar, '--profile', profile, '--as-of', asOf]);

const VALID = [
  // Listed out of order on purpose: the output is sorted by id.
  'e3,2025-10-06,day,,,,false,',
  'e2,2025-09-10,lesson,matematikk,2,,false,',
  'e2,2025-09-10,lesson,matematikk,3,,false,',
  'e2,2025-09-12,lesson,norsk,1,,true,sykdom',
  'e1,2025-09-01,day,,,,true,sykdom',
  'e1,2025-09-10,day,,,,false,ukjent',
  'e1,2025-09-24,day,,,,false,',
  'e1,2025-09-25,late,,,12,false,',
  'e1,2025-09-26,left,,4,,false,annet',
];

// One invalid row of each kind, with the line and field the contract requires.
const INVALID: [string, string, RegExp][] = [
  ['ugyldig dato', 'e1,01.09.2025,day,,,,false,', /^linje 2: date: ugyldig dato «01\.09\.2025»/],
  ['umulig dato', 'e1,2025-02-30,day,,,,false,', /^linje 2: date: ugyldig dato «2025-02-30»/],
  ['ukjent type', 'e1,2025-09-01,sick,,,,false,', /^linje 2: kind: ukjent kode «sick»/],
  ['ukjent documented', 'e1,2025-09-01,day,,,,yes,', /^linje 2: documented: ukjent kode «yes»/],
  ['ukjent årsak', 'e1,2025-09-01,day,,,,false,influensa', /^linje 2: reason: ukjent kode «influensa»/],
  ['manglende elev', ',2025-09-01,day,,,,false,', /^linje 2: student_id: mangler/],
  ['manglende dato', 'e1,,day,,,,false,', /^linje 2: date: mangler/],
  ['manglende type', 'e1,2025-09-01,,,,,false,', /^linje 2: kind: mangler/],
  ['manglende documented', 'e1,2025-09-01,day,,,,,', /^linje 2: documented: mangler/],
  ['time uten fag', 'e1,2025-09-01,lesson,,2,,false,', /^linje 2: subject: mangler/],
  ['time uten timenummer', 'e1,2025-09-01,lesson,norsk,,,false,', /^linje 2: period: mangler/],
  ['forlot skolen uten timenummer', 'e1,2025-09-01,left,,,,false,', /^linje 2: period: mangler/],
  ['forsentkomming uten minutter', 'e1,2025-09-01,late,,,,false,', /^linje 2: minutes: mangler/],
  ['timenummer som ikke er tall', 'e1,2025-09-01,lesson,norsk,to,,false,', /^linje 2: period: ugyldig timenummer «to»/],
  [
    'time som ikke finnes (fredag har 5)',
    'e1,2025-09-05,lesson,norsk,6,,false,',
    /^linje 2: period: time 6 finnes ikke/,
  ],
  ['lørdag', 'e1,2025-09-06,day,,,,false,', /^linje 2: date: ikke en skoledag: 06.09.2025 er en lørdag/],
  ['helligdag', 'e1,2026-05-14,day,,,,false,', /^linje 2: date: ikke en skoledag: .*Kristi himmelfartsdag/],
  ['høstferie', 'e1,2025-10-01,day,,,,false,', /^linje 2: date: ikke en skoledag: .*Høstferie/],
  ['utenfor skoleåret', 'e1,2025-07-01,day,,,,false,', /^linje 2: date: ikke en skoledag: .*utenfor skoleåret/],
];

const results = new Map<string, Result>();
beforeAll(async () => {
  const jobs: [string, Promise<Result>][] = [
    ['ok', run(csv('ok.csv', VALID))],
    ['bom-semikolon-crlf', run(csv('bom.csv', VALID, { bom: true, sep: ';', eol: '\r\n' }))],
    ['as-of', run(csv('asof.csv', VALID), 'saltdal', '2025-09-10')],
    ['profilfil', run(csv('fil.csv', VALID), join(ROOT, 'content/profiles/jevnaker.json'), '2025-09-12')],
    ['kearney', run(csv('kearney.csv', VALID), 'kearney-2008', '2025-09-26')],
    ...INVALID.map(([name, row]): [string, Promise<Result>] => [
      `ugyldig: ${name}`,
      run(csv(`bad-${INVALID.findIndex((x) => x[0] === name)}.csv`, [row])),
    ]),
    [
      'flere ugyldige',
      run(
        csv('many.csv', [
          'e1,2025-09-01,day,,,,false,',
          'e1,2025-09-06,day,,,,false,',
          '',
          'e1,2025-09-02,day,,,,false,',
          'e1,2025-09-01,day,,,,true,sykdom',
          'e2,2025-09-01,lesson,norsk,1,,false,',
          'e2,2025-09-01,lesson,norsk,2,,false,',
          'e2,2025-09-01,lesson,matematikk,1,,false,',
        ]),
      ),
    ],
    ['manglende kolonne', run(file('nohead.csv', 'student_id,date,kind\ne1,2025-09-01,day\n'))],
    ['ukjent profil', run(csv('p.csv', VALID), 'oslo')],
    [
      'ugyldig profil',
      run(
        csv('p2.csv', VALID),
        file(
          'profil.json',
          JSON.stringify({
            id: 'x',
            name: 'X',
            source: 's',
            rules: [
              {
                id: 'r1',
                kind: 'events',
                title: 'T',
                severity: 'medium',
                action: 'A',
                source: 's',
                window: { type: 'month' },
                conditions: [{ count: { kinds: ['late'] }, measure: 'share', comparator: '>', threshold: 10 }],
              },
            ],
          }),
        ),
      ),
    ],
    [
      'kalender med feil',
      run(
        csv('c.csv', VALID),
        'saltdal',
        '2025-09-30',
        file('cal-bad.json', JSON.stringify({ ...TEST_CALENDAR_JSON, lessonsPerWeekday: [6, 6] })),
      ),
    ],
    [
      'kalender som ikke er JSON',
      run(csv('c2.csv', VALID), 'saltdal', '2025-09-30', file('cal-bad2.json', '{ schoolYear: 2025')),
    ],
    ['kalender som mangler', run(csv('c3.csv', VALID), 'saltdal', '2025-09-30', join(dir, 'finnes-ikke.json'))],
    [
      'kalender og rader med feil',
      run(csv('c4.csv', ['e1,2025-02-30,day,,,,false,']), 'saltdal', '2025-09-30', file('cal-bad3.json', '[]')),
    ],
    ['mangler --as-of', cli(['--events', csv('u.csv', VALID), '--calendar', CAL, '--profile', 'saltdal'])],
    [
      'pretty',
      cli([
        '--events',
        csv('pretty.csv', VALID),
        '--calendar',
        CAL,
        '--profile',
        'saltdal',
        '--as-of',
        '2025-09-30',
        '--pretty',
      ]),
    ],
    [
      'kilde',
      run(
        file(
          'kilde.csv',
          `${HEADER},source\n${VALID.map((r, i) => `${r},${['laerer', 'foresatt', 'import', ''][i % 4]}`).join('\n')}\n`,
        ),
      ),
    ],
    ['ukjent kilde', run(file('kilde-feil.csv', `${HEADER},source\ne1,2025-09-01,day,,,,true,sykdom,forelder\n`))],
  ];
  for (const [name, result] of await Promise.all(jobs.map(async ([n, p]) => [n, await p] as const)))
    results.set(name, result);
}, 300_000);

const get = (name: string) => results.get(name)!;
type Output = {
  asOf: string;
  profile: string;
  students: { studentId: string; alerts: { ruleId: string; title: string; evidence: string[]; action: string }[] }[];
};

describe('naervaer evaluate: valid input', () => {
  it('prints the contract JSON with students sorted by id and exit code 0', () => {
    const r = get('ok');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.asOf).toBe('2025-09-30');
    expect(out.profile).toBe('saltdal');
    expect(out.students.map((s) => s.studentId)).toEqual(['e1', 'e2', 'e3']);
    const e1 = out.students[0]!;
    // 000 §4.2 rutine 3: three single days in September (1, 10, 24).
    const rutine3 = e1.alerts.find((a) => a.ruleId === 'saltdal-rutine-3-tre-dager-maaned');
    expect(rutine3).toMatchObject({
      title: 'Fravær 3 enkelte dager i løpet av en måned',
      evidence: ['2025-09-01', '2025-09-10', '2025-09-24'],
    });
    expect(rutine3?.action).toContain('Kontaktlærer tar kontakt med foresatte');
    // Routine 2: undocumented 10, 24, late 25, left 26 = 4 > 3.
    expect(e1.alerts.find((a) => a.ruleId === 'saltdal-rutine-2-ugyldig-fravaer')?.evidence).toEqual([
      '2025-09-10',
      '2025-09-24',
      '2025-09-25',
      '2025-09-26',
    ]);
    for (const a of e1.alerts) expect(Object.keys(a).slice(0, 4)).toEqual(['ruleId', 'title', 'evidence', 'action']);
    // Two undocumented maths lessons on one day: evidence lists the date once.
    expect(out.students[1]!.alerts.map((a) => [a.ruleId, a.evidence])).toEqual([
      ['saltdal-udokumentert-time', ['2025-09-10']],
    ]);
    // e3's only absence is after the evaluation date: present, with no alerts.
    expect(out.students[2]).toMatchObject({ studentId: 'e3', alerts: [] });
  });

  it('accepts a BOM, semicolons and CRLF line endings with the same result', () => {
    expect(get('bom-semikolon-crlf').code).toBe(0);
    expect(get('bom-semikolon-crlf').stdout).toBe(get('ok').stdout);
  });

  it('writes the document as one line, and indented with --pretty', () => {
    const compact = get('ok').stdout;
    expect(compact.endsWith('\n')).toBe(true);
    expect(compact.trimEnd()).not.toContain('\n');
    expect(compact).toBe(`${JSON.stringify(JSON.parse(compact))}\n`);
    const pretty = get('pretty');
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toBe(`${JSON.stringify(JSON.parse(compact), null, 2)}\n`);
  });

  it('accepts an optional source column (laerer, foresatt, import) and names an unknown one', () => {
    expect(get('kilde').code).toBe(0);
    expect(get('kilde').stdout).toBe(get('ok').stdout);
    const bad = get('ukjent kilde');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd()).toBe(
      'linje 2: source: ukjent kode «forelder» (gyldige: laerer, foresatt, import, eller tom)',
    );
  });

  it('counts only events on or before --as-of', () => {
    const out = JSON.parse(get('as-of').stdout) as Output;
    expect(out.students[0]!.alerts.map((a) => a.ruleId)).toEqual([]);
    expect(out.students[1]!.alerts.map((a) => a.ruleId)).toEqual(['saltdal-udokumentert-time']);
  });

  it('takes a profile file path, and never fires observation rules', () => {
    const out = JSON.parse(get('profilfil').stdout) as Output;
    expect(out.profile).toBe('jevnaker');
    const ids = out.students.flatMap((s) => s.alerts.map((a) => a.ruleId));
    // e2: two maths lessons within two weeks (004 §2).
    expect(ids).toContain('jevnaker-time-samme-fag-to-uker');
    expect(ids).not.toContain('jevnaker-dag-store-problemer-to-uker');
    expect(ids).not.toContain('jevnaker-alvorlig-enkeltepisode');
    const kearney = JSON.parse(get('kearney').stdout) as Output;
    expect(kearney.students.flatMap((s) => s.alerts.map((a) => a.ruleId))).not.toContain(
      'kearney-vansker-familien-to-uker',
    );
  });
});

describe('naervaer evaluate: invalid rows exit 2 with one line per row', () => {
  it.each(INVALID)('%s', (name, _row, line) => {
    const r = get(`ugyldig: ${name}`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(lines[0]).toMatch(/^linje \d+: [a-z_+]+: .+$/);
  });

  it('reports every invalid row with its own line number, duplicates included', () => {
    const r = get('flere ugyldige');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // Line 4 is blank; line 6 repeats (e1, 2025-09-01, day) of line 2; line 8 repeats (e2, 2025-09-01, lesson, 1) of line 7.
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'linje 3: date: ikke en skoledag: 06.09.2025 er en lørdag',
      'linje 6: student_id+date+kind+period: samme elev, dato, type og time som linje 2',
      'linje 9: student_id+date+kind+period: samme elev, dato, type og time som linje 7',
    ]);
  });

  it('reports a header without the required columns as line 1', () => {
    const r = get('manglende kolonne');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^linje 1: documented: kolonnen mangler/);
  });
});

describe('naervaer evaluate: calendar and profile exit 3', () => {
  it.each([
    ['ukjent profil', /Ukjent profil «oslo»\. Bruk en av hardanger, jevnaker, kearney-2008, saltdal/],
    ['ugyldig profil', /profil\.json: regel «r1»: conditions\.0\.count: «late» kan ikke regnes som andel/],
    ['kalender med feil', /cal-bad\.json: lessonsPerWeekday: må ha fem tall/],
    ['kalender som ikke er JSON', /cal-bad2\.json: ugyldig JSON/],
    ['kalender som mangler', /kalender: kan ikke lese fila/],
    ['kalender og rader med feil', /cal-bad3\.json: kalenderen må være et JSON-objekt/],
  ])('%s', (name, message) => {
    const r = get(name);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('wrong use exits 1 with the usage text', () => {
    const r = get('mangler --as-of');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Valget --as-of mangler.');
  });
});
