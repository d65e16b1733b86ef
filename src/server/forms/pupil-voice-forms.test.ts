// Decision 062 left this for the forms: every form kind that counts as the pupil's voice is a shipped form
// filled with the pupil (decision 063).
import { describe, expect, it } from 'vitest';
import { PUPIL_VOICE_FORM_KINDS } from '../../domain/plans/pupil-voice';
import { loadContent } from '../content/load-content';

describe('the pupil’s-voice forms', () => {
  it.each(Object.keys(PUPIL_VOICE_FORM_KINDS))('%s is a shipped form whose audience includes the pupil', (id) => {
    const form = loadContent().forms.latest(id);
    expect(form, id).toBeDefined();
    expect(['elev', 'elev-og-foresatte']).toContain(form!.audience);
  });
});
