import { describe, expect, it } from 'vitest';
import { loadContent } from './load-content';

describe('the shipped transition checklist', () => {
  it('is valid and lists the school-to-school items of 001 Del 2 §12', () => {
    expect(loadContent().transitions.schoolChange.tasks.map((t) => t.id)).toEqual([
      'informasjon',
      'kontakt-i-overgangen',
      'skolebesok',
      'omvisning',
      'oppstartsmote',
      'fadder',
    ]);
  });
});
