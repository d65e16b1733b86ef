import { describe, expect, it } from 'vitest';
import { appealDeadline, isDeadlineDay, monthFrom } from './appeal-deadline';
import { parseIsoDate } from '../calendar/dates';

describe('appealDeadline: three weeks from receipt, as forvaltningsloven § 29 counts it', () => {
  it.each([
    // received, deadline, why
    ['2026-11-02', '2026-11-23', 'a Monday: three weeks later, the same weekday'],
    ['2026-11-06', '2026-11-27', 'a Friday: the same weekday'],
    ['2026-11-07', '2026-11-30', 'a Saturday: three weeks later is a Saturday, moved to Monday'],
    ['2026-11-08', '2026-11-30', 'a Sunday: three weeks later is a Sunday, moved to Monday'],
    // Easter 2026: Sunday 5 April. Skjærtorsdag 2 April, langfredag 3 April, 2. påskedag 6 April.
    ['2026-03-12', '2026-04-07', 'ends on skjærtorsdag: past langfredag, the weekend and 2. påskedag to Tuesday'],
    ['2026-03-11', '2026-04-01', 'ends the day before skjærtorsdag: it stands'],
    ['2026-03-13', '2026-04-07', 'ends on langfredag: past Easter Saturday, Sunday and 2. påskedag to Tuesday'],
    ['2026-03-16', '2026-04-07', 'ends on 2. påskedag: moved to Tuesday'],
    // 17 May 2027 is a Monday.
    ['2027-04-26', '2027-05-18', 'ends on Grunnlovsdag (Monday 17 May): moved to Tuesday'],
    // 1 May 2026 is a Friday.
    ['2026-04-10', '2026-05-04', 'ends on 1 May (a Friday): past the weekend to Monday'],
    // Christmas 2026: 25 December is a Friday, 26 a Saturday.
    ['2026-12-04', '2026-12-28', 'ends on 1. juledag: past 2. juledag and Sunday to Monday'],
    ['2026-12-03', '2026-12-24', 'ends on Christmas Eve, a Thursday and a working day: it stands'],
    ['2026-12-11', '2027-01-04', 'ends on New Year\u2019s Day (a Friday): moved to Monday'],
    // Kristi himmelfart 2026: Thursday 14 May.
    ['2026-04-23', '2026-05-15', 'ends on Kristi himmelfartsdag: moved to Friday'],
  ])('received %s → deadline %s (%s)', (received, deadline) => {
    expect(appealDeadline(received)).toBe(deadline);
  });

  it('never ends on a day that is not a working day', () => {
    for (let d = parseIsoDate('2026-01-01')!; d < parseIsoDate('2028-01-01')!; d++) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      expect(isDeadlineDay(parseIsoDate(appealDeadline(iso))!)).toBe(true);
    }
  });
});

describe('monthFrom: the month of fvl § 11 a, past weekends and holidays', () => {
  it.each([
    ['2026-11-02', '2026-12-02'],
    ['2026-01-31', '2026-03-02'], // clamped to 28 Feb 2026, a Saturday: moved to Monday
    ['2026-11-25', '2026-12-28'], // 25 Dec: 1. juledag, 26 Saturday, 27 Sunday
  ])('%s → %s', (from, to) => {
    expect(monthFrom(from)).toBe(to);
  });
});
