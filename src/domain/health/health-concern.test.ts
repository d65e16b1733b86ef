import { describe, expect, it } from 'vitest';
import { ageOn, checkBasis } from './health-concern';

describe('ageOn', () => {
  it.each([
    ['2010-05-10', '2026-05-09', 15],
    ['2010-05-10', '2026-05-10', 16],
    ['2010-05-10', '2026-12-07', 16],
    ['2010-12-08', '2026-12-07', 15],
    ['2008-02-29', '2024-02-28', 15],
    ['2008-02-29', '2024-02-29', 16],
    ['2008-02-29', '2025-03-01', 17],
  ])('born %s is on %s %i years old', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe('checkBasis', () => {
  const today = '2026-12-07';
  it.each([
    ['no basis', { basis: null, consentOn: today, consentBy: 'Kari' }, '2012-01-01', 'basis'],
    ['no date', { basis: 'guardians' as const, consentOn: null, consentBy: 'Kari' }, '2012-01-01', 'consentOn'],
    [
      'a date that is not one',
      { basis: 'guardians' as const, consentOn: '2026-02-30', consentBy: 'K' },
      '2012-01-01',
      'consentOn',
    ],
    [
      'a date after today',
      { basis: 'guardians' as const, consentOn: '2026-12-08', consentBy: 'K' },
      '2012-01-01',
      'consentOn',
    ],
    [
      'the guardians without a name',
      { basis: 'guardians' as const, consentOn: today, consentBy: '  ' },
      '2012-01-01',
      'consentBy',
    ],
    ['the pupil at 15', { basis: 'pupil' as const, consentOn: today, consentBy: null }, '2010-12-08', 'basis'],
  ])('refuses %s, naming the field', (_, input, birth, field) => {
    const problem = checkBasis(input, birth, today);
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(/[a-zæøå]/);
  });

  it.each([
    [
      'the guardians for a child of 10',
      { basis: 'guardians' as const, consentOn: today, consentBy: 'Kari Nordmann' },
      '2016-03-01',
    ],
    ['the pupil on the 16th birthday', { basis: 'pupil' as const, consentOn: today, consentBy: null }, '2010-12-07'],
    ['the pupil at 17', { basis: 'pupil' as const, consentOn: '2026-11-01', consentBy: null }, '2009-01-01'],
  ])('accepts %s', (_, input, birth) => {
    expect(checkBasis(input, birth, today)).toBeNull();
  });

  it('counts the age on the day the consent was given, not today', () => {
    expect(checkBasis({ basis: 'pupil', consentOn: '2026-12-01', consentBy: null }, '2010-12-05', today)?.field).toBe(
      'basis',
    );
  });
});
