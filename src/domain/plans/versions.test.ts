import { describe, expect, it } from 'vitest';
import { diffPlans, firstVersion, revisePlan } from './versions';
import { samarbeidsavtale, tiltaksplan } from './testing';

const META = { editedOn: '2025-11-03', editedBy: 'Ola Nordmann' };

describe('plan versions', () => {
  it('an edit makes the next version and says what changed', () => {
    const v1 = firstVersion('p1', tiltaksplan(), META);
    expect(v1).toMatchObject({ planId: 'p1', version: 1, note: null });
    const next = tiltaksplan({ nextMeetingOn: '2025-12-01' });
    const r = revisePlan(v1, next, { editedOn: '2025-11-24', editedBy: ' Ola Nordmann ', note: 'Evalueringsmøte' });
    expect(r).toEqual({
      ok: true,
      version: {
        planId: 'p1',
        version: 2,
        plan: next,
        editedOn: '2025-11-24',
        editedBy: 'Ola Nordmann',
        note: 'Evalueringsmøte',
      },
      changes: [
        {
          path: 'nextMeetingOn',
          label: 'Neste møte, dato',
          type: 'changed',
          before: '24.11.2025',
          after: '01.12.2025',
        },
      ],
    });
  });

  it.each([
    { name: 'nothing changed', next: tiltaksplan(), meta: META, error: 'Planen er ikke endret.' },
    {
      name: 'the kind changed',
      next: samarbeidsavtale(),
      meta: META,
      error: 'En plan kan ikke bytte type. Lag en ny plan i stedet.',
    },
    {
      name: 'dated before the last version',
      next: tiltaksplan({ longTermGoal: 'Nytt' }),
      meta: { ...META, editedOn: '2025-11-02' },
      error: 'Endringen er datert 02.11.2025, før forrige versjon (03.11.2025).',
    },
    {
      name: 'nobody is editing',
      next: tiltaksplan({ longTermGoal: 'Nytt' }),
      meta: { ...META, editedBy: '' },
      error: 'Skriv hvem som endrer planen.',
    },
  ])('refuses an edit when $name', ({ next, meta, error }) => {
    expect(revisePlan(firstVersion('p1', tiltaksplan(), META), next, meta)).toEqual({ ok: false, error });
  });

  it('matches measures by id: an inserted measure is one addition, a removed one one removal', () => {
    const [m1] = tiltaksplan().measures;
    const m2 = {
      id: 'm2',
      description: 'Fast plass ved døra',
      planB: 'Plass ved læreren',
      responsible: 'Faglærer',
      attendanceReduction: null,
      homeSchooling: null,
    };
    const before = tiltaksplan({ measures: [m1!] });
    const after = tiltaksplan({ measures: [m2, { ...m1!, planB: 'Rektor møter eleven' }] });
    expect(diffPlans(before, after)).toEqual([
      { path: 'measures[0]', label: 'Tiltak 1', type: 'added', before: null, after: 'Fast plass ved døra' },
      {
        path: 'measures[1].planB',
        label: 'Tiltak 2 › Plan B',
        type: 'changed',
        before: 'Helsesykepleier møter eleven i stedet',
        after: 'Rektor møter eleven',
      },
    ]);
    expect(diffPlans(after, before)).toEqual([
      {
        path: 'measures[0].planB',
        label: 'Tiltak 1 › Plan B',
        type: 'changed',
        before: 'Rektor møter eleven',
        after: 'Helsesykepleier møter eleven i stedet',
      },
      {
        path: 'measures[0]',
        label: 'Tiltak 1 (tidligere)',
        type: 'removed',
        before: 'Fast plass ved døra',
        after: null,
      },
    ]);
  });

  it('shows codes by their Norwegian names and lists by item', () => {
    const m = tiltaksplan().measures[0]!;
    const after = tiltaksplan({
      subGoals: ['Møter til første time tre dager i uka', 'Deltar i kroppsøving'],
      measures: [{ ...m, attendanceReduction: { kind: 'senere-oppmote', description: 'Kl. 09.30', basis: null } }],
    });
    expect(diffPlans(tiltaksplan(), after)).toEqual([
      { path: 'subGoals[1]', label: 'Delmål 2', type: 'added', before: null, after: 'Deltar i kroppsøving' },
      {
        path: 'measures[0].attendanceReduction',
        label: 'Tiltak 1 › Redusert oppmøteplikt',
        type: 'added',
        before: null,
        after: 'Kl. 09.30',
      },
    ]);
    const signed = samarbeidsavtale({
      signatures: [{ name: 'Kari Nordmann', role: 'annen', signedOn: '2025-11-03' }, samarbeidsavtale().signatures[1]!],
    });
    expect(diffPlans(samarbeidsavtale(), signed)).toEqual([
      {
        path: 'signatures[0].role',
        label: 'Underskrift 1 › Rolle',
        type: 'changed',
        before: 'Foresatt',
        after: 'Annen instans',
      },
    ]);
  });
});
