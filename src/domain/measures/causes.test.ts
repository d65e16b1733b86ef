import { describe, expect, it } from 'vitest';
import { CAUSE_CARDS, CAUSE_DETAILS, causeSlug, resolveCause } from './causes';

describe('the årsakskartlegging codes', () => {
  it('never share a code or a label between cards and utdypinger', () => {
    const slugs = [...Object.keys(CAUSE_CARDS), ...Object.values(CAUSE_CARDS).map(causeSlug)];
    expect(
      [...Object.keys(CAUSE_DETAILS), ...Object.values(CAUSE_DETAILS).map((d) => causeSlug(d.label))].filter((s) =>
        slugs.includes(s),
      ),
    ).toEqual([]);
  });

  it('has the eleven cards of 001', () => {
    expect(Object.values(CAUSE_CARDS)).toEqual([
      'Noe på skolen kjennes vanskelig',
      'Fysisk syk',
      'Engstelig',
      'Redd',
      'Trist / lei seg',
      'Henger langt etter faglig',
      'Noe annet?',
      'Stress',
      'Venner',
      'Problemer hjemme',
      'Søvnproblemer',
    ]);
  });

  it.each([
    ['Gym – skifte i garderobe', { kind: 'detail', code: 'gym-skifte-i-garderobe', label: 'Gym – skifte i garderobe' }],
    ['gym-skifte-i-garderobe', { kind: 'detail', code: 'gym-skifte-i-garderobe', label: 'Gym – skifte i garderobe' }],
    [
      'Noe på skolen kjennes vanskelig',
      { kind: 'card', code: 'noe-pa-skolen', label: 'Noe på skolen kjennes vanskelig' },
    ],
    ['SØVNPROBLEMER', { kind: 'card', code: 'sovnproblemer', label: 'Søvnproblemer' }],
    [
      'Forlate mor/far om morgenen',
      { kind: 'detail', code: 'forlate-mor-far-om-morgenen', label: 'Forlate mor/far om morgenen' },
    ],
    ['sint', null],
  ])('resolves «%s»', (input, expected) => {
    expect(resolveCause(input)).toEqual(expected);
  });
});
