import { describe, expect, it } from 'vitest';
import { compareByName, compareClassNames, formatDate, pupilName } from './format';

describe('formatDate', () => {
  it.each([
    ['2012-03-05', '05.03.2012'],
    ['2010-12-31', '31.12.2010'],
    ['2016-01-01', '01.01.2016'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('leaves anything that is not a plain date alone', () => {
    expect(formatDate('2012-03-05T00:00:00Z')).toBe('2012-03-05T00:00:00Z');
    expect(formatDate('')).toBe('');
  });
});

describe('compareByName', () => {
  const pupil = (id: string, firstName: string, lastName: string) => ({ id, firstName, lastName });

  it('sorts by last name, then first name, in Norwegian order (æ, ø, å after z; "Aa" is "Å")', () => {
    const pupils = [
      pupil('1', 'Åse', 'Østby'),
      pupil('2', 'Ola', 'Aas'),
      pupil('3', 'Kari', 'Ødegård'),
      pupil('4', 'Emil', 'Zahl'),
      pupil('5', 'Anna', 'Ødegård'),
      pupil('6', 'Per', 'Ærø'),
      pupil('7', 'Lise', 'Ås'),
    ];
    expect([...pupils].sort(compareByName).map(pupilName)).toEqual([
      'Zahl, Emil',
      'Ærø, Per',
      'Ødegård, Anna',
      'Ødegård, Kari',
      'Østby, Åse',
      'Ås, Lise',
      'Aas, Ola',
    ]);
  });

  it('is stable for namesakes (by id)', () => {
    expect(compareByName(pupil('a', 'Ola', 'Nordmann'), pupil('b', 'Ola', 'Nordmann'))).toBeLessThan(0);
  });
});

describe('compareClassNames', () => {
  it('puts 2A before 10A', () => {
    expect(['10A', '2B', '2A', '9C'].sort(compareClassNames)).toEqual(['2A', '2B', '9C', '10A']);
  });
});
