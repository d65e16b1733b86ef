import { describe, expect, it } from 'vitest';
import { parseTransitionChecklist } from './transition-checklist';

describe('transition checklist schema', () => {
  it('names the file and field of an error', () => {
    const parsed = parseTransitionChecklist({ id: 'x', title: 't', source: 's', tasks: [] }, 'egen.json');
    expect(parsed).toEqual({ ok: false, errors: ['egen.json: tasks: tasks: minst én oppgave'] });
  });
});
