import { describe, expect, it } from 'vitest';
import { parseProfile, type Profile } from '../rules/profile-schema';
import { day, testCalendar } from '../rules/testing';
import { hadConcern, publishWhatIf, whatIfFrom } from './what-if';

const calendar = testCalendar();

function profile(threshold: number): Profile {
  const parsed = parseProfile(
    {
      id: 'test',
      name: 'Test',
      source: 'test',
      rules: [
        {
          id: 'dager-i-maaneden',
          kind: 'events',
          title: 'Dager i måneden',
          severity: 'medium',
          action: 'Ring hjem',
          source: 'test',
          window: { type: 'month' },
          conditions: [{ count: { kinds: ['day'] }, measure: 'events', comparator: '>=', threshold }],
        },
      ],
    },
    'test.json',
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
}

describe('what-if of a draft profile', () => {
  it('looks back eight weeks, today the last of 56 days', () => {
    expect(whatIfFrom('2026-03-13')).toBe('2026-01-17');
  });

  it('counts a pupil whose episode touches the period, under the draft and the current rules alike', () => {
    // Two days in March 2026: «3 days in a month» does not fire, «2 days» does.
    const events = [day('2026-03-03'), day('2026-03-05')];
    const from = whatIfFrom('2026-03-13');
    expect(hadConcern(profile(3), calendar, events, from, '2026-03-13')).toBe(false);
    expect(hadConcern(profile(2), calendar, events, from, '2026-03-13')).toBe(true);
    // The same episode in November 2025 ended long before the eight weeks.
    const old = [day('2025-11-03'), day('2025-11-05')];
    expect(hadConcern(profile(2), calendar, old, from, '2026-03-13')).toBe(false);
    // Ended 31 January (the month window), inside the eight weeks from 17 January.
    const january = [day('2026-01-20'), day('2026-01-21')];
    expect(hadConcern(profile(2), calendar, january, from, '2026-03-13')).toBe(true);
    expect(hadConcern(profile(2), calendar, [], from, '2026-03-13')).toBe(false);
  });

  it('publishes each column with its total, «under 5» (null) where fewer than five pupils', () => {
    expect(
      publishWhatIf([
        { current: 12, draft: 3 },
        { current: 7, draft: 9 },
        { current: 0, draft: 6 },
      ]),
    ).toEqual({
      rows: [
        { current: 12, draft: null },
        { current: 7, draft: 9 },
        { current: 0, draft: null },
      ],
      // The total 18 minus 9 and 6 would give the 3 back: the smallest partner, 6, is hidden with it.
      total: { current: 19, draft: 18 },
    });
    expect(publishWhatIf([])).toEqual({ rows: [], total: { current: 0, draft: 0 } });
  });
});
