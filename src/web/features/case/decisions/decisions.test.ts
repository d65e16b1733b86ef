import { describe, expect, it } from 'vitest';
import type { DecisionDto } from '../../../api';
import { draftOf, firstProblem, problemsOf, updateOf, waitedFor } from './decisions';

const saved: DecisionDto = {
  id: 'd1',
  caseId: 'c1',
  kind: 'redusert-timeplan',
  kindName: 'Redusert timeplan',
  status: 'draft',
  decidedOn: null,
  from: '2026-12-01',
  to: null,
  nextDeadline: null,
  replacesId: null,
  version: 3,
  facts: 'Henrik har vært borte hver mandag.',
  legalBasis: ['oppl-2-1'],
  reasons: '',
  heard: { pupilViews: { obtained: true, how: 'samtale', views: 'Vil begynne med tre dager.' }, bestInterest: 'Ro.' },
  weighed: '',
  decision: '',
  assessmentId: null,
  guardianConsent: { on: '2026-11-20', by: 'Mor' },
  temporary: null,
  notice: null,
  decidedByName: null,
  delivery: null,
  appealDeadline: null,
  appeal: null,
  reassessment: null,
  forwarded: null,
  outcome: null,
  gaps: [],
  nextSteps: ['notice'],
  canEdit: true,
  canDecide: true,
};

describe('the decision draft on screen', () => {
  it('reads a saved draft into the form and sends it back unchanged', () => {
    const draft = draftOf(saved);
    expect(draft.heard).toMatchObject({ obtained: true, how: 'samtale', views: 'Vil begynne med tre dager.' });
    expect(draft.to).toBe('');
    expect(updateOf(draft, 3)).toEqual({
      version: 3,
      facts: saved.facts,
      legalBasis: ['oppl-2-1'],
      reasons: '',
      heard: saved.heard,
      weighed: '',
      decision: '',
      from: '2026-12-01',
      to: null,
      assessmentId: null,
      guardianConsent: { on: '2026-11-20', by: 'Mor' },
      temporary: null,
    });
  });

  it.each([
    ['no choice yet', { obtained: null, how: '' }, null],
    ['obtained, but not how', { obtained: true, how: '' }, null],
    [
      'not obtained',
      { obtained: false, why: ' Syk ', howSought: 'Ringte' },
      { obtained: false, why: 'Syk', howSought: 'Ringte' },
    ],
  ] as const)("sends the pupil's views only once they can be stored: %s", (_, heard, expected) => {
    const draft = draftOf({ ...saved, heard: null });
    const body = updateOf({ ...draft, heard: { ...draft.heard, ...heard } }, 1);
    expect(body.heard?.pupilViews ?? null).toEqual(expected);
  });

  it('leaves out a consent without a name and a temporary measure without its date', () => {
    const draft = { ...draftOf(saved), consentBy: '  ', temporary: true, evaluateOn: '' };
    const body = updateOf(draft, 1);
    expect(body.guardianConsent).toBeNull();
    expect(body.temporary).toBeNull();
  });
});

describe("the server's gaps at their fields", () => {
  it.each([
    ['reasons', { reasons: 'Skriv begrunnelsen' }],
    ['legalBasis', { legalBasis: 'Skriv begrunnelsen' }],
    ['guardianConsent.by', { guardianConsent: 'Skriv begrunnelsen' }],
    ['from', { from: 'Skriv begrunnelsen' }],
  ])('%s', (field, expected) => {
    expect(problemsOf([{ field, message: 'Skriv begrunnelsen' }])).toEqual({ fields: expected, other: [] });
  });

  it("puts the pupil's views at the field its path names, and the whole at the group", () => {
    const { fields } = problemsOf([
      { field: 'heard.pupilViews.views', message: 'Skriv hva eleven mener' },
      { field: 'heard', message: 'Elevens syn mangler' },
      { field: 'bestInterest', message: 'Skriv barnets beste' },
    ]);
    expect(fields.heard).toBe('Skriv hva eleven mener');
    expect(fields.heardFields).toEqual({
      views: 'Skriv hva eleven mener',
      obtained: 'Elevens syn mangler',
      bestInterest: 'Skriv barnets beste',
    });
  });

  it('keeps what no field of the form holds apart, and finds the first field in the form order', () => {
    const { fields, other } = problemsOf([
      { field: 'to', message: 'Velg til-dato' },
      { field: 'notice', message: 'Send forhåndsvarsel først' },
      { field: 'facts', message: 'Skriv fakta' },
    ]);
    expect(other).toEqual(['Send forhåndsvarsel først']);
    expect(firstProblem(fields)).toBe('facts');
  });
});

describe('waitedFor: how long the appeal has waited with the Statsforvalteren (decision 229)', () => {
  it.each<[number, ReturnType<typeof waitedFor>]>([
    [0, null],
    [1, { unit: 'days', count: 1 }],
    [13, { unit: 'days', count: 13 }],
    [14, { unit: 'weeks', count: 2 }],
    [20, { unit: 'weeks', count: 2 }],
    [21, { unit: 'weeks', count: 3 }],
    [365, { unit: 'weeks', count: 52 }],
  ])('%i days → %j', (days, expected) => {
    expect(waitedFor(days)).toEqual(expected);
  });
});
