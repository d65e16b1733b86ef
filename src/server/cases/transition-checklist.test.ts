import { describe, expect, it } from 'vitest';
import { schoolChangeChecklist } from './transition-checklist';

describe('the shipped transition checklist', () => {
  it('is valid and lists the school-to-school items of 001 Del 2 §12', () => {
    expect(schoolChangeChecklist().tasks.map((t) => t.id)).toEqual([
      'informasjon',
      'kontakt-i-overgangen',
      'skolebesok',
      'omvisning',
      'oppstartsmote',
      'fadder',
    ]);
  });
});
