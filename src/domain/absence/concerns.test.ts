import { describe, expect, it } from 'vitest';
import { groupConcerns, type ConcernMember } from './concerns';

type A = ConcernMember & { id: string };
const a = (id: string, pupilId: string, startedOn: string, endedOn: string | null, severity = 'medium'): A => ({
  id,
  pupilId,
  startedOn,
  endedOn,
  severity,
});
const ids = (concerns: ReturnType<typeof groupConcerns<A>>) => concerns.map((c) => c.alerts.map((x) => x.id));

describe('groupConcerns', () => {
  it('makes one concern of the rules that fire on overlapping days for one pupil, most severe first', () => {
    const concerns = groupConcerns(
      [
        a('month', 'p', '2026-11-11', null),
        a('late', 'p', '2026-11-12', null, 'low'),
        a('semester', 'p', '2026-11-20', null, 'high'),
      ],
      '2026-11-24',
    );
    expect(ids(concerns)).toEqual([['semester', 'month', 'late']]);
    expect(concerns[0]).toMatchObject({ pupilId: 'p', severity: 'high', latestStart: '2026-11-20' });
  });

  it('keeps episodes on days that do not overlap apart, and joins a chain through a middle one', () => {
    expect(
      ids(groupConcerns([a('sep', 'p', '2026-09-01', '2026-09-10'), a('nov', 'p', '2026-11-02', null)], '2026-11-24')),
    ).toEqual([['nov'], ['sep']]);
    expect(
      ids(
        groupConcerns(
          [
            a('x', 'p', '2026-09-01', '2026-09-10'),
            a('y', 'p', '2026-09-10', '2026-09-20'),
            a('z', 'p', '2026-09-15', '2026-09-16'),
          ],
          '2026-11-24',
        ),
      ),
    ).toEqual([['z', 'y', 'x']]);
  });

  it('never joins two pupils, and lists newest first, then most severe, then by the tie-break', () => {
    const concerns = groupConcerns(
      [
        a('old', 'p1', '2026-10-01', '2026-10-05', 'high'),
        a('newLow', 'p2', '2026-11-20', null, 'low'),
        a('newHigh', 'p3', '2026-11-20', null, 'high'),
        a('newLow2', 'p4', '2026-11-20', null, 'low'),
      ],
      '2026-11-24',
      (x, y) => (x.pupilId < y.pupilId ? 1 : -1),
    );
    expect(ids(concerns)).toEqual([['newHigh'], ['newLow2'], ['newLow'], ['old']]);
  });

  it('gives no concern for no alerts', () => {
    expect(groupConcerns([], '2026-11-24')).toEqual([]);
  });
});
