import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNationalId,
  completeNationalId,
  hasValidControlDigits,
  isSyntheticNationalId,
  syntheticNationalId,
  type K1Remainder,
  type NationalIdKind,
} from './national-id';

// Only synthetic numbers (month + 80) are written out in this file. Numbers of the other kinds are
// built from parts with computed control digits, so no real person's number is ever in the repository.

const demo = { allowSynthetic: true };
const production = { allowSynthetic: false };

const pad = (n: number) => String(n).padStart(2, '0');

/** Nine leading digits for a kind, from a date and an individual number. */
function nine(kind: NationalIdKind, day: number, month: number, yy: number, individual: number): string {
  const d = kind === 'dnr' ? day + 40 : day;
  const m = kind === 'hnr' ? month + 40 : kind === 'synthetic' ? month + 80 : month;
  return `${pad(d)}${pad(m)}${pad(yy)}${String(individual).padStart(3, '0')}`;
}

/** The first complete number at or after `individual`, for tests that need one of a kind. */
function build(
  kind: NationalIdKind,
  day: number,
  month: number,
  yy: number,
  individual = 500,
  remainder: K1Remainder = 0,
): string {
  for (let i = 0; i < 1000; i++) {
    const id = completeNationalId(nine(kind, day, month, yy, (individual + i) % 1000), remainder);
    if (id) return id;
  }
  throw new Error('no number');
}

/** The textbook classic formula (k = 11 − sum mod 11, 11 → 0, 10 → none), written independently. */
function textbookClassic(nineDigits: string): string | null {
  const d = [...nineDigits].map(Number) as [number, number, number, number, number, number, number, number, number];
  const k = (sum: number) => (11 - (sum % 11)) % 11;
  const k1 = k(3 * d[0] + 7 * d[1] + 6 * d[2] + 1 * d[3] + 8 * d[4] + 9 * d[5] + 4 * d[6] + 5 * d[7] + 2 * d[8]);
  if (k1 === 10) return null;
  const k2 = k(
    5 * d[0] + 4 * d[1] + 3 * d[2] + 2 * d[3] + 7 * d[4] + 6 * d[5] + 5 * d[6] + 4 * d[7] + 3 * d[8] + 2 * k1,
  );
  if (k2 === 10) return null;
  return `${nineDigits}${k1}${k2}`;
}

describe('checkNationalId: synthetic examples', () => {
  it.each([
    ['15831250752', 'classic'],
    ['02911450189', 'classic'],
    ['31921650356', 'classic'],
  ])('%s is a valid synthetic number (%s rule)', (id, rule) => {
    expect(checkNationalId(id, demo)).toEqual({ ok: true, value: id, kind: 'synthetic', controlRule: rule });
  });

  it('ignores spaces', () => {
    expect(checkNationalId(' 158312 50752 ', demo)).toMatchObject({ ok: true, value: '15831250752' });
  });

  it('a synthetic D-number (day + 40, month + 80) is synthetic', () => {
    const id = build('synthetic', 41, 3, 12);
    expect(checkNationalId(id, demo)).toMatchObject({ ok: true, kind: 'synthetic' });
  });
});

describe('checkNationalId: the rule from 2032 (k1 may take four values)', () => {
  // Skatteetaten's worked example (02.01.2032, individual digits 999) moved to the synthetic range:
  // the same date and individual digits, month + 80. Remainders 0–3 of the first control sum.
  it.each([
    ['02813299952', 'classic'],
    ['02813299960', '2032'],
    ['02813299979', '2032'],
    ['02813299987', '2032'],
    ['30818299938', 'classic'],
    ['30818299946', '2032'],
    ['30818299954', '2032'],
    ['30818299962', '2032'],
  ])('%s is valid under the %s rule', (id, rule) => {
    expect(checkNationalId(id, demo)).toMatchObject({ ok: true, kind: 'synthetic', controlRule: rule });
  });

  it('builds exactly these four from the nine leading digits', () => {
    expect(([0, 1, 2, 3] as const).map((r) => completeNationalId('028132999', r))).toEqual([
      '02813299952',
      '02813299960',
      '02813299979',
      '02813299987',
    ]);
  });

  it('drops a remainder whose first control digit would be 10', () => {
    expect(([0, 1, 2, 3] as const).map((r) => completeNationalId('418610520', r))).toEqual([
      null,
      null,
      '41861052018',
      '41861052026',
    ]);
  });

  it('a remainder of 4 is not accepted, even with a matching second control digit', () => {
    // For 028132999 remainder r gives k1 = 5 + r, so remainder 4 is k1 = 9; k2 is computed for it.
    const digits = [...'0281329999'].map(Number);
    const k2 = (11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * digits[i]!, 0) % 11)) % 11;
    expect(k2).toBeLessThan(10);
    expect(checkNationalId(`0281329999${k2}`, demo)).toMatchObject({ ok: false, problem: 'control' });
  });
});

describe('checkNationalId: kinds built from parts', () => {
  it.each<[NationalIdKind, number, number, number]>([
    ['fnr', 15, 3, 12],
    ['fnr', 31, 12, 99],
    ['fnr', 29, 2, 12],
    ['fnr', 29, 2, 0],
    ['dnr', 1, 1, 14],
    ['dnr', 31, 7, 85],
    ['hnr', 10, 6, 13],
    ['synthetic', 28, 2, 13],
  ])('%s for day %i, month %i, year %i', (kind, day, month, yy) => {
    for (const r of [0, 1, 2, 3] as const) {
      const id = build(kind, day, month, yy, 500, r);
      expect(checkNationalId(id, demo)).toEqual({
        ok: true,
        value: id,
        kind,
        controlRule: r === 0 ? 'classic' : '2032',
      });
    }
  });
});

describe('checkNationalId: Norwegian reasons', () => {
  it.each([
    ['1583125075', 'length', 'må ha 11 sifre, ikke 10'],
    ['158312507521', 'length', 'må ha 11 sifre, ikke 12'],
    ['', 'length', 'mangler'],
    ['1583125075a', 'digits', 'kan bare inneholde sifre'],
    ['158312-50752', 'digits', 'kan bare inneholde sifre'],
    ['15831250753', 'control', 'kontrollsifferet stemmer ikke'],
    ['15831250762', 'control', 'kontrollsifferet stemmer ikke'],
  ])('%j: %s', (id, problem, reason) => {
    expect(checkNationalId(id, demo)).toEqual({ ok: false, problem, reason });
  });

  it.each([
    ['30 February', nine('synthetic', 30, 2, 12, 500)],
    ['29 February in a year no century makes leap', nine('synthetic', 29, 2, 13, 500)],
    ['31 April', nine('fnr', 31, 4, 12, 500)],
    ['day 00', nine('fnr', 0, 4, 12, 500)],
    ['month 00', nine('fnr', 10, 0, 12, 500)],
    ['month 13', nine('fnr', 10, 13, 12, 500)],
    ['month + 65 (not a documented range)', nine('fnr', 10, 66, 12, 500)],
    ['a D-number with an H-number month', `${pad(50)}${pad(46)}12500`],
    ['day + 40 beyond 31', `${pad(72)}${pad(1)}12500`],
  ])('%s is an impossible date', (_name, prefix) => {
    const id = ([0, 1, 2, 3] as const).map((r) => completeNationalId(prefix, r)).find((x) => x !== null)!;
    expect(checkNationalId(id, demo)).toEqual({
      ok: false,
      problem: 'date',
      reason: 'de seks første sifrene er ikke en mulig dato',
    });
  });

  it('synthetic numbers are refused when not allowed (production)', () => {
    expect(checkNationalId('15831250752', production)).toEqual({
      ok: false,
      problem: 'synthetic-not-allowed',
      reason: 'syntetiske testnumre (måned + 80) godtas bare i demomodus',
    });
    expect(checkNationalId(build('fnr', 15, 3, 12), production)).toMatchObject({ ok: true, kind: 'fnr' });
  });

  it('never returns a birth date or sex', () => {
    const result = checkNationalId('15831250752', demo);
    expect(Object.keys(result).sort()).toEqual(['controlRule', 'kind', 'ok', 'value']);
  });
});

describe('synthetic generator', () => {
  it('makes synthetic numbers with month + 80 that pass the check', () => {
    const id = syntheticNationalId('2012-03-15', 7);
    expect(id).toBe('15831250752');
    expect(isSyntheticNationalId(id)).toBe(true);
  });

  it('a number of another kind is not synthetic', () => {
    expect(isSyntheticNationalId(build('fnr', 15, 3, 12))).toBe(false);
    expect(isSyntheticNationalId(build('hnr', 15, 3, 12))).toBe(false);
  });

  it('every generated number is valid, synthetic and classic', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2039-12-31'), noInvalidDate: true }),
        fc.nat(10_000),
        (date, seed) => {
          const id = syntheticNationalId(date.toISOString().slice(0, 10), seed);
          const check = checkNationalId(id, demo);
          return (
            check.ok &&
            check.kind === 'synthetic' &&
            check.controlRule === 'classic' &&
            id.slice(0, 2) === date.toISOString().slice(8, 10)
          );
        },
      ),
    );
  });
});

describe('properties', () => {
  const kinds = fc.constantFrom<NationalIdKind>('fnr', 'dnr', 'hnr', 'synthetic');
  // Days 1–28 exist in every month of every year.
  const parts = fc.record({
    kind: kinds,
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    yy: fc.integer({ min: 0, max: 99 }),
    individual: fc.integer({ min: 0, max: 999 }),
    remainder: fc.constantFrom<K1Remainder>(0, 1, 2, 3),
  });
  const validNumber = parts
    .map((p) => ({ ...p, id: completeNationalId(nine(p.kind, p.day, p.month, p.yy, p.individual), p.remainder) }))
    .filter((p): p is typeof p & { id: string } => p.id !== null);
  const nineDigits = fc.stringMatching(/^\d{9}$/);

  it('generated valid numbers validate as their kind and rule', () => {
    fc.assert(
      fc.property(validNumber, ({ id, kind, remainder }) => {
        expect(checkNationalId(id, demo)).toEqual({
          ok: true,
          value: id,
          kind,
          controlRule: remainder === 0 ? 'classic' : '2032',
        });
      }),
    );
  });

  it('the classic completion matches the textbook formula', () => {
    fc.assert(fc.property(nineDigits, (n) => completeNationalId(n, 0) === textbookClassic(n)));
  });

  it('any single-digit change invalidates the control digits (classic and 2032 alike, through k2)', () => {
    fc.assert(
      fc.property(
        validNumber,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        ({ id }, pos, delta) => {
          const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
          expect(hasValidControlDigits(changed)).toBe(false);
          expect(checkNationalId(changed, demo).ok).toBe(false);
        },
      ),
    );
  });

  it('under the classic rule nine digits have at most one completion; under 2032 at most four', () => {
    fc.assert(
      fc.property(nineDigits, (n) => {
        const all = Array.from({ length: 100 }, (_, i) => `${n}${String(i).padStart(2, '0')}`).filter(
          hasValidControlDigits,
        );
        const expected = ([0, 1, 2, 3] as const)
          .map((r) => completeNationalId(n, r))
          .filter((x): x is string => x !== null);
        expect(all).toEqual([...expected].sort());
        expect(all.length).toBeLessThanOrEqual(4);
        expect(all.filter((id) => completeNationalId(n, 0) === id).length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('synthetic numbers are refused without allowSynthetic, other kinds are not affected', () => {
    fc.assert(
      fc.property(validNumber, ({ id, kind }) => {
        expect(checkNationalId(id, production).ok).toBe(kind !== 'synthetic');
      }),
    );
  });

  it('anything that is not 11 digits is refused with a reason', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (s) => {
        fc.pre(!/^\s*(\d\s*){11}$/.test(s));
        const check = checkNationalId(s, demo);
        expect(check.ok).toBe(false);
        if (!check.ok) expect(['length', 'digits']).toContain(check.problem);
      }),
    );
  });
});
