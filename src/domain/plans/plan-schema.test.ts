import { describe, expect, it } from 'vitest';
import { completenessProblems } from './completeness';
import { labelOf, parsePlan } from './plan-schema';
import { dagsplan, illness, returnPlan, samarbeidsavtale, tiltaksplan } from './testing';

describe('parsing a plan', () => {
  it.each([tiltaksplan(), samarbeidsavtale(), dagsplan(), returnPlan(), illness()])(
    'accepts a complete $kind and finds nothing missing',
    (plan) => {
      const parsed = parsePlan(plan);
      expect(parsed).toEqual({ ok: true, plan });
      expect(completenessProblems(plan)).toEqual([]);
    },
  );

  it.each([
    {
      name: 'an unknown kind',
      data: { kind: 'ukeplan' },
      problem: {
        path: 'kind',
        message:
          'Plantype: ukjent plantype (gyldige: tiltaksplan, samarbeidsavtale, dagsplan, gradvis-tilbakeforing, opplaering-ved-sykdom)',
      },
    },
    {
      name: 'a misspelt field',
      data: { ...tiltaksplan(), langsiktigMal: 'x' },
      problem: { path: '', message: 'ukjent felt «langsiktigMal»' },
    },
    {
      name: 'an impossible date',
      data: tiltaksplan({ period: { from: '2025-02-30', to: '2025-03-10' } }),
      problem: { path: 'period.from', message: 'Periode › Fra: ugyldig dato «2025-02-30» (bruk ÅÅÅÅ-MM-DD)' },
    },
    {
      name: 'a measure without plan B',
      data: { ...tiltaksplan(), measures: [{ id: 'm1', description: 'x', responsible: 'y' }] },
      problem: { path: 'measures[0].planB', message: 'Tiltak 1 › Plan B: mangler' },
    },
    {
      name: 'an unknown reduction',
      data: tiltaksplan({
        measures: [
          {
            ...tiltaksplan().measures[0]!,
            attendanceReduction: { kind: 'fri' as never, description: 'x', basis: null },
          },
        ],
      }),
      problem: {
        path: 'measures[0].attendanceReduction.kind',
        message:
          'Tiltak 1 › Redusert oppmøteplikt › Type: ukjent type «fri» (gyldige: kortere-skoledag, senere-oppmote, bestemte-dager, fritak-fag, fritak-aktivitet, helt-fritak)',
      },
    },
    {
      name: 'a bad clock time',
      data: dagsplan({ rows: [{ ...dagsplan().rows[0]!, from: '7.00' }] }),
      problem: { path: 'rows[0].from', message: 'Rad 1 › Fra: ugyldig klokkeslett «7.00» (bruk TT:MM)' },
    },
    {
      name: 'an unknown signatory role',
      data: samarbeidsavtale({ signatures: [{ name: 'X', role: 'rektor' as never, signedOn: '2025-11-03' }] }),
      problem: {
        path: 'signatures[0].role',
        message: 'Underskrift 1 › Rolle: må være en av foresatt, skole, elev, annen',
      },
    },
    {
      name: 'two steps with one id',
      data: returnPlan({ steps: [returnPlan().steps[0]!, { ...returnPlan().steps[1]!, id: 's1' }] }),
      problem: { path: 'steps[1].id', message: 'Steg 2 › Id: «s1» er brukt mer enn én gang' },
    },
  ])('names the field of $name', ({ data, problem }) => {
    const parsed = parsePlan(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toContainEqual(problem);
  });

  it('labels nested paths in Norwegian', () => {
    expect(labelOf(['measures', 1, 'attendanceReduction', 'basis', 'guardianConsent'])).toBe(
      'Tiltak 2 › Redusert oppmøteplikt › Grunnlag › Skriftlig samtykke fra foresatte',
    );
    expect(labelOf(['subGoals', 0])).toBe('Delmål 1');
    expect(labelOf(['steps', 2, 'pupilTasks', 0])).toBe('Steg 3 › Oppgave 1');
  });
});

describe('what must be filled before activation', () => {
  it('a tiltaksplan: the template’s fields, plan B and responsible for each measure, the next meeting (000 appendix, §6.2.2)', () => {
    const plan = tiltaksplan({
      longTermGoal: ' ',
      subGoals: [],
      period: { from: '2025-11-21', to: '2025-11-03' },
      measures: [{ id: 'm1', description: 'Morgensamtale', planB: '', responsible: '' }],
      nextMeetingOn: null,
    });
    expect(completenessProblems(plan)).toEqual([
      { path: 'longTermGoal', message: 'Langsiktig mål: mangler' },
      { path: 'subGoals', message: 'Delmål: minst ett delmål' },
      { path: 'period.to', message: 'Periode › Til: kan ikke være før startdatoen' },
      {
        path: 'measures[0].planB',
        message: 'Tiltak 1 › Plan B: mangler: skriv konkret hva som skal gjøres om tiltaket ikke virker',
      },
      { path: 'measures[0].responsible', message: 'Tiltak 1 › Ansvar: mangler: hvem har ansvaret for tiltaket?' },
      {
        path: 'nextMeetingOn',
        message: 'Neste møte, dato: mangler: sett dato for neste møte, der tiltakene evalueres',
      },
    ]);
  });

  it('a samarbeidsavtale: status, main goal, rows with deadline, plan B and an evaluation date (001; 004 §4.2)', () => {
    const plan = samarbeidsavtale({
      mainGoal: '',
      rows: [{ id: 'r1', subGoal: 'x', measure: 'y', responsible: '', deadline: null }],
      planB: '',
      evaluationOn: '2025-11-03',
    });
    expect(completenessProblems(plan).map((p) => p.path)).toEqual([
      'mainGoal',
      'rows[0].responsible',
      'rows[0].deadline',
      'planB',
      'evaluationOn',
    ]);
    expect(completenessProblems(samarbeidsavtale({ evaluationOn: null }))).toEqual([
      { path: 'evaluationOn', message: 'Evalueringsdato: mangler: avtalen skal evalueres innenfor et gitt tidsrom' },
    ]);
  });

  it('a dagsplan: time, where, what, responsible in order (001)', () => {
    const [a, b] = dagsplan().rows;
    const plan = dagsplan({
      rows: [
        { ...a!, where: '' },
        { ...b!, from: '07:30', to: '07:15' },
      ],
    });
    expect(completenessProblems(plan)).toEqual([
      { path: 'rows[0].where', message: 'Rad 1 › Hvor: mangler' },
      { path: 'rows[1].to', message: 'Rad 2 › Til: må være etter 07:30' },
      { path: 'rows[1].from', message: 'Rad 2 › Fra: starter før rad 1 er ferdig (07:45)' },
    ]);
  });

  it('a return plan: concrete and measurable steps in order, with the school’s tasks (001 Del 2 §3; 002)', () => {
    const [a, b] = returnPlan().steps;
    const plan = returnPlan({
      arena: '',
      steps: [
        { ...a!, moveOnWhen: '', schoolTasks: [] },
        { ...b!, from: '2025-11-14' },
      ],
    });
    expect(completenessProblems(plan)).toEqual([
      { path: 'arena', message: 'Arena for tilbakeføring: mangler: bli enige om arena for tilbakeføring' },
      {
        path: 'steps[0].moveOnWhen',
        message:
          'Steg 1 › Neste steg når: mangler: planen må være konkret og målbar – skriv hva som skal til før neste steg',
      },
      { path: 'steps[0].schoolTasks', message: 'Steg 1 › Skolen skal: minst én oppgave for skolen' },
      { path: 'steps[1].from', message: 'Steg 2 › Fra: må være etter at steg 1 slutter' },
    ]);
  });

  it('teaching during illness: the condition, the expected absence, the assessment and the teaching (004 §5)', () => {
    const plan = illness({ condition: '', assessment: '', teaching: '', place: 'annet', evaluationOn: null });
    expect(completenessProblems(plan).map((p) => p.path)).toEqual([
      'condition',
      'assessment',
      'teaching',
      'placeDescription',
      'evaluationOn',
    ]);
  });
});
