import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../calendar/dates';
import { compileProfile } from './engine';
import { EPISODE_MERGE_GAP, Replayer } from './episodes';
import { buildEventStore } from './event-store';
import { parseProfile } from './profile-schema';
import type { RuleWindow } from './profile-schema';
import { days, testCalendar } from './testing';

// Episodes of a rolling rule that stop and start again within a school week are one (decision 021).
// The rules here hold exactly on the days the pupil is away (a one-day window, or the calendar month
// from the first absence), so the gaps between runs are plain to see.

const CAL = testCalendar();

function awayRule(window: RuleWindow) {
  const parsed = parseProfile(
    {
      id: 'test',
      name: 'Test',
      source: 'test',
      rules: [
        {
          id: 'borte',
          kind: 'events',
          title: 'Borte',
          severity: 'low',
          action: 'Ingen.',
          source: 'test',
          window,
          conditions: [{ count: { kinds: ['day'] }, measure: 'schoolDays', comparator: '>=', threshold: 1 }],
        },
      ],
    },
    'test.json',
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return compileProfile(parsed.profile, CAL);
}

function episodes(window: RuleWindow, dates: string[], upTo?: string) {
  const store = buildEventStore(days(dates), CAL, ['e1']);
  const last = upTo ? CAL.indexOf(parseIsoDate(upTo)!) : CAL.days.length - 1;
  return new Replayer(awayRule(window))
    .episodes(store, 0, 0, last)
    .map((e) => `${e.start}..${e.end}${e.stopsOn ? ` (slutt ${e.stopsOn})` : ' (åpen)'}`);
}

const ONE_DAY: RuleWindow = { type: 'days', days: 1 };

describe('episodes of a rolling rule join across short gaps', () => {
  it('joins at most a school week', () => {
    expect(EPISODE_MERGE_GAP).toBe(5);
  });

  it.each([
    {
      name: 'Monday and the next Monday: four school days between, one episode',
      dates: ['2025-09-01', '2025-09-08'],
      found: ['2025-09-01..2025-09-08 (slutt 2025-09-09)'],
    },
    {
      name: 'five school days between (Monday to Tuesday a week later): still one',
      dates: ['2025-09-01', '2025-09-09'],
      found: ['2025-09-01..2025-09-09 (slutt 2025-09-10)'],
    },
    {
      name: 'six school days between: two episodes',
      dates: ['2025-09-01', '2025-09-10'],
      found: ['2025-09-01..2025-09-01 (slutt 2025-09-02)', '2025-09-10..2025-09-10 (slutt 2025-09-11)'],
    },
    {
      name: 'the autumn break is no gap: 22.9. and 7.10. are five school days apart',
      dates: ['2025-09-22', '2025-10-07'],
      found: ['2025-09-22..2025-10-07 (slutt 2025-10-08)'],
    },
    {
      name: 'three runs chained by short gaps are one episode',
      dates: ['2025-11-03', '2025-11-07', '2025-11-12', '2025-11-18'],
      found: ['2025-11-03..2025-11-18 (slutt 2025-11-19)'],
    },
    {
      name: 'still holding on the last day of the year: open',
      dates: ['2026-06-12', '2026-06-19'],
      found: ['2026-06-12..2026-06-19 (åpen)'],
    },
  ])('$name', ({ dates, found }) => {
    expect(episodes(ONE_DAY, dates)).toEqual(found);
  });

  it('the same holds for the rolling month', () => {
    // A day away on 6.10. holds to 5.11. (the window as of 6.11. starts 7.10.); 10.11. is two school days later.
    expect(episodes({ type: 'rollingMonth' }, ['2025-10-06', '2025-11-10'])).toEqual([
      '2025-10-06..2025-12-09 (slutt 2025-12-10)',
    ]);
    // 14.11. is six school days after 5.11.: a new episode.
    expect(episodes({ type: 'rollingMonth' }, ['2025-10-06', '2025-11-14'])).toEqual([
      '2025-10-06..2025-11-05 (slutt 2025-11-06)',
      '2025-11-14..2025-12-12 (slutt 2025-12-15)',
    ]);
  });

  it('never joins calendar-month episodes: a new month is a real reset', () => {
    // 28.11. holds to the end of November; 2.12. starts December's own episode, one school day later.
    expect(episodes({ type: 'month' }, ['2025-11-28', '2025-12-02'])).toEqual([
      '2025-11-28..2025-11-28 (slutt 2025-12-01)',
      '2025-12-02..2025-12-19 (slutt 2026-01-05)',
    ]);
  });

  it('keeps the start of an episode as the days go by: closed while it does not hold, the same episode again when it does', () => {
    expect(episodes(ONE_DAY, ['2025-09-01', '2025-09-08'], '2025-09-04')).toEqual([
      '2025-09-01..2025-09-01 (slutt 2025-09-02)',
    ]);
    expect(episodes(ONE_DAY, ['2025-09-01', '2025-09-08'], '2025-09-08')).toEqual(['2025-09-01..2025-09-08 (åpen)']);
  });
});
