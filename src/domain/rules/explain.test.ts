import { describe, expect, it } from 'vitest';
import { explainFacts, observationName, type AlertFacts } from './explain';

// The sentence saying why an alert holds, in each language a reader may read (issue 20): made from the facts
// the alert keeps, so nynorsk and English readers do not get the stored bokmål.
const share: AlertFacts = {
  kind: 'events',
  window: { type: 'semester' },
  from: '2025-08-18',
  to: '2025-09-30',
  schoolDays: 30,
  conditions: [{ measure: 'share', comparator: '>', threshold: 10, value: 13.3, counted: 'any' }],
};
const lessons: AlertFacts = {
  kind: 'events',
  window: { type: 'days', days: 14 },
  from: '2025-09-01',
  to: '2025-09-14',
  schoolDays: 1,
  conditions: [
    { measure: 'events', comparator: '>=', threshold: 2, value: 2, counted: 'lesson', subjects: ['kroppsøving'] },
    { measure: 'events', comparator: '>=', threshold: 1, value: 1, counted: 'late' },
  ],
};
const rollingMonth: AlertFacts = {
  kind: 'events',
  window: { type: 'rollingMonth' },
  from: '2026-01-04',
  to: '2026-02-03',
  schoolDays: 20,
  conditions: [{ measure: 'events', comparator: '>=', threshold: 3, value: 3, counted: 'day' }],
};

describe('explainFacts', () => {
  it('says it in bokmål as the alert has always said it', () => {
    expect(explainFacts('Fravær over 10 %', share, 'nb')).toBe(
      '«Fravær over 10 %»: 13,3 % av skoletiden (grense: mer enn 10 %) i semesteret så langt (18.08.2025–30.09.2025), 30 skoledager.',
    );
    expect(explainFacts('T', lessons, 'nb')).toBe(
      '«T»: 2 timer i kroppsøving (grense: minst 2) og 1 forsentkomming (grense: minst 1) i de siste 14 dagene (01.09.2025–14.09.2025), 1 skoledag.',
    );
    expect(explainFacts('M', rollingMonth, 'nb')).toBe(
      '«M»: 3 hele fraværsdager (grense: minst 3) i løpet av den siste måneden (04.01.–03.02.), 20 skoledager.',
    );
  });

  it('says it in nynorsk', () => {
    expect(explainFacts('Fråvær over 10 %', share, 'nn')).toBe(
      '«Fråvær over 10 %»: 13,3 % av skuletida (grense: meir enn 10 %) i semesteret så langt (18.08.2025–30.09.2025), 30 skuledagar.',
    );
    expect(explainFacts('T', lessons, 'nn')).toBe(
      '«T»: 2 timar i kroppsøving (grense: minst 2) og 1 gong for seint oppmøte (grense: minst 1) i dei siste 14 dagane (01.09.2025–14.09.2025), 1 skuledag.',
    );
    expect(explainFacts('M', rollingMonth, 'nn')).toBe(
      '«M»: 3 heile fråværsdagar (grense: minst 3) i løpet av den siste månaden (04.01.–03.02.), 20 skuledagar.',
    );
  });

  it('says it in English, with English dates and a decimal point', () => {
    expect(explainFacts('Fravær over 10 %', share, 'en')).toBe(
      '«Fravær over 10 %»: 13.3 % of school time (threshold: more than 10 %) in the semester so far (18 Aug 2025–30 Sept 2025), 30 school days.',
    );
    expect(explainFacts('M', rollingMonth, 'en')).toBe(
      '«M»: 3 whole days of absence (threshold: at least 3) in the last month (4 Jan–3 Feb), 20 school days.',
    );
  });

  it('explains an observation in each language', () => {
    const facts: AlertFacts = { kind: 'observation', observedOn: '2026-11-24', observation: 'tegn' };
    expect(explainFacts('Tegn', facts, 'nb')).toBe(
      '«Tegn»: personalet registrerte 24.11.2026 en observasjon av tegn på ufrivillig skolefravær.',
    );
    expect(explainFacts('Teikn', facts, 'nn')).toBe(
      '«Teikn»: personalet registrerte 24.11.2026 ein observasjon av teikn på ufrivillig skulefråvær.',
    );
    expect(explainFacts('Tegn', facts, 'en')).toBe(
      '«Tegn»: staff recorded an observation of signs of involuntary school absence on 24 Nov 2026.',
    );
    expect(observationName('ukjent-art')).toBe('ukjent-art');
  });
});
