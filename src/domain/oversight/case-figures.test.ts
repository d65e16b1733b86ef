import { describe, expect, it } from 'vitest';
import {
  caseFigures,
  concernEpisodes,
  evaluationsOf,
  levelInPeriod,
  monthsOf,
  nearestRank,
  type CaseStep,
  type FigureCase,
} from './case-figures';

const step = (
  on: string,
  type: string,
  level: number,
  evaluationDue: string | null,
  extra: Partial<CaseStep> = {},
): CaseStep => ({ on, type, level, evaluationDue, status: 'open', ...extra });

describe('percentiles by nearest rank', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.5, 7],
    [[7], 0.8, 7],
    [[3, 0], 0.5, 0],
    [[3, 0], 0.8, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.8, 8],
    [[4, 1, 9, 2, 2], 0.5, 2],
    [[4, 1, 9, 2, 2], 0.8, 4],
  ])('%j at %d is %j', (values, p, expected) => {
    expect(nearestRank(values, p)).toBe(expected);
  });
});

describe('the months of a range', () => {
  it('cuts the first and last month to the range', () => {
    expect(monthsOf({ from: '2026-08-17', to: '2026-10-20' })).toEqual([
      { month: '2026-08', from: '2026-08-17', to: '2026-08-31' },
      { month: '2026-09', from: '2026-09-01', to: '2026-09-30' },
      { month: '2026-10', from: '2026-10-01', to: '2026-10-20' },
    ]);
    expect(monthsOf({ from: '2026-12-10', to: '2027-01-05' }).map((m) => m.month)).toEqual(['2026-12', '2027-01']);
  });
});

describe('a case’s steps', () => {
  const steps = [
    step('2026-09-15', 'open', 0, '2026-10-06'),
    step('2026-10-06', 'evaluate', 0, '2026-10-27', { outcome: 'better' }),
    step('2026-10-08', 'escalate', 1, '2026-10-29'),
    step('2026-10-30', 'evaluate', 1, '2026-11-20', { outcome: 'more-needed' }),
    step('2026-11-02', 'close', 1, null, { status: 'closed' }),
  ];
  it('judges each evaluation against the date the case had before it', () => {
    expect(evaluationsOf(steps)).toEqual([
      { on: '2026-10-06', dueOn: '2026-10-06', outcome: 'better', onTime: true },
      { on: '2026-10-30', dueOn: '2026-10-29', outcome: 'more-needed', onTime: false },
    ]);
  });
  it.each([
    ['before it was opened', '2026-09-01', '2026-09-14', null],
    ['opened in the period', '2026-09-01', '2026-09-30', 0],
    ['moved up in the period: the last open day’s level', '2026-10-01', '2026-10-31', 1],
    ['closed in the period: the level it was closed at', '2026-11-01', '2026-11-30', 1],
    ['after it was closed', '2026-11-03', '2026-11-30', null],
  ])('has a level in a period: %s', (_what, from, to, level) => {
    expect(levelInPeriod(steps, { from, to })).toBe(level);
  });
});

describe('concerns as episodes', () => {
  it('joins a pupil’s alerts on overlapping days, an open end being today', () => {
    const episodes = concernEpisodes(
      [
        { pupilId: 'p1', startedOn: '2026-09-07', endedOn: '2026-09-11' },
        { pupilId: 'p1', startedOn: '2026-09-10', endedOn: null },
        { pupilId: 'p2', startedOn: '2026-09-14', endedOn: '2026-09-18' },
        { pupilId: 'p2', startedOn: '2026-10-05', endedOn: '2026-10-09' },
      ],
      '2026-10-20',
    );
    expect(episodes.sort((a, b) => a.from.localeCompare(b.from))).toEqual([
      { pupilId: 'p1', from: '2026-09-07', to: '2026-10-20' },
      { pupilId: 'p2', from: '2026-09-14', to: '2026-09-18' },
      { pupilId: 'p2', from: '2026-10-05', to: '2026-10-09' },
    ]);
  });
});

describe('a school’s case figures, counted by hand', () => {
  // Today Tuesday 20 October 2026; the school year so far from 1 September (two months).
  const today = '2026-10-20';
  const cases: FigureCase[] = [
    // p1: a case eight days after the concern began; evaluated on its date, then moved up a level.
    {
      pupilId: 'p1',
      openedOn: '2026-09-15',
      status: 'open',
      evaluationDue: '2026-10-29',
      steps: [
        step('2026-09-15', 'open', 0, '2026-10-06'),
        step('2026-10-06', 'evaluate', 0, '2026-10-27', { outcome: 'better' }),
        step('2026-10-08', 'escalate', 1, '2026-10-29'),
      ],
    },
    // p2: a case from before the school year; evaluated four days late, more needed; overdue now.
    {
      pupilId: 'p2',
      openedOn: '2026-08-20',
      status: 'open',
      evaluationDue: '2026-10-05',
      steps: [
        step('2026-08-20', 'open', 1, '2026-09-10'),
        step('2026-09-14', 'evaluate', 2, '2026-10-05', { outcome: 'more-needed' }),
      ],
    },
    // p4: no concern; a case opened and closed in October.
    {
      pupilId: 'p4',
      openedOn: '2026-10-01',
      status: 'closed',
      evaluationDue: null,
      steps: [step('2026-10-01', 'open', 0, '2026-10-22'), step('2026-10-10', 'close', 0, null, { status: 'closed' })],
    },
  ];
  const figures = caseFigures(
    {
      alerts: [
        { pupilId: 'p1', startedOn: '2026-09-07', endedOn: '2026-09-11' },
        { pupilId: 'p1', startedOn: '2026-09-10', endedOn: null },
        { pupilId: 'p2', startedOn: '2026-09-14', endedOn: '2026-09-18' },
        { pupilId: 'p2', startedOn: '2026-10-05', endedOn: '2026-10-09' },
        { pupilId: 'p3', startedOn: '2026-10-12', endedOn: null },
      ],
      contacts: [
        // Before p1's concern: not a contact about it.
        { pupilId: 'p1', on: '2026-09-03' },
        { pupilId: 'p1', on: '2026-09-10' },
        { pupilId: 'p1', on: '2026-09-25' },
        { pupilId: 'p2', on: '2026-09-14' },
      ],
      cases,
      referrals: [
        { service: 'ppt', sentOn: '2026-09-20' },
        { service: 'ppt', sentOn: '2026-10-10' },
        { service: 'bup', sentOn: '2026-10-19' },
      ],
    },
    { from: '2026-09-01', to: today },
    today,
  );
  const [september, october] = figures.months;
  const none = { count: 0, median: null, p80: null, longest: null };

  it.each([
    ['September', () => september!.pupilsWithConcern, 2],
    ['October (p1 still, p2 again, p3)', () => october!.pupilsWithConcern, 3],
    ['the year', () => figures.year.pupilsWithConcern, 3],
    ['concerns begun in September', () => september!.concernsBegun, 2],
    ['concerns begun in October', () => october!.concernsBegun, 2],
  ])('counts pupils with a concern and concerns begun: %s', (_what, get, expected) => {
    expect(get()).toBe(expected);
  });

  it('counts cases by level, new in the period or ongoing', () => {
    const byLevel = (levels: { level: number; new: number; ongoing: number }[]) =>
      levels.filter((l) => l.new + l.ongoing > 0);
    expect(byLevel(september!.casesByLevel)).toEqual([
      { level: 0, new: 1, ongoing: 0 },
      { level: 2, new: 0, ongoing: 1 },
    ]);
    expect(byLevel(october!.casesByLevel)).toEqual([
      { level: 0, new: 1, ongoing: 0 },
      { level: 1, new: 0, ongoing: 1 },
      { level: 2, new: 0, ongoing: 1 },
    ]);
    expect(byLevel(figures.year.casesByLevel)).toEqual([
      { level: 0, new: 1, ongoing: 0 },
      { level: 1, new: 1, ongoing: 0 },
      { level: 2, new: 0, ongoing: 1 },
    ]);
  });

  it('counts the days to the first contact, and the concerns still waiting for one with their age', () => {
    // p1: 7 → 10 September, 3 days; p2: the same day, 0.
    expect(september!.toContact).toEqual({ count: 2, median: 0, p80: 3, longest: 3 });
    expect(september!.waitingForContact).toEqual(none);
    // p2's second concern (5 October) and p3's (12 October): no contact since, 15 and 8 days old.
    expect(october!.toContact).toEqual(none);
    expect(october!.waitingForContact).toEqual({ count: 2, median: 8, p80: 15, longest: 15 });
  });

  it('counts the days to an opened case, leaving out concerns of a pupil whose case was already open', () => {
    expect(september!.toCase).toEqual({ count: 1, median: 8, p80: 8, longest: 8 });
    expect(october!.toCase).toEqual(none);
    expect(figures.year.toCase.count).toBe(1);
  });

  it('counts evaluations on time and late with their outcomes, and the overdue ones today', () => {
    expect(september!.evaluations).toEqual({ onTime: 0, late: 1 });
    expect(september!.outcomes).toEqual({ solved: 0, better: 0, moreNeeded: 1 });
    expect(october!.evaluations).toEqual({ onTime: 1, late: 0 });
    expect(october!.outcomes).toEqual({ solved: 0, better: 1, moreNeeded: 0 });
    expect(figures.overdueEvaluations).toBe(1);
  });

  it('counts the referrals waiting per service, with the median and longest wait in days', () => {
    const waiting = figures.referralsWaiting.filter((r) => r.count > 0);
    expect(waiting).toEqual([
      { service: 'ppt', count: 2, median: 10, p80: 30, longest: 30 },
      { service: 'bup', count: 1, median: 1, p80: 1, longest: 1 },
    ]);
  });
});
