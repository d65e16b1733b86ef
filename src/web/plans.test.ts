import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { addBankMeasure, fieldId, newRowId, pathKey, problemsByPath, setIn } from './plans';
import { dagsplan, samarbeidsavtale, tiltaksplan } from '../domain/plans/testing';

describe('plan editing helpers', () => {
  it('adds a measure from the bank as an editable row: a tiltaksplan measure or an agreement row', () => {
    const t = addBankMeasure(tiltaksplan(), { title: 'Relasjonsbygging' })!;
    expect(t.plan.kind === 'tiltaksplan' && t.plan.measures[1]).toEqual({ id: 'm2', description: 'Relasjonsbygging', planB: '', responsible: '', attendanceReduction: null, homeSchooling: null });
    expect(t.focus).toEqual(['measures', 1, 'description']);
    const s = addBankMeasure(samarbeidsavtale(), { title: 'God dialog skole-hjem' })!;
    expect(s.plan.kind === 'samarbeidsavtale' && s.plan.rows[1]).toMatchObject({ id: 'r2', measure: 'God dialog skole-hjem', subGoal: '', deadline: null });
    expect(addBankMeasure(dagsplan(), { title: 'x' })).toBeNull();
  });

  it('sets a field by path without touching the rest', () => {
    const plan = samarbeidsavtale();
    const next = setIn(plan, ['rows', 0, 'responsible'], 'Kontaktlærer');
    expect(next.rows[0]!.responsible).toBe('Kontaktlærer');
    expect(plan.rows[0]!.responsible).toBe('Foresatte');
    expect(next.signatures).toBe(plan.signatures);
  });

  it('names paths as the server does and keys its problems by them', () => {
    expect(pathKey(['measures', 1, 'planB'])).toBe('measures[1].planB');
    expect(fieldId('p1', ['measures', 1, 'planB'])).toBe('plan-p1-measures-1-planB');
    const error = new ApiError(400, 'validation', 'x', { fields: [{ field: 'mainGoal', message: 'Hovedmål: mangler' }, { field: 'mainGoal', message: 'annen' }] });
    expect(problemsByPath(error)).toEqual({ mainGoal: 'Hovedmål: mangler' });
    expect(newRowId('r', [{ id: 'r2' }])).toBe('r3');
  });
});
