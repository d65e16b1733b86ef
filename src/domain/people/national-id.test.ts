import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasValidControlDigits, isSyntheticNationalId, syntheticNationalId } from './national-id';

describe('national id', () => {
  it.each([
    // A well-known test number from the public mod-11 description, and variations of it.
    ['01010750160', true],
    ['01010750161', false],
    ['0101075016', false],
    ['0101075016a', false],
  ])('%s has valid control digits: %s', (id, valid) => {
    expect(hasValidControlDigits(id)).toBe(valid);
  });

  it('makes synthetic numbers with month + 80 that pass the check', () => {
    const id = syntheticNationalId('2012-03-15', 7);
    expect(id.slice(0, 6)).toBe('158312');
    expect(isSyntheticNationalId(id)).toBe(true);
  });

  it('a real-range number is not synthetic', () => {
    expect(isSyntheticNationalId('01010750160')).toBe(false);
  });

  it('every generated number is valid and synthetic', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2039-12-31'), noInvalidDate: true }), fc.nat(10_000), (date, seed) => {
        const id = syntheticNationalId(date.toISOString().slice(0, 10), seed);
        return isSyntheticNationalId(id) && id.slice(0, 2) === date.toISOString().slice(8, 10);
      }),
    );
  });
});
