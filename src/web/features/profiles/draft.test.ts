import { describe, expect, it } from 'vitest';
import { freshId, getIn, parseNumber, problemAt, problemsByPath, removeAt, setIn } from './draft';

describe('the rule editor draft', () => {
  const profile = { id: 'p', rules: [{ id: 'a', conditions: [{ threshold: 3 }] }, { id: 'b' }] };

  it('reads and sets a field by path without touching the original', () => {
    const next = setIn(profile, ['rules', 0, 'conditions', 0, 'threshold'], 4);
    expect(getIn(next, ['rules', 0, 'conditions', 0, 'threshold'])).toBe(4);
    expect(Array.isArray(next.rules)).toBe(true);
    expect(next.rules[1]).toBe(profile.rules[1]);
    expect(getIn(profile, ['rules', 0, 'conditions', 0, 'threshold'])).toBe(3);
    expect(setIn({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 });
    expect(removeAt(profile, ['rules'], 0).rules.map((r) => r.id)).toEqual(['b']);
    expect(getIn(profile, ['rules', 5, 'id'])).toBeUndefined();
  });

  it('puts a problem under its field, or under the field that holds it', () => {
    const problems = problemsByPath([
      { path: ['rules', 0, 'conditions', 0, 'count', 'kinds', 1], message: 'ukjent fraværstype' },
      { path: ['rules', 0, 'title'], message: 'kan ikke være tom' },
      { path: ['rules', 0, 'title'], message: 'en til' },
    ]);
    expect(problemAt(problems, ['rules', 0, 'title'])).toBe('kan ikke være tom');
    expect(problemAt(problems, ['rules', 0, 'conditions', 0, 'count', 'kinds'])).toBe('ukjent fraværstype');
    expect(problemAt(problems, ['rules', 1, 'title'])).toBeUndefined();
    // «rules.1» is not inside «rules.10».
    expect(problemAt({ 'rules.10.title': 'x' }, ['rules', 1])).toBeUndefined();
  });

  it('reads numbers as a Norwegian types them', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' 10 ')).toBe(10);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('ti')).toBeNaN();
    expect(freshId('regel', ['regel-2'])).toBe('regel-3');
    expect(freshId('regel', ['regel-1', 'x'])).toBe('regel-3');
  });
});
