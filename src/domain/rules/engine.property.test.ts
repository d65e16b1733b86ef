import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import hardangerJson from '../../../content/profiles/hardanger.json';
import jevnakerJson from '../../../content/profiles/jevnaker.json';
import kearneyJson from '../../../content/profiles/kearney-2008.json';
import saltdalJson from '../../../content/profiles/saltdal.json';
import { compileCalendar, parseSchoolCalendar } from '../calendar/calendar';
import { parseIsoDate } from '../calendar/dates';
import { compileProfile, evaluateRule } from './engine';
import { Replayer } from './episodes';
import { buildEventStore } from './event-store';
import type { AbsenceEvent } from './event-store';
import { parseProfile } from './profile-schema';
import type { EventRule, Profile } from './profile-schema';

// The engine against a deliberately naive evaluator that shares no code with it: its own date
// arithmetic (JavaScript Date), a hand-copied table of Norwegian public holidays instead of the
// Easter computus, string comparisons for windows, exact fractions (BigInt) for shares, and a
// full re-evaluation on every school day instead of sliding windows.

// From the Norwegian almanac, 2024–2028.
const HOLIDAYS = new Set([
  '2024-01-01',
  '2024-03-28',
  '2024-03-29',
  '2024-03-31',
  '2024-04-01',
  '2024-05-01',
  '2024-05-09',
  '2024-05-17',
  '2024-05-19',
  '2024-05-20',
  '2024-12-25',
  '2024-12-26',
  '2025-01-01',
  '2025-04-17',
  '2025-04-18',
  '2025-04-20',
  '2025-04-21',
  '2025-05-01',
  '2025-05-17',
  '2025-05-29',
  '2025-06-08',
  '2025-06-09',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-02',
  '2026-04-03',
  '2026-04-05',
  '2026-04-06',
  '2026-05-01',
  '2026-05-14',
  '2026-05-17',
  '2026-05-24',
  '2026-05-25',
  '2026-12-25',
  '2026-12-26',
  '2027-01-01',
  '2027-03-25',
  '2027-03-26',
  '2027-03-28',
  '2027-03-29',
  '2027-05-01',
  '2027-05-06',
  '2027-05-16',
  '2027-05-17',
  '2027-12-25',
  '2027-12-26',
  '2028-01-01',
  '2028-04-13',
  '2028-04-14',
  '2028-04-16',
  '2028-04-17',
  '2028-05-01',
  '2028-05-17',
  '2028-05-25',
  '2028-06-04',
  '2028-06-05',
  '2028-12-25',
  '2028-12-26',
]);

interface NaiveCalendar {
  firstDay: string;
  lastDay: string;
  springStarts: string;
  closed: { from: string; to: string; name: string }[];
  lessonsPerWeekday: number[];
}

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const weekday = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday

function naiveSchoolDays(cal: NaiveCalendar): Map<string, number> {
  const out = new Map<string, number>();
  for (let d = cal.firstDay; d <= cal.lastDay; d = addDays(d, 1)) {
    const wd = weekday(d);
    if (wd >= 5 || HOLIDAYS.has(d) || cal.closed.some((c) => c.from <= d && d <= c.to)) continue;
    const lessons = cal.lessonsPerWeekday[wd]!;
    if (lessons > 0) out.set(d, lessons);
  }
  return out;
}

function naiveWindowStart(rule: EventRule, cal: NaiveCalendar, d: string): string | null {
  if (rule.window.type === 'days') return addDays(d, 1 - rule.window.days);
  if (rule.window.type === 'rollingMonth') {
    // The same date a month earlier (clamped to that month's last day), then the day after it.
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const earlier = new Date(Date.UTC(y, m - 2, 1));
    const lastOfEarlier = new Date(Date.UTC(earlier.getUTCFullYear(), earlier.getUTCMonth() + 1, 0)).getUTCDate();
    earlier.setUTCDate(Math.min(day, lastOfEarlier));
    return addDays(earlier.toISOString().slice(0, 10), 1);
  }
  if (rule.window.type === 'month') return `${d.slice(0, 8)}01`;
  if (d < cal.firstDay) return null;
  return d < cal.springStarts ? cal.firstDay : cal.springStarts;
}

type Frac = { n: bigint; d: bigint };
const add = (a: Frac, b: Frac): Frac => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });

/** Whether the rule holds on date d, and the dates of the events that count. */
function naiveEvaluate(
  rule: EventRule,
  cal: NaiveCalendar,
  schoolDays: Map<string, number>,
  events: AbsenceEvent[],
  d: string,
): { holds: boolean; evidence: string[] } {
  const start = naiveWindowStart(rule, cal, d);
  if (start === null) return { holds: false, evidence: [] };
  const windowDays = [...schoolDays.keys()].filter((x) => x >= start && x <= d);
  if (windowDays.length === 0) return { holds: false, evidence: [] };
  const evidence = new Set<string>();
  let holds = false;
  for (const c of rule.conditions) {
    const selectors = Array.isArray(c.count) ? c.count : [c.count];
    const counted = events.filter(
      (e) =>
        e.date >= start &&
        e.date <= d &&
        schoolDays.has(e.date) &&
        selectors.some(
          (s) => s.kinds.includes(e.kind) && (s.documented === undefined || s.documented === e.documented),
        ),
    );
    const groups =
      c.groupBy === 'subject'
        ? [...new Set(counted.map((e) => e.subject ?? ''))].map((s) => counted.filter((e) => (e.subject ?? '') === s))
        : [counted];
    for (const group of groups) {
      let ok: boolean;
      if (c.measure === 'events' || c.measure === 'schoolDays') {
        const value = c.measure === 'events' ? group.length : new Set(group.map((e) => e.date)).size;
        ok = c.comparator === '>' ? value > c.threshold : value >= c.threshold;
      } else {
        let sum: Frac = { n: 0n, d: 1n };
        for (const date of new Set(group.map((e) => e.date))) {
          const lessons = schoolDays.get(date)!;
          const onDay = group.filter((e) => e.date === date);
          const missed = new Set<number>();
          if (onDay.some((e) => e.kind === 'day')) for (let p = 1; p <= lessons; p++) missed.add(p);
          for (const e of onDay) {
            if (e.kind === 'lesson') missed.add(e.period!);
            if (e.kind === 'left') for (let p = e.period!; p <= lessons; p++) missed.add(p);
          }
          sum = add(sum, { n: BigInt(missed.size), d: BigInt(lessons) });
        }
        const lhs = 100n * sum.n;
        const rhs = BigInt(c.threshold) * BigInt(windowDays.length) * sum.d;
        ok = c.comparator === '>' ? lhs > rhs : lhs >= rhs;
      }
      if (ok) {
        holds = true;
        for (const e of group) evidence.add(e.date);
      }
    }
  }
  return { holds, evidence: holds ? [...evidence].sort() : [] };
}

/** Runs of school days on which the rule holds; for rolling windows, runs at most 5 school days apart are one (decision 021). */
function naiveEpisodes(
  rule: EventRule,
  cal: NaiveCalendar,
  schoolDays: Map<string, number>,
  events: AbsenceEvent[],
): string[] {
  const days = [...schoolDays.keys()];
  const runs: [number, number][] = [];
  days.forEach((d, i) => {
    if (!naiveEvaluate(rule, cal, schoolDays, events, d).holds) return;
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  const rolling = rule.window.type === 'days' || rule.window.type === 'rollingMonth';
  const episodes: [number, number][] = [];
  for (const run of runs) {
    const last = episodes.at(-1);
    // School days between the two runs on which the rule did not hold.
    if (rolling && last && run[0] - last[1] - 1 <= 5) last[1] = run[1];
    else episodes.push([...run]);
  }
  return episodes.map(([s, e]) => `${days[s]}..${days[e]}`);
}

// ---- generators ----

const KINDS = ['day', 'lesson', 'late', 'left'] as const;
const SUBJECTS = ['norsk', 'matematikk', 'kroppsøving'];

const calendarArb = fc
  .record({
    year: fc.integer({ min: 2024, max: 2027 }),
    startDay: fc.integer({ min: 10, max: 25 }),
    endDay: fc.integer({ min: 10, max: 25 }),
    springDay: fc.integer({ min: 1, max: 10 }),
    closed: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 0, max: 12 }) }), {
      maxLength: 4,
    }),
    lessons: fc.array(fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constant(0)), { minLength: 5, maxLength: 5 }),
  })
  .map(({ year, startDay, endDay, springDay, closed, lessons }): NaiveCalendar => {
    const firstDay = `${year}-08-${String(startDay).padStart(2, '0')}`;
    return {
      firstDay,
      lastDay: `${year + 1}-06-${String(endDay).padStart(2, '0')}`,
      springStarts: `${year + 1}-01-${String(springDay).padStart(2, '0')}`,
      closed: closed.map((c, i) => ({
        from: addDays(firstDay, c.offset),
        to: addDays(firstDay, c.offset + c.length),
        name: `Fri ${i}`,
      })),
      lessonsPerWeekday: lessons.some((l) => l > 0) ? lessons : [6, 6, 6, 6, 5],
    };
  });

const rawEventArb = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom(...KINDS),
  periodPick: fc.nat(),
  subject: fc.constantFrom(...SUBJECTS),
  documented: fc.boolean(),
});

type RawEvent = {
  pick: number;
  kind: (typeof KINDS)[number];
  periodPick: number;
  subject: string;
  documented: boolean;
};

function toEvents(raw: RawEvent[], schoolDays: Map<string, number>): AbsenceEvent[] {
  const list = [...schoolDays];
  const seen = new Set<string>();
  const events: AbsenceEvent[] = [];
  for (const r of raw) {
    if (list.length === 0) break;
    // Concentrate events in a stretch of the year so that windows actually fill up.
    const [date, lessons] = list[r.pick % Math.min(list.length, 60)]!;
    const period = r.kind === 'lesson' || r.kind === 'left' ? (r.periodPick % lessons) + 1 : null;
    const key = `${date}|${r.kind}|${period ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({
      studentId: 'e1',
      date,
      kind: r.kind,
      subject: r.kind === 'lesson' ? r.subject : null,
      period,
      minutes: r.kind === 'late' ? 5 : null,
      documented: r.documented,
    });
  }
  return events;
}

const selectorArb = fc.record({
  kinds: fc.subarray([...KINDS], { minLength: 1 }),
  documented: fc.option(fc.boolean(), { nil: undefined }),
});
const conditionArb = fc
  .record({
    selectors: fc.array(selectorArb, { minLength: 1, maxLength: 2 }),
    measure: fc.constantFrom('events', 'schoolDays', 'share'),
    comparator: fc.constantFrom('>', '>='),
    count: fc.integer({ min: 0, max: 6 }),
    percent: fc.integer({ min: 0, max: 60 }),
    group: fc.boolean(),
  })
  .map(({ selectors, measure, comparator, count, percent, group }) => {
    const sel =
      measure === 'share'
        ? selectors.map((s) => ({ ...s, kinds: s.kinds.filter((k) => k !== 'late') })).filter((s) => s.kinds.length > 0)
        : selectors;
    const lessonOnly = group && measure !== 'share';
    const threshold = measure === 'share' ? percent : count;
    return {
      count: lessonOnly ? [{ kinds: ['lesson'] }] : sel.length > 0 ? sel : [{ kinds: ['day'] }],
      measure,
      comparator,
      threshold: comparator === '>=' && threshold === 0 ? 1 : threshold,
      ...(lessonOnly ? { groupBy: 'subject' } : {}),
    };
  });
const windowArb = fc.oneof(
  fc.integer({ min: 1, max: 120 }).map((days) => ({ type: 'days', days })),
  fc.constant({ type: 'rollingMonth' }),
  fc.constant({ type: 'month' }),
  fc.constant({ type: 'semester' }),
);
const ruleArb = fc
  .record({ window: windowArb, conditions: fc.array(conditionArb, { minLength: 1, maxLength: 2 }) })
  .map(({ window, conditions }) => {
    const parsed = parseProfile(
      {
        id: 'tilfeldig',
        name: 'Tilfeldig',
        source: 'test',
        rules: [
          {
            id: 'r',
            kind: 'events',
            title: 'Tilfeldig regel',
            severity: 'low',
            action: 'Ingen.',
            source: 'test',
            window,
            conditions,
          },
        ],
      },
      'tilfeldig.json',
    );
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return parsed.profile;
  });

function engineFor(cal: NaiveCalendar, profile: Profile, events: AbsenceEvent[]) {
  const parsedCal = parseSchoolCalendar({
    schoolYear: `${cal.firstDay.slice(0, 4)}-${Number(cal.firstDay.slice(0, 4)) + 1}`,
    ...cal,
  });
  if (!parsedCal.ok) throw new Error(parsedCal.errors.join('\n'));
  const calendar = compileCalendar(parsedCal.calendar);
  return { calendar, compiled: compileProfile(profile, calendar), store: buildEventStore(events, calendar, ['e1']) };
}

const shipped = [saltdalJson, jevnakerJson, kearneyJson, hardangerJson].map((json) => {
  const parsed = parseProfile(json, 'profil');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
});

describe('engine agrees with a naive evaluator', () => {
  it('has the same school days as the hand-copied holiday table', () => {
    fc.assert(
      fc.property(calendarArb, (cal) => {
        const { calendar } = engineFor(cal, shipped[0]!, []);
        const naive = naiveSchoolDays(cal);
        expect([...calendar.days].map((d) => new Date(d * 86400000).toISOString().slice(0, 10))).toEqual([
          ...naive.keys(),
        ]);
        expect([...calendar.lessons]).toEqual([...naive.values()]);
      }),
      { numRuns: 60 },
    );
  });

  it('on random rules, histories, calendars and dates: same verdict and evidence', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.array(rawEventArb, { maxLength: 40 }),
        ruleArb,
        fc.integer({ min: -15, max: 320 }),
        (cal, raw, profile, offset) => {
          const schoolDays = naiveSchoolDays(cal);
          const events = toEvents(raw, schoolDays);
          const asOf = addDays(cal.firstDay, offset);
          const { calendar, compiled, store } = engineFor(cal, profile, events);
          const rule = profile.rules[0] as EventRule;
          const alert = evaluateRule(compiled.rules[0]!, calendar, store, 0, parseIsoDate(asOf)!);
          const naive = naiveEvaluate(rule, cal, schoolDays, events, asOf);
          expect(alert !== null).toBe(naive.holds);
          expect(alert?.evidence ?? []).toEqual(naive.evidence);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on random rules: replayed episodes equal day-by-day naive evaluation', () => {
    fc.assert(
      fc.property(calendarArb, fc.array(rawEventArb, { maxLength: 40 }), ruleArb, (cal, raw, profile) => {
        const schoolDays = naiveSchoolDays(cal);
        const events = toEvents(raw, schoolDays);
        const { compiled, store } = engineFor(cal, profile, events);
        const episodes = new Replayer(compiled).episodes(store, 0).map((e) => `${e.start}..${e.end}`);
        expect(episodes).toEqual(naiveEpisodes(profile.rules[0] as EventRule, cal, schoolDays, events));
      }),
      { numRuns: 150 },
    );
  });

  it('on random rules: a replay up to a day sees the episodes the days so far give, open or closed', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.array(rawEventArb, { maxLength: 40 }),
        ruleArb,
        fc.nat({ max: 80 }),
        (cal, raw, profile, cut) => {
          const schoolDays = naiveSchoolDays(cal);
          const events = toEvents(raw, schoolDays);
          const { compiled, store } = engineFor(cal, profile, events);
          const last = Math.min(cut, schoolDays.size - 1);
          const sofar = new Map([...schoolDays].slice(0, last + 1));
          const lastDay = [...sofar.keys()].at(-1);
          const episodes = new Replayer(compiled)
            .episodes(store, 0, 0, last)
            .map((e) => `${e.start}..${e.end}${e.stopsOn ? ' slutt' : ''}`);
          const naive = naiveEpisodes(profile.rules[0] as EventRule, cal, sofar, events).map((e) =>
            e.endsWith(`..${lastDay}`) ? e : `${e} slutt`,
          );
          expect(episodes).toEqual(naive);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on the shipped profiles: same episodes for every rule', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.array(rawEventArb, { maxLength: 50 }),
        fc.constantFrom(...shipped),
        (cal, raw, profile) => {
          const schoolDays = naiveSchoolDays(cal);
          const events = toEvents(raw, schoolDays);
          const { compiled, store } = engineFor(cal, profile, events);
          const replayer = new Replayer(compiled);
          const engine = replayer.episodes(store, 0).map((e) => `${e.ruleId} ${e.start}..${e.end}`);
          const naive = profile.rules
            .filter((r): r is EventRule => r.kind === 'events')
            .flatMap((r) => naiveEpisodes(r, cal, schoolDays, events).map((s) => `${r.id} ${s}`));
          expect(engine).toEqual(naive);
        },
      ),
      { numRuns: 60 },
    );
  });
});
