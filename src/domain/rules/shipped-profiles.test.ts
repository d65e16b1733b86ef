import { describe, expect, it } from 'vitest';
import hardangerJson from '../../../content/profiles/hardanger.json';
import jevnakerJson from '../../../content/profiles/jevnaker.json';
import kearneyJson from '../../../content/profiles/kearney-2008.json';
import saltdalJson from '../../../content/profiles/saltdal.json';
import type { CompiledCalendar } from '../calendar/calendar';
import { compileProfile, evaluatePupil } from './engine';
import { buildEventStore } from './event-store';
import type { AbsenceEvent } from './event-store';
import { parseProfile } from './profile-schema';
import { day, days, late, left, lesson, testCalendar, TEST_CALENDAR_JSON } from './testing';

// Every shipped rule just below, at and just above its threshold. The expected outcomes are written
// by hand from the source text (section cited per block), not read from the profile files.

const CAL = testCalendar();
// No breaks at all: 15 weeks from 18 August hold 75 school days.
const NO_BREAKS = testCalendar({ ...TEST_CALENDAR_JSON, closed: [] });

function load(json: unknown, name: string) {
  const parsed = parseProfile(json, name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
}
const PROFILES = {
  saltdal: load(saltdalJson, 'saltdal.json'),
  jevnaker: load(jevnakerJson, 'jevnaker.json'),
  'kearney-2008': load(kearneyJson, 'kearney-2008.json'),
  hardanger: load(hardangerJson, 'hardanger.json'),
};

interface Case {
  rule: string;
  name: string;
  events: AbsenceEvent[];
  asOf: string;
  fires: boolean;
  evidence?: string[];
  calendar?: CompiledCalendar;
}

function run(profile: keyof typeof PROFILES, c: Case) {
  const calendar = c.calendar ?? CAL;
  const compiled = compileProfile(PROFILES[profile], calendar);
  const store = buildEventStore(c.events, calendar, ['e1']);
  return evaluatePupil(compiled, store, 0, c.asOf).find((a) => a.ruleId === c.rule);
}

function check(profile: keyof typeof PROFILES, c: Case) {
  expect(
    PROFILES[profile].rules.some((r) => r.id === c.rule),
    `regelen ${c.rule} finnes`,
  ).toBe(true);
  const alert = run(profile, c);
  expect(alert !== undefined).toBe(c.fires);
  if (c.evidence) expect(alert?.evidence).toEqual(c.evidence);
}

const SEPT = [
  '2025-09-01',
  '2025-09-02',
  '2025-09-03',
  '2025-09-04',
  '2025-09-05',
  '2025-09-08',
  '2025-09-09',
  '2025-09-10',
  '2025-09-11',
  '2025-09-12',
  '2025-09-15',
  '2025-09-16',
];
const lessons = (date: string, count: number, extra = {}) =>
  Array.from({ length: count }, (_, i) => lesson(date, i + 1, extra));

describe('saltdal (000 §4.2)', () => {
  const cases: Case[] = [
    // «1 enkelt time udokumentert fravær»: one undocumented lesson is concerning.
    {
      rule: 'saltdal-udokumentert-time',
      name: 'en dokumentert time teller ikke (under)',
      events: [lesson('2025-09-10', 1, { documented: true })],
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'saltdal-udokumentert-time',
      name: 'én udokumentert time (på)',
      events: [lesson('2025-09-10', 1)],
      asOf: '2025-09-30',
      fires: true,
      evidence: ['2025-09-10'],
    },
    {
      rule: 'saltdal-udokumentert-time',
      name: 'to udokumenterte timer (over)',
      events: [lesson('2025-09-10', 1), lesson('2025-09-12', 2)],
      asOf: '2025-09-30',
      fires: true,
      evidence: ['2025-09-10', '2025-09-12'],
    },
    {
      rule: 'saltdal-udokumentert-time',
      name: 'en hel dag er ikke en enkelttime',
      events: [day('2025-09-10')],
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'saltdal-udokumentert-time',
      name: 'ny måned: timen i september teller ikke 6. oktober',
      events: [lesson('2025-09-26', 1)],
      asOf: '2025-10-06',
      fires: false,
    },
    {
      rule: 'saltdal-udokumentert-time',
      name: 'fravær etter datoen teller ikke',
      events: [lesson('2025-09-12', 1)],
      asOf: '2025-09-11',
      fires: false,
    },
    // «Høyt dokumentert fravær utover 8 dager per semester»: more than 8, so 9.
    {
      rule: 'saltdal-dokumentert-over-8-dager',
      name: '8 dokumenterte dager (på grensen, ikke utover)',
      events: days(SEPT.slice(0, 8), { documented: true }),
      asOf: '2025-10-31',
      fires: false,
    },
    {
      rule: 'saltdal-dokumentert-over-8-dager',
      name: '9 dokumenterte dager (utover)',
      events: days(SEPT.slice(0, 9), { documented: true }),
      asOf: '2025-10-31',
      fires: true,
      evidence: SEPT.slice(0, 9),
    },
    {
      rule: 'saltdal-dokumentert-over-8-dager',
      name: '10 dokumenterte dager',
      events: days(SEPT.slice(0, 10), { documented: true }),
      asOf: '2025-10-31',
      fires: true,
    },
    {
      rule: 'saltdal-dokumentert-over-8-dager',
      name: '9 dager, men én udokumentert',
      events: [...days(SEPT.slice(0, 8), { documented: true }), day(SEPT[8]!)],
      asOf: '2025-10-31',
      fires: false,
    },
    {
      rule: 'saltdal-dokumentert-over-8-dager',
      name: '5 i september og 4 i november: samme semester',
      events: days([...SEPT.slice(0, 5), '2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06'], { documented: true }),
      asOf: '2025-11-30',
      fires: true,
    },
    {
      rule: 'saltdal-dokumentert-over-8-dager',
      name: '9 dager i desember, før jul',
      events: days(
        [
          '2025-12-01',
          '2025-12-02',
          '2025-12-03',
          '2025-12-04',
          '2025-12-05',
          '2025-12-08',
          '2025-12-09',
          '2025-12-10',
          '2025-12-11',
        ],
        { documented: true },
      ),
      asOf: '2025-12-19',
      fires: true,
    },
    {
      rule: 'saltdal-dokumentert-over-8-dager',
      name: '9 dager i desember teller ikke i vårsemesteret',
      events: days(
        [
          '2025-12-01',
          '2025-12-02',
          '2025-12-03',
          '2025-12-04',
          '2025-12-05',
          '2025-12-08',
          '2025-12-09',
          '2025-12-10',
          '2025-12-11',
        ],
        { documented: true },
      ),
      asOf: '2026-01-05',
      fires: false,
    },
    // «Forsentkomminger/uteblivelse utover 3 ganger per måned»: more than 3, so 4.
    {
      rule: 'saltdal-forsentkomming-uteblivelse',
      name: '3 forsentkomminger',
      events: [late('2025-09-02'), late('2025-09-09'), late('2025-09-16')],
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'saltdal-forsentkomming-uteblivelse',
      name: '4 forsentkomminger',
      events: [late('2025-09-02'), late('2025-09-09'), late('2025-09-16'), late('2025-09-23')],
      asOf: '2025-09-30',
      fires: true,
      evidence: ['2025-09-02', '2025-09-09', '2025-09-16', '2025-09-23'],
    },
    {
      rule: 'saltdal-forsentkomming-uteblivelse',
      name: '4 dokumenterte forsentkomminger teller også',
      events: [
        late('2025-09-02', 5, { documented: true }),
        late('2025-09-09', 5, { documented: true }),
        late('2025-09-16', 5, { documented: true }),
        late('2025-09-23', 5, { documented: true }),
      ],
      asOf: '2025-09-30',
      fires: true,
    },
    {
      rule: 'saltdal-forsentkomming-uteblivelse',
      name: '2 forsentkomminger og 2 uteblivelser uten gyldig grunn',
      events: [late('2025-09-02'), late('2025-09-09'), day('2025-09-10'), lesson('2025-09-11', 3)],
      asOf: '2025-09-30',
      fires: true,
      evidence: ['2025-09-02', '2025-09-09', '2025-09-10', '2025-09-11'],
    },
    {
      rule: 'saltdal-forsentkomming-uteblivelse',
      name: '3 forsentkomminger og en dokumentert sykedag',
      events: [
        late('2025-09-02'),
        late('2025-09-09'),
        late('2025-09-16'),
        day('2025-09-17', { documented: true, reason: 'sykdom' }),
      ],
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'saltdal-forsentkomming-uteblivelse',
      name: '2 i september og 2 i oktober',
      events: [late('2025-09-22'), late('2025-09-25'), late('2025-10-06'), late('2025-10-07')],
      asOf: '2025-10-07',
      fires: false,
    },
    // Rutine 2: «Ved ugyldig fravær utover 3 ganger avtaler skolen et møte».
    {
      rule: 'saltdal-rutine-2-ugyldig-fravaer',
      name: '3 ganger ugyldig fravær',
      events: [day('2025-09-01'), lesson('2025-09-02', 1), left('2025-09-03', 4)],
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'saltdal-rutine-2-ugyldig-fravaer',
      name: '4 ganger ugyldig fravær',
      events: [day('2025-09-01'), lesson('2025-09-02', 1), left('2025-09-03', 4), late('2025-09-04')],
      asOf: '2025-09-30',
      fires: true,
      evidence: ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04'],
    },
    {
      rule: 'saltdal-rutine-2-ugyldig-fravaer',
      name: '5 ganger ugyldig fravær',
      events: [
        day('2025-09-01'),
        lesson('2025-09-02', 1),
        left('2025-09-03', 4),
        late('2025-09-04'),
        day('2025-09-05'),
      ],
      asOf: '2025-09-30',
      fires: true,
    },
    {
      rule: 'saltdal-rutine-2-ugyldig-fravaer',
      name: '4 ganger, men én er dokumentert',
      events: [
        day('2025-09-01'),
        lesson('2025-09-02', 1),
        left('2025-09-03', 4),
        late('2025-09-04', 5, { documented: true }),
      ],
      asOf: '2025-09-30',
      fires: false,
    },
    // Rutine 3: «Ved fravær 3 enkelte dager i løpet av en måned»: 3 days, consecutive or not.
    {
      rule: 'saltdal-rutine-3-tre-dager-maaned',
      name: '2 dager',
      events: days(['2025-09-01', '2025-09-10']),
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'saltdal-rutine-3-tre-dager-maaned',
      name: '3 spredte dager',
      events: days(['2025-09-01', '2025-09-10', '2025-09-24']),
      asOf: '2025-09-30',
      fires: true,
      evidence: ['2025-09-01', '2025-09-10', '2025-09-24'],
    },
    {
      rule: 'saltdal-rutine-3-tre-dager-maaned',
      name: '3 dokumenterte dager på rad',
      events: days(['2025-09-08', '2025-09-09', '2025-09-10'], { documented: true, reason: 'sykdom' }),
      asOf: '2025-09-30',
      fires: true,
    },
    {
      rule: 'saltdal-rutine-3-tre-dager-maaned',
      name: '4 dager',
      events: days(['2025-09-01', '2025-09-10', '2025-09-24', '2025-09-25']),
      asOf: '2025-09-30',
      fires: true,
    },
    {
      rule: 'saltdal-rutine-3-tre-dager-maaned',
      name: '2 dager og enkelttimer er ikke 3 dager',
      events: [...days(['2025-09-01', '2025-09-10']), ...lessons('2025-09-11', 3)],
      asOf: '2025-09-30',
      fires: false,
    },
    // «i løpet av en måned» is the last month (decision 021): as of 6.10. that is 7.9.–6.10.
    {
      rule: 'saltdal-rutine-3-tre-dager-maaned',
      name: 'over månedsskiftet: 25. og 26. september og 6. oktober ligger innenfor en måned',
      events: days(['2025-09-25', '2025-09-26', '2025-10-06']),
      asOf: '2025-10-06',
      fires: true,
      evidence: ['2025-09-25', '2025-09-26', '2025-10-06'],
    },
    {
      rule: 'saltdal-rutine-3-tre-dager-maaned',
      name: '5. september er mer enn en måned før 6. oktober',
      events: days(['2025-09-05', '2025-09-26', '2025-10-06']),
      asOf: '2025-10-06',
      fires: false,
    },
    {
      rule: 'saltdal-rutine-3-tre-dager-maaned',
      name: '8. september er innenfor',
      events: days(['2025-09-08', '2025-09-26', '2025-10-06']),
      asOf: '2025-10-06',
      fires: true,
    },
    // Rutine 4: «Ved fravær 8 enkelte dager i løpet av et halvår».
    {
      rule: 'saltdal-rutine-4-atte-dager-halvaar',
      name: '7 dager',
      events: days(['2025-09-01', '2025-09-15', '2025-10-06', '2025-10-20', '2025-11-03', '2025-11-17', '2025-12-01']),
      asOf: '2025-12-19',
      fires: false,
    },
    {
      rule: 'saltdal-rutine-4-atte-dager-halvaar',
      name: '8 dager',
      events: days([
        '2025-09-01',
        '2025-09-15',
        '2025-10-06',
        '2025-10-20',
        '2025-11-03',
        '2025-11-17',
        '2025-12-01',
        '2025-12-15',
      ]),
      asOf: '2025-12-19',
      fires: true,
    },
    {
      rule: 'saltdal-rutine-4-atte-dager-halvaar',
      name: '9 dager',
      events: days([
        '2025-08-18',
        '2025-09-01',
        '2025-09-15',
        '2025-10-06',
        '2025-10-20',
        '2025-11-03',
        '2025-11-17',
        '2025-12-01',
        '2025-12-15',
      ]),
      asOf: '2025-12-19',
      fires: true,
    },
    {
      rule: 'saltdal-rutine-4-atte-dager-halvaar',
      name: '8 høstdager teller ikke i januar',
      events: days([
        '2025-09-01',
        '2025-09-15',
        '2025-10-06',
        '2025-10-20',
        '2025-11-03',
        '2025-11-17',
        '2025-12-01',
        '2025-12-15',
      ]),
      asOf: '2026-01-09',
      fires: false,
    },
    {
      rule: 'saltdal-rutine-4-atte-dager-halvaar',
      name: '8 dager i januar og februar',
      events: days([
        '2026-01-05',
        '2026-01-12',
        '2026-01-19',
        '2026-01-26',
        '2026-02-02',
        '2026-02-09',
        '2026-02-16',
        '2026-02-20',
      ]),
      asOf: '2026-02-20',
      fires: true,
    },
    // Rutine 5: «Om dette gjentar seg utover 3 ganger»: leaving school more than 3 times.
    {
      rule: 'saltdal-rutine-5-forlater-skolen',
      name: 'forlater skolen 3 ganger',
      events: [left('2025-09-01', 4), left('2025-09-08', 4), left('2025-09-15', 4)],
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'saltdal-rutine-5-forlater-skolen',
      name: 'forlater skolen 4 ganger',
      events: [
        left('2025-09-01', 4),
        left('2025-09-08', 4),
        left('2025-09-15', 4),
        left('2025-09-22', 3, { documented: true }),
      ],
      asOf: '2025-09-30',
      fires: true,
      evidence: ['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22'],
    },
    {
      rule: 'saltdal-rutine-5-forlater-skolen',
      name: 'forlater skolen 5 ganger',
      events: [
        left('2025-09-01', 4),
        left('2025-09-08', 4),
        left('2025-09-15', 4),
        left('2025-09-22', 3),
        left('2025-09-23', 2),
      ],
      asOf: '2025-09-30',
      fires: true,
    },
  ];
  it.each(cases)('$rule: $name', (c) => check('saltdal', c));
});

// The pupil: away Thursday 29 Jan, Friday 30 Jan, Monday 2 Feb and Tuesday 3 Feb 2026, all school days here.
const THURSDAY_TO_TUESDAY = ['2026-01-29', '2026-01-30', '2026-02-02', '2026-02-03'];

const D105 = [
  '2025-08-18',
  '2025-08-25',
  '2025-09-01',
  '2025-09-08',
  '2025-09-15',
  '2025-09-22',
  '2025-10-06',
  '2025-10-13',
  '2025-10-20',
  '2025-10-27',
  '2025-11-03',
  '2025-11-10',
];

describe('jevnaker (004 §2 and §1.1)', () => {
  const cases: Case[] = [
    // «Har vært borte mer enn tre enkeltdager i løpet av en måned»: 4 days.
    {
      rule: 'jevnaker-dag-over-tre-dager-maaned',
      name: '3 dager',
      events: days(['2025-09-01', '2025-09-10', '2025-09-24']),
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'jevnaker-dag-over-tre-dager-maaned',
      name: '4 dager',
      events: days(['2025-09-01', '2025-09-10', '2025-09-24', '2025-09-25']),
      asOf: '2025-09-30',
      fires: true,
      evidence: ['2025-09-01', '2025-09-10', '2025-09-24', '2025-09-25'],
    },
    {
      rule: 'jevnaker-dag-over-tre-dager-maaned',
      name: '5 dokumenterte dager',
      events: days(['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04', '2025-09-05'], { documented: true }),
      asOf: '2025-09-30',
      fires: true,
    },
    // «i løpet av en måned» is the last month (decision 021), also over the turn of a month.
    {
      rule: 'jevnaker-dag-over-tre-dager-maaned',
      name: '2 + 2 over månedsskiftet ligger innenfor en måned',
      events: days(['2025-09-25', '2025-09-26', '2025-10-06', '2025-10-07']),
      asOf: '2025-10-07',
      fires: true,
    },
    {
      rule: 'jevnaker-dag-over-tre-dager-maaned',
      name: 'torsdag 29.1.–tirsdag 3.2.2026 (saken fra oppdraget)',
      events: days(THURSDAY_TO_TUESDAY),
      asOf: '2026-02-03',
      fires: true,
      evidence: THURSDAY_TO_TUESDAY,
    },
    {
      rule: 'jevnaker-dag-over-tre-dager-maaned',
      name: '5.1. og tre dager rundt månedsskiftet, per 4.2. (vinduet 5.1.–4.2.)',
      events: days(['2026-01-05', '2026-01-29', '2026-01-30', '2026-02-02']),
      asOf: '2026-02-04',
      fires: true,
    },
    {
      rule: 'jevnaker-dag-over-tre-dager-maaned',
      name: 'den samme per 5.2.: 5.1. har falt ut (vinduet 6.1.–5.2.)',
      events: days(['2026-01-05', '2026-01-29', '2026-01-30', '2026-02-02']),
      asOf: '2026-02-05',
      fires: false,
    },
    // «Har 10% fravær eller mer i løpet av 15 uker»: 105 days ending 28.11.2025 hold 70 school days
    // (the autumn break is inside), so 7 days is exactly 10 %.
    {
      rule: 'jevnaker-dag-10-prosent-15-uker',
      name: '6 av 70 dager',
      events: days(D105.slice(0, 6)),
      asOf: '2025-11-28',
      fires: false,
    },
    {
      rule: 'jevnaker-dag-10-prosent-15-uker',
      name: '7 av 70 dager = 10 %',
      events: days(D105.slice(0, 7)),
      asOf: '2025-11-28',
      fires: true,
      evidence: D105.slice(0, 7),
    },
    {
      rule: 'jevnaker-dag-10-prosent-15-uker',
      name: '8 av 70 dager',
      events: days(D105.slice(0, 8)),
      asOf: '2025-11-28',
      fires: true,
    },
    {
      rule: 'jevnaker-dag-10-prosent-15-uker',
      name: '6 dager og en hel dag i enkelttimer',
      events: [...days(D105.slice(0, 6)), ...lessons('2025-11-11', 6)],
      asOf: '2025-11-28',
      fires: false,
    },
    {
      rule: 'jevnaker-dag-10-prosent-15-uker',
      name: '18. august faller ut av vinduet 1. desember',
      events: days(D105.slice(0, 7)),
      asOf: '2025-12-01',
      fires: false,
    },
    // «Har to timer fravær i samme fag i løpet av to uker».
    {
      rule: 'jevnaker-time-samme-fag-to-uker',
      name: 'én time matematikk',
      events: [lesson('2025-09-02', 1, { subject: 'matematikk' })],
      asOf: '2025-09-15',
      fires: false,
    },
    {
      rule: 'jevnaker-time-samme-fag-to-uker',
      name: 'to timer matematikk med 13 dagers mellomrom',
      events: [lesson('2025-09-02', 1, { subject: 'matematikk' }), lesson('2025-09-15', 2, { subject: 'matematikk' })],
      asOf: '2025-09-15',
      fires: true,
      evidence: ['2025-09-02', '2025-09-15'],
    },
    {
      rule: 'jevnaker-time-samme-fag-to-uker',
      name: 'to timer matematikk med 14 dagers mellomrom',
      events: [lesson('2025-09-01', 1, { subject: 'matematikk' }), lesson('2025-09-15', 2, { subject: 'matematikk' })],
      asOf: '2025-09-15',
      fires: false,
    },
    {
      rule: 'jevnaker-time-samme-fag-to-uker',
      name: 'to timer i hvert sitt fag',
      events: [lesson('2025-09-02', 1, { subject: 'matematikk' }), lesson('2025-09-03', 1, { subject: 'norsk' })],
      asOf: '2025-09-15',
      fires: false,
    },
    {
      rule: 'jevnaker-time-samme-fag-to-uker',
      name: 'tre timer, to i matematikk: bevis bare fra matematikk',
      events: [
        lesson('2025-09-02', 1, { subject: 'matematikk' }),
        lesson('2025-09-03', 1, { subject: 'matematikk' }),
        lesson('2025-09-04', 1, { subject: 'norsk' }),
      ],
      asOf: '2025-09-15',
      fires: true,
      evidence: ['2025-09-02', '2025-09-03'],
    },
    // «Har fem timer fravær i løpet av fjorten dager».
    {
      rule: 'jevnaker-time-fem-paa-14-dager',
      name: '4 timer',
      events: [lesson('2025-09-08', 1), lesson('2025-09-09', 2), lesson('2025-09-10', 3), lesson('2025-09-11', 4)],
      asOf: '2025-09-19',
      fires: false,
    },
    {
      rule: 'jevnaker-time-fem-paa-14-dager',
      name: '5 timer',
      events: [
        lesson('2025-09-08', 1),
        lesson('2025-09-09', 2),
        lesson('2025-09-10', 3),
        lesson('2025-09-11', 4),
        lesson('2025-09-12', 1),
      ],
      asOf: '2025-09-19',
      fires: true,
    },
    {
      rule: 'jevnaker-time-fem-paa-14-dager',
      name: '6 timer samme dag',
      events: lessons('2025-09-10', 6),
      asOf: '2025-09-19',
      fires: true,
      evidence: ['2025-09-10'],
    },
    {
      rule: 'jevnaker-time-fem-paa-14-dager',
      name: '5 timer, men den første er 14 dager gammel',
      events: [
        lesson('2025-09-05', 1),
        lesson('2025-09-09', 2),
        lesson('2025-09-10', 3),
        lesson('2025-09-11', 4),
        lesson('2025-09-12', 1),
      ],
      asOf: '2025-09-19',
      fires: false,
    },
    // «Har ti eller flere timer fravær i løpet av 15 uker».
    {
      rule: 'jevnaker-time-ti-paa-15-uker',
      name: '9 timer',
      events: D105.slice(0, 9).map((d) => lesson(d, 2)),
      asOf: '2025-11-28',
      fires: false,
    },
    {
      rule: 'jevnaker-time-ti-paa-15-uker',
      name: '10 timer over høstferien',
      events: D105.slice(0, 10).map((d) => lesson(d, 2)),
      asOf: '2025-11-28',
      fires: true,
    },
    {
      rule: 'jevnaker-time-ti-paa-15-uker',
      name: '11 timer',
      events: D105.slice(0, 11).map((d) => lesson(d, 2)),
      asOf: '2025-11-28',
      fires: true,
    },
    // §1.1: «Ved fravær over 10% skal kontaktlærer invitere foresatte til en samtale». The autumn
    // semester up to 30.9.2025 has 30 school days, so 3 days is exactly 10 %.
    {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: '3 av 30 dager = 10 %, ikke over',
      events: days(['2025-09-01', '2025-09-02', '2025-09-03']),
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: '3 dager og én time',
      events: [...days(['2025-09-01', '2025-09-02', '2025-09-03']), lesson('2025-09-04', 1)],
      asOf: '2025-09-30',
      fires: true,
      evidence: ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04'],
    },
    {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: '4 dager',
      events: days(['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']),
      asOf: '2025-09-30',
      fires: true,
    },
    {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: '18 enkelttimer = 3 dager',
      events: [...lessons('2025-09-01', 6), ...lessons('2025-09-02', 6), ...lessons('2025-09-03', 6)],
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: '19 enkelttimer',
      events: [
        ...lessons('2025-09-01', 6),
        ...lessons('2025-09-02', 6),
        ...lessons('2025-09-03', 6),
        lesson('2025-09-04', 1),
      ],
      asOf: '2025-09-30',
      fires: true,
    },
    {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: 'forlot skolen fra 4. time seks mandager–torsdager = 3 dager',
      events: ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-08', '2025-09-09', '2025-09-10'].map((d) =>
        left(d, 4),
      ),
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: 'forsentkomminger er ikke andel av skoletid',
      events: [
        ...days(['2025-09-01', '2025-09-02', '2025-09-03']),
        late('2025-09-04'),
        late('2025-09-05'),
        late('2025-09-08'),
      ],
      asOf: '2025-09-30',
      fires: false,
    },
    {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: 'første skoledag i vårsemesteret: 1 av 1 dag',
      events: [day('2026-01-05')],
      asOf: '2026-01-05',
      fires: true,
    },
    {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: 'høstens fravær teller ikke i vårsemesteret',
      events: days(['2025-12-15', '2025-12-16', '2025-12-17', '2025-12-18', '2025-12-19']),
      asOf: '2026-01-05',
      fires: false,
    },
  ];
  it.each(cases)('$rule: $name', (c) => check('jevnaker', c));

  it('explains the Thursday–Tuesday alert with the rolling month, which the calendar month would have missed', () => {
    const alert = run('jevnaker', {
      rule: 'jevnaker-dag-over-tre-dager-maaned',
      name: '',
      events: days(THURSDAY_TO_TUESDAY),
      asOf: '2026-02-03',
      fires: true,
    });
    expect(alert?.window).toEqual({ type: 'rollingMonth', from: '2026-01-04', to: '2026-02-03', schoolDays: 22 });
    expect(alert?.explanation).toBe(
      '«Borte mer enn tre enkeltdager i løpet av en måned»: 4 skoledager med fravær (grense: mer enn 3) i løpet av den siste måneden (04.01.–03.02.), 22 skoledager.',
    );
    // The same rule read as the calendar month (decision 021 before the rolling month) sees only 2.–3.2.
    const asCalendarMonth = {
      ...PROFILES.jevnaker,
      rules: PROFILES.jevnaker.rules.map((r) =>
        r.id === 'jevnaker-dag-over-tre-dager-maaned' && r.kind === 'events'
          ? { ...r, window: { type: 'month' as const } }
          : r,
      ),
    };
    const store = buildEventStore(days(THURSDAY_TO_TUESDAY), CAL, ['e1']);
    expect(
      evaluatePupil(compileProfile(asCalendarMonth, CAL), store, 0, '2026-02-03').map((a) => a.ruleId),
    ).not.toContain('jevnaker-dag-over-tre-dager-maaned');
  });

  it('observation rules (store problemer i to uker, alvorlige enkeltepisoder) never fire from events', () => {
    const compiled = compileProfile(PROFILES.jevnaker, CAL);
    const store = buildEventStore(days(SEPT), CAL, ['e1']);
    const ids = evaluatePupil(compiled, store, 0, '2025-09-30').map((a) => a.ruleId);
    expect(ids).toContain('jevnaker-dag-over-tre-dager-maaned');
    expect(ids).not.toContain('jevnaker-dag-store-problemer-to-uker');
    expect(ids).not.toContain('jevnaker-alvorlig-enkeltepisode');
  });
});

describe('kearney-2008 (002, «Når er fraværet problematisk?»)', () => {
  const cases: Case[] = [
    // «Borte mer enn 25% av skoletiden siste 14 dagene»: 13.–26.9.2025 hold 10 school days, 25 % = 2.5 days.
    {
      rule: 'kearney-over-25-prosent-14-dager',
      name: '2 av 10 dager',
      events: days(['2025-09-15', '2025-09-16']),
      asOf: '2025-09-26',
      fires: false,
    },
    {
      rule: 'kearney-over-25-prosent-14-dager',
      name: '2 dager og 3 av 6 timer = 25 %, ikke mer',
      events: [...days(['2025-09-15', '2025-09-16']), ...lessons('2025-09-22', 3)],
      asOf: '2025-09-26',
      fires: false,
    },
    {
      rule: 'kearney-over-25-prosent-14-dager',
      name: '2 dager og 4 av 6 timer',
      events: [...days(['2025-09-15', '2025-09-16']), ...lessons('2025-09-22', 4)],
      asOf: '2025-09-26',
      fires: true,
      evidence: ['2025-09-15', '2025-09-16', '2025-09-22'],
    },
    {
      rule: 'kearney-over-25-prosent-14-dager',
      name: '2 dager og forlot skolen fra 4. time (3 av 6)',
      events: [...days(['2025-09-15', '2025-09-16']), left('2025-09-22', 4)],
      asOf: '2025-09-26',
      fires: false,
    },
    {
      rule: 'kearney-over-25-prosent-14-dager',
      name: '2 dager og forlot skolen fra 3. time (4 av 6)',
      events: [...days(['2025-09-15', '2025-09-16']), left('2025-09-22', 3)],
      asOf: '2025-09-26',
      fires: true,
    },
    {
      rule: 'kearney-over-25-prosent-14-dager',
      name: '3 dager',
      events: days(['2025-09-15', '2025-09-16', '2025-09-17']),
      asOf: '2025-09-26',
      fires: true,
    },
    {
      rule: 'kearney-over-25-prosent-14-dager',
      name: '3 dager før vinduet',
      events: days(['2025-09-10', '2025-09-11', '2025-09-12']),
      asOf: '2025-09-26',
      fires: false,
    },
    // Over the autumn break 27.9–10.10.2025 has only 5 school days.
    {
      rule: 'kearney-over-25-prosent-14-dager',
      name: '1 av 5 dager etter høstferien',
      events: [day('2025-10-06')],
      asOf: '2025-10-10',
      fires: false,
    },
    {
      rule: 'kearney-over-25-prosent-14-dager',
      name: '2 av 5 dager etter høstferien',
      events: days(['2025-10-06', '2025-10-07']),
      asOf: '2025-10-10',
      fires: true,
    },
    // «Har hatt mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene»: > 10 days or > 15 %.
    // 15 weeks to 28.11.2025 hold 70 school days here, so 15 % = 10.5 days.
    {
      rule: 'kearney-over-10-dager-15-uker',
      name: '10 dager (14,3 %)',
      events: days(D105.slice(0, 10)),
      asOf: '2025-11-28',
      fires: false,
    },
    {
      rule: 'kearney-over-10-dager-15-uker',
      name: '10 dager og 3 av 6 timer = 15 %, ikke mer',
      events: [...days(D105.slice(0, 10)), ...lessons('2025-11-11', 3)],
      asOf: '2025-11-28',
      fires: false,
    },
    {
      rule: 'kearney-over-10-dager-15-uker',
      name: '10 dager og 4 av 6 timer: over 15 %',
      events: [...days(D105.slice(0, 10)), ...lessons('2025-11-11', 4)],
      asOf: '2025-11-28',
      fires: true,
    },
    {
      rule: 'kearney-over-10-dager-15-uker',
      name: '11 dager',
      events: days(D105.slice(0, 11)),
      asOf: '2025-11-28',
      fires: true,
    },
    // Without breaks the same 15 weeks hold 75 school days: 11 days is 14.7 %, so only the day count holds.
    {
      rule: 'kearney-over-10-dager-15-uker',
      name: '11 av 75 dager: flere enn 10 dager',
      events: days(D105.slice(0, 11)),
      asOf: '2025-11-28',
      fires: true,
      calendar: NO_BREAKS,
    },
    {
      rule: 'kearney-over-10-dager-15-uker',
      name: '10 av 75 dager',
      events: days(D105.slice(0, 10)),
      asOf: '2025-11-28',
      fires: false,
      calendar: NO_BREAKS,
    },
  ];
  it.each(cases)('$rule: $name', (c) => check('kearney-2008', c));

  it('the family-routines criterion is an observation rule and never fires from events', () => {
    const compiled = compileProfile(PROFILES['kearney-2008'], CAL);
    const store = buildEventStore(days(SEPT), CAL, ['e1']);
    expect(evaluatePupil(compiled, store, 0, '2025-09-16').map((a) => a.ruleId)).toEqual([
      'kearney-over-25-prosent-14-dager',
      'kearney-over-10-dager-15-uker',
    ]);
  });
});

describe('hardanger (003)', () => {
  // «Ved bekymring for elevens fravær, drøfter kontaktlærer dette med skolens ledelse/rådgiver»: no
  // figure, so no registration alone raises anything; the contact teacher's observation does.
  it('never fires from events, however much absence', () => {
    const compiled = compileProfile(PROFILES.hardanger, CAL);
    const store = buildEventStore([...days(SEPT), ...lessons('2025-09-17', 6), left('2025-09-18', 2)], CAL, ['e1']);
    expect(compiled.rules).toEqual([]);
    expect(evaluatePupil(compiled, store, 0, '2025-09-30')).toEqual([]);
    expect(PROFILES.hardanger.rules.map((r) => [r.id, r.kind])).toEqual([
      ['hardanger-bekymring-for-fravaer', 'observation'],
    ]);
  });
});

describe("a municipality's own rule («basis»: «kommune»)", () => {
  const own = (rule: object) =>
    parseProfile({ ...hardangerJson, id: 'nabodal', rules: [...hardangerJson.rules, rule] }, 'nabodal.json');
  const overTen = {
    id: 'nabodal-over-10-prosent',
    kind: 'events',
    basis: 'kommune',
    title: 'Fravær over 10 %',
    severity: 'medium',
    action: 'Samtale med elev og foresatte.',
    source: 'Nabodal kommunes eget valg',
    window: { type: 'semester' },
    conditions: [{ count: { kinds: ['day', 'lesson', 'left'] }, measure: 'share', comparator: '>', threshold: 10 }],
  };

  it('is valid without a sourceText, and fires like any rule', () => {
    const parsed = own(overTen);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.profile.rules.map((r) => r.basis ?? 'kilde')).toEqual(['kilde', 'kommune']);
    const store = buildEventStore(days(['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']), CAL, ['e1']);
    expect(evaluatePupil(compileProfile(parsed.profile, CAL), store, 0, '2025-09-30').map((a) => a.ruleId)).toEqual([
      'nabodal-over-10-prosent',
    ]);
  });

  it('says in Norwegian what «basis» may be', () => {
    expect(own({ ...overTen, basis: 'egen' })).toEqual({
      ok: false,
      errors: [
        'nabodal.json: regel «nabodal-over-10-prosent»: basis: må være «kilde» (fra kildedokumentet) eller «kommune» (kommunens eget valg)',
      ],
    });
  });
});

describe('alert explanations', () => {
  it('says why: rule, window, value against threshold', () => {
    const alert = run('jevnaker', {
      rule: 'jevnaker-over-10-prosent-samtale',
      name: '',
      events: days(['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']),
      asOf: '2025-09-30',
      fires: true,
    });
    expect(alert?.window).toEqual({ type: 'semester', from: '2025-08-18', to: '2025-09-30', schoolDays: 30 });
    expect(alert?.conditions[0]).toMatchObject({ measure: 'share', value: 13.3, threshold: 10, holds: true });
    expect(alert?.explanation).toBe(
      '«Fravær over 10 %: invitasjon til samtale med foresatte»: 13,3 % av skoletiden (grense: mer enn 10 %) i semesteret så langt (18.08.2025–30.09.2025), 30 skoledager.',
    );
    expect(alert?.action).toBe('Kontaktlærer inviterer foresatte til en samtale.');
  });

  it('names the subjects behind a grouped rule', () => {
    const alert = run('jevnaker', {
      rule: 'jevnaker-time-samme-fag-to-uker',
      name: '',
      events: [
        lesson('2025-09-02', 1, { subject: 'kroppsøving' }),
        lesson('2025-09-09', 1, { subject: 'kroppsøving' }),
      ],
      asOf: '2025-09-10',
      fires: true,
    });
    expect(alert?.conditions[0]?.subjects).toEqual(['kroppsøving']);
    expect(alert?.explanation).toContain('2 timer i kroppsøving (grense: minst 2)');
  });
});
