import { describe, expect, it } from 'vitest';
import { causesFromArsakskartlegging } from './mapped-causes';

describe('causes from a filled årsakskartlegging', () => {
  it('takes the cards kept and the utdyping ticked, as the bank’s codes, utdyping first', () => {
    const answers = {
      kort: {
        selected: [{ card: 'engstelig' }, { card: 'noe-pa-skolen' }, { card: 'eget-kort', text: 'Bussen' }],
        elaborations: { fag: [{ option: 'gym-skifte-i-garderobe' }], annet: [{ option: 'ukjent-boks' }] },
      },
      tiltak: 'x',
    };
    expect(causesFromArsakskartlegging(answers)).toEqual({
      cards: ['engstelig', 'noe-pa-skolen'],
      details: ['gym-skifte-i-garderobe'],
      labels: [
        { code: 'gym-skifte-i-garderobe', label: 'Gym – skifte i garderobe' },
        { code: 'engstelig', label: 'Engstelig' },
        { code: 'noe-pa-skolen', label: 'Noe på skolen kjennes vanskelig' },
      ],
    });
  });

  it('finds nothing in an empty or foreign answer', () => {
    expect(causesFromArsakskartlegging({})).toEqual({ cards: [], details: [], labels: [] });
    expect(causesFromArsakskartlegging(null)).toEqual({ cards: [], details: [], labels: [] });
  });
});
