import { describe, expect, it } from 'vitest';
import { SEVEN_H, sevenHHints } from './seven-h';
import { dagsplan } from './testing';

// 004 §4: the seven H-s for day and week plans.

describe('the seven H-s', () => {
  it('are the seven questions of 004 §4, in order', () => {
    expect(SEVEN_H.map((h) => h.question)).toEqual([
      'Hva skal jeg gjøre?',
      'Hvor skal jeg være?',
      'Hvorfor skal jeg gjøre det?',
      'Hvordan skal jeg gjøre det?',
      'Hvem skal jeg gjøre det sammen med?',
      'Hvor lenge skal jeg gjøre det?',
      'Hva skal jeg gjøre etterpå?',
    ]);
  });

  it('give no hint when every row answers all seven', () => {
    expect(sevenHHints(dagsplan())).toEqual([]);
  });

  it('give a Norwegian hint for each H a row leaves open', () => {
    const plan = dagsplan({
      rows: [{ id: 'd1', from: '09:30', where: 'Biblioteket', what: 'Lesing', responsible: '' }],
    });
    expect(sevenHHints(plan)).toEqual([
      {
        path: 'rows[0].why',
        h: 3,
        question: 'Hvorfor skal jeg gjøre det?',
        message:
          'Rad 1 (09:30 Lesing) svarer ikke på «Hvorfor skal jeg gjøre det?»: skriv hvorfor – hensikten eleven kan se med økten.',
      },
      {
        path: 'rows[0].how',
        h: 4,
        question: 'Hvordan skal jeg gjøre det?',
        message:
          'Rad 1 (09:30 Lesing) svarer ikke på «Hvordan skal jeg gjøre det?»: skriv hvordan det skal gjøres, for eksempel oppgaver eller hjelpemidler.',
      },
      {
        path: 'rows[0].withWhom',
        h: 5,
        question: 'Hvem skal jeg gjøre det sammen med?',
        message:
          'Rad 1 (09:30 Lesing) svarer ikke på «Hvem skal jeg gjøre det sammen med?»: skriv hvem eleven skal være sammen med.',
      },
      {
        path: 'rows[0].to',
        h: 6,
        question: 'Hvor lenge skal jeg gjøre det?',
        message: 'Rad 1 (09:30 Lesing) svarer ikke på «Hvor lenge skal jeg gjøre det?»: sett et sluttidspunkt.',
      },
      {
        path: 'rows[0].afterwards',
        h: 7,
        question: 'Hva skal jeg gjøre etterpå?',
        message:
          'Rad 1 (09:30 Lesing) svarer ikke på «Hva skal jeg gjøre etterpå?»: skriv hva eleven skal gjøre etterpå.',
      },
    ]);
  });

  it('take «who with» from the responsible adult, and «afterwards» from the next row', () => {
    const [a, b] = dagsplan().rows;
    const hints = sevenHHints(
      dagsplan({
        rows: [
          { ...a!, withWhom: undefined },
          { ...b!, afterwards: undefined },
        ],
      }),
    );
    expect(hints.map((h) => `${h.path}:${h.h}`)).toEqual(['rows[1].afterwards:7']);
  });
});
