import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api';
import {
  addBankMeasure,
  causesParam,
  fieldId,
  newRowId,
  pathKey,
  problemsByPath,
  setIn,
  suggestedMeasures,
  type BankMeasure,
} from './plans';
import { dagsplan, samarbeidsavtale, tiltaksplan } from '../../../../domain/plans/testing';

describe('plan editing helpers', () => {
  it('adds a measure from the bank as an editable row: a tiltaksplan measure or an agreement row', () => {
    const t = addBankMeasure(tiltaksplan(), { title: 'Relasjonsbygging' })!;
    expect(t.plan.kind === 'tiltaksplan' && t.plan.measures[1]).toEqual({
      id: 'm2',
      description: 'Relasjonsbygging',
      planB: '',
      responsible: '',
      attendanceReduction: null,
      homeSchooling: null,
    });
    expect(t.focus).toEqual(['measures', 1, 'description']);
    const s = addBankMeasure(samarbeidsavtale(), { title: 'God dialog skole-hjem' })!;
    expect(s.plan.kind === 'samarbeidsavtale' && s.plan.rows[1]).toMatchObject({
      id: 'r2',
      measure: 'God dialog skole-hjem',
      subGoal: '',
      deadline: null,
    });
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
    const error = new ApiError(400, 'validation', 'x', {
      fields: [
        { field: 'mainGoal', message: 'Hovedmål: mangler' },
        { field: 'mainGoal', message: 'annen' },
      ],
    });
    expect(problemsByPath(error)).toEqual({ mainGoal: 'Hovedmål: mangler' });
    expect(newRowId('r', [{ id: 'r2' }])).toBe('r3');
  });
});

describe('suggestions from the årsakskartlegging', () => {
  const mapped = {
    formId: 'f1',
    filledOn: '2026-11-24',
    causes: [
      { code: 'engstelig', label: 'Engstelig' },
      { code: 'gym-skifte-i-garderobe', label: 'Gym – skifte i garderobe' },
      { code: 'engstelig', label: 'Engstelig' },
    ],
  };

  it('asks the bank for each mapped cause once, and for nothing without a mapping', () => {
    expect(causesParam(mapped)).toBe('engstelig,gym-skifte-i-garderobe');
    expect(causesParam({ ...mapped, causes: [] })).toBe('');
    expect(causesParam(null)).toBe('');
    expect(causesParam(undefined)).toBe('');
  });

  it('lists the suggestions in the server’s order with their group and what they fit, utdypinger first', () => {
    const measure = (id: string, group: string): BankMeasure => ({
      id,
      title: id,
      description: null,
      group: { id: group, title: `Gruppe ${group}` },
      placeLabel: 'Skolen',
      levels: [],
    });
    const suggestions = [
      {
        measureId: 'garderobe',
        title: 'Mulighet for å skifte i egen garderobe',
        score: 4,
        reasons: [
          {
            kind: 'card' as const,
            code: 'noe-pa-skolen',
            label: 'Noe på skolen kjennes vanskelig',
            text: 'Kort: Noe på skolen kjennes vanskelig',
          },
          {
            kind: 'detail' as const,
            code: 'gym-skifte-i-garderobe',
            label: 'Gym – skifte i garderobe',
            text: 'Utdyping: Gym – skifte i garderobe',
          },
        ],
      },
      {
        measureId: 'ukjent',
        title: 'Ikke i listen',
        score: 1,
        reasons: [{ kind: 'card' as const, code: 'engstelig', label: 'Engstelig', text: 'Kort: Engstelig' }],
      },
    ];
    expect(suggestedMeasures(suggestions, [measure('garderobe', 'a')])).toEqual([
      {
        id: 'garderobe',
        title: 'Mulighet for å skifte i egen garderobe',
        groupTitle: 'Gruppe a',
        fits: ['Gym – skifte i garderobe', 'Noe på skolen kjennes vanskelig'],
      },
      { id: 'ukjent', title: 'Ikke i listen', groupTitle: null, fits: ['Engstelig'] },
    ]);
    expect(suggestedMeasures(null, [])).toEqual([]);
  });
});
