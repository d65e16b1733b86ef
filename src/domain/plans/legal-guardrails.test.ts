import { describe, expect, it } from 'vitest';
import type { CaseAssessment, RuleResult } from './case-facts';
import {
  AGREEMENT_LIMIT,
  checkGuardrails,
  FULL_EXEMPTION_WARNING,
  HOME_SCHOOLING_WARNING,
  looksLikeReduction,
} from './legal-guardrails';
import type { AttendanceReduction, ExpertBasis, Measure, TemporaryBasis } from './plan-schema';
import { AS_OF, facts, illness, returnPlan, samarbeidsavtale, tiltaksplan } from './testing';

// One test (or table row) per guardrail; the source of each rule is in the test name.

const VURDERING: CaseAssessment = {
  id: 'ppt1',
  kind: 'sakkyndig-vurdering',
  issuedOn: '2025-10-15',
  issuedBy: 'PPT',
  recommendations: 'Kortere skoledag i en periode',
  validUntil: null,
};
const UTTALELSE: CaseAssessment = {
  id: 'ppt2',
  kind: 'sakkyndig-uttalelse',
  issuedOn: '2025-10-20',
  issuedBy: 'PPT',
  recommendations: 'Fritak fra svømming midlertidig',
  validUntil: '2025-12-31',
};
const LEGE: CaseAssessment = {
  id: 'lege1',
  kind: 'legeerklaering',
  issuedOn: '2025-10-30',
  issuedBy: 'Fastlege',
  recommendations: 'Kan ikke være på skolen',
  validUntil: null,
};

const expert = (extra: Partial<ExpertBasis> = {}): ExpertBasis => ({
  type: 'sakkyndig-vurdering',
  assessmentId: 'ppt1',
  recommendation: 'Side 3: kortere skoledag anbefales',
  guardianConsent: { signedOn: '2025-10-30', signedBy: ['Kari Nordmann'] },
  ...extra,
});
const temporary = (extra: Partial<TemporaryBasis> = {}): TemporaryBasis => ({
  type: 'midlertidig',
  from: '2025-11-03',
  until: '2025-11-28',
  evaluateOn: '2025-11-17',
  considerations: 'Plikten til oppmøte veid mot at eleven er helt borte.',
  bestInterest: 'Eleven har klart to timer før; vurdert som barnets beste.',
  sakkyndigUttalelseId: null,
  ...extra,
});
const reduction = (kind: AttendanceReduction['kind'], basis: AttendanceReduction['basis']): AttendanceReduction => ({
  kind,
  description: 'Gjelder mandag og fredag',
  basis,
});
const withMeasure = (m: Partial<Measure>) => tiltaksplan({ measures: [{ ...tiltaksplan().measures[0]!, ...m }] });

const codes = (r: RuleResult) => (r.ok ? [] : r.reasons.map((x) => x.code));
const warningCodes = (r: RuleResult) => r.warnings.map((x) => x.code);
const pptPending = { referrals: [{ service: 'ppt', status: 'sendt' }] };

describe('000 §7: a measure reducing the duty to attend needs a sakkyndig vurdering and written consent, or a documented temporary decision', () => {
  it('refuses a reduction with no basis at all', () => {
    const r = checkGuardrails(withMeasure({ attendanceReduction: reduction('kortere-skoledag', null) }), facts());
    expect(r).toMatchObject({
      ok: false,
      reasons: [{ code: 'reduction-without-basis', source: '000 §7', path: 'measures[0].attendanceReduction.basis' }],
    });
    expect(r.ok || r.reasons[0]!.message).toBe(
      'Tiltak 1 › Redusert oppmøteplikt › Grunnlag: tiltaket (kortere skoledag) reduserer elevens plikt til å være på skolen. Det krever en sakkyndig vurdering fra PPT som anbefaler det og skriftlig samtykke fra foresatte, eller at det dokumenteres som et midlertidig tiltak med varighet, evalueringsdato og vurderingene som er gjort.',
    );
  });

  it('accepts a recorded sakkyndig vurdering with written guardian consent', () => {
    expect(
      checkGuardrails(
        withMeasure({ attendanceReduction: reduction('kortere-skoledag', expert()) }),
        facts({ assessments: [VURDERING] }),
      ),
    ).toEqual({ ok: true, warnings: [] });
  });

  it.each([
    {
      name: 'no such assessment in the case',
      basis: expert({ assessmentId: 'finnes-ikke' }),
      assessments: [VURDERING],
      code: 'expert-assessment-missing',
    },
    {
      name: 'the id is a sakkyndig uttalelse, not a vurdering',
      basis: expert({ assessmentId: 'ppt2' }),
      assessments: [UTTALELSE],
      code: 'expert-assessment-missing',
    },
    {
      name: 'the vurdering is dated after today',
      basis: expert(),
      assessments: [{ ...VURDERING, issuedOn: '2025-11-10' }],
      code: 'expert-assessment-later',
    },
    {
      name: 'where it recommends the measure is not shown',
      basis: expert({ recommendation: ' ' }),
      assessments: [VURDERING],
      code: 'expert-recommendation-missing',
    },
    {
      name: 'no written guardian consent',
      basis: expert({ guardianConsent: null }),
      assessments: [VURDERING],
      code: 'guardian-consent-missing',
    },
    {
      name: 'consent signed by nobody',
      basis: expert({ guardianConsent: { signedOn: '2025-10-30', signedBy: [''] } }),
      assessments: [VURDERING],
      code: 'guardian-consent-unsigned',
    },
    {
      name: 'consent dated after today',
      basis: expert({ guardianConsent: { signedOn: '2025-11-04', signedBy: ['Kari Nordmann'] } }),
      assessments: [VURDERING],
      code: 'guardian-consent-later',
    },
  ])('refuses the expert basis when $name', ({ basis, assessments, code }) => {
    expect(
      codes(
        checkGuardrails(
          withMeasure({ attendanceReduction: reduction('bestemte-dager', basis) }),
          facts({ assessments }),
        ),
      ),
    ).toEqual([code]);
  });

  it('accepts a temporary measure with duration, evaluation date and documented considerations, in wait for PPT', () => {
    expect(
      checkGuardrails(
        withMeasure({ attendanceReduction: reduction('senere-oppmote', temporary()) }),
        facts(pptPending),
      ),
    ).toEqual({ ok: true, warnings: [] });
  });

  it.each([
    {
      name: 'it ends before it starts',
      basis: temporary({ until: '2025-11-01', from: '2025-11-03' }),
      code: ['temporary-until-before-from', 'temporary-evaluation-outside'],
    },
    {
      name: 'it has already ended',
      basis: temporary({ from: '2025-10-01', until: '2025-10-31', evaluateOn: '2025-10-15' }),
      code: ['temporary-expired'],
    },
    {
      name: 'the evaluation is after the end',
      basis: temporary({ evaluateOn: '2025-12-01' }),
      code: ['temporary-evaluation-outside'],
    },
    {
      name: 'the considerations are not documented',
      basis: temporary({ considerations: '' }),
      code: ['temporary-considerations-missing'],
    },
    {
      name: 'the child’s best interest is not stated (000 §5 nivå 3)',
      basis: temporary({ bestInterest: '' }),
      code: ['temporary-best-interest-missing'],
    },
  ])('refuses a temporary measure when $name', ({ basis, code }) => {
    expect(
      codes(
        checkGuardrails(withMeasure({ attendanceReduction: reduction('kortere-skoledag', basis) }), facts(pptPending)),
      ),
    ).toEqual(code);
  });

  it('warns that a temporary measure is for the wait for PPT when the pupil is not referred', () => {
    const r = checkGuardrails(
      withMeasure({ attendanceReduction: reduction('kortere-skoledag', temporary()) }),
      facts(),
    );
    expect(r.ok).toBe(true);
    expect(warningCodes(r)).toEqual(['temporary-without-ppt-referral']);
  });

  it('warns when PPT has already delivered its vurdering: build on it instead', () => {
    const r = checkGuardrails(
      withMeasure({ attendanceReduction: reduction('kortere-skoledag', temporary()) }),
      facts({ assessments: [VURDERING] }),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings[0]?.message).toContain('PPT har levert sakkyndig vurdering (15.10.2025)');
  });
});

describe('000 §5 nivå 3: exemption from subjects or activities, temporarily, only on a sakkyndig uttalelse', () => {
  it.each(['fritak-fag', 'fritak-aktivitet'] as const)(
    'refuses a temporary %s without a sakkyndig uttalelse',
    (kind) => {
      expect(
        codes(checkGuardrails(withMeasure({ attendanceReduction: reduction(kind, temporary()) }), facts(pptPending))),
      ).toEqual(['exemption-needs-statement']);
    },
  );

  it('accepts it with an uttalelse valid for the whole period', () => {
    const r = checkGuardrails(
      withMeasure({ attendanceReduction: reduction('fritak-aktivitet', temporary({ sakkyndigUttalelseId: 'ppt2' })) }),
      facts({ assessments: [UTTALELSE], ...pptPending }),
    );
    expect(r).toEqual({ ok: true, warnings: [] });
  });

  it('refuses when the uttalelse expires before the measure ends, or is dated later', () => {
    const m = withMeasure({
      attendanceReduction: reduction('fritak-fag', temporary({ sakkyndigUttalelseId: 'ppt2' })),
    });
    expect(
      checkGuardrails(m, facts({ assessments: [{ ...UTTALELSE, validUntil: '2025-11-20' }], ...pptPending })),
    ).toMatchObject({
      ok: false,
      reasons: [
        {
          code: 'statement-expires-first',
          message:
            'Tiltak 1 › Redusert oppmøteplikt › Grunnlag › Varer til: den sakkyndige uttalelsen gjelder bare til 20.11.2025, men tiltaket varer til 28.11.2025.',
        },
      ],
    });
    expect(
      codes(checkGuardrails(m, facts({ assessments: [{ ...UTTALELSE, issuedOn: '2025-11-05' }], ...pptPending }))),
    ).toEqual(['statement-later']);
  });

  it('lets a shorter day or later start be temporary without an uttalelse («kan over en kortere periode bestemmes lokalt»)', () => {
    expect(
      checkGuardrails(
        withMeasure({ attendanceReduction: reduction('kortere-skoledag', temporary()) }),
        facts(pptPending),
      ).ok,
    ).toBe(true);
  });
});

describe('000 §7: full exemption from the duty to attend', () => {
  it('is never a temporary measure', () => {
    expect(
      codes(
        checkGuardrails(withMeasure({ attendanceReduction: reduction('helt-fritak', temporary()) }), facts(pptPending)),
      ),
    ).toEqual(['full-exemption-not-temporary']);
  });

  it('with a sakkyndig vurdering and consent it passes, warning that it is for exceptional cases only', () => {
    const r = checkGuardrails(
      withMeasure({ attendanceReduction: reduction('helt-fritak', expert()) }),
      facts({ assessments: [VURDERING] }),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.message)).toEqual([
      `Tiltak 1 › Redusert oppmøteplikt › Type: ${FULL_EXEMPTION_WARNING}`,
    ]);
  });
});

describe('000 §7: an agreement cannot exempt a pupil from teaching', () => {
  it('refuses a samarbeidsavtale row that reduces attendance, whatever is recorded in the case', () => {
    const plan = samarbeidsavtale({ rows: [{ ...samarbeidsavtale().rows[0]!, reducesAttendance: 'bestemte-dager' }] });
    const r = checkGuardrails(plan, facts({ assessments: [VURDERING] }));
    expect(r).toMatchObject({
      ok: false,
      reasons: [{ code: 'agreement-cannot-exempt', source: '000 §7', path: 'rows[0].reducesAttendance' }],
    });
    expect(r.ok || r.reasons[0]!.message).toContain(AGREEMENT_LIMIT);
  });

  it('warns when a row’s text reads like an exemption that is not marked', () => {
    const plan = samarbeidsavtale({
      rows: [{ ...samarbeidsavtale().rows[0]!, measure: 'Eleven slipper kroppsøving' }],
    });
    const r = checkGuardrails(plan, facts());
    expect(r.ok).toBe(true);
    expect(warningCodes(r)).toEqual(['unmarked-reduction']);
  });

  it.each([
    ['Kortere skoledag i to uker', true],
    ['Fritak fra svømming', true],
    ['Eleven skal kun møte tirsdag og torsdag', true],
    ['Hjemmeundervisning tre timer i uka', true],
    ['Kontaktlærer møter eleven i skolegården', false],
    ['Fast plass ved døra', false],
  ])('reads «%s» as a reduction: %s', (text, expected) => {
    expect(looksLikeReduction(text)).toBe(expected);
  });
});

describe('000 §6.3.3: home schooling as a measure', () => {
  const home = (returnPlanId: string | null = 'p2') =>
    withMeasure({
      homeSchooling: {
        grounds: 'overgangsperiode',
        explanation: 'Borte i ti uker; kontaktlærer underviser hjemme for å styrke relasjonen.',
        returnPlanId,
      },
    });

  it('always carries the guideline’s warning, quoted', () => {
    const r = checkGuardrails(home(), facts({ plans: [{ id: 'p2', kind: 'gradvis-tilbakeforing' }] }));
    expect(r).toEqual({
      ok: true,
      warnings: [
        {
          code: 'home-schooling-not-recommended',
          source: '000 §6.3.3',
          path: 'measures[0].homeSchooling',
          message: `Tiltak 1 › Hjemmeundervisning: ${HOME_SCHOOLING_WARNING}`,
        },
      ],
    });
    expect(HOME_SCHOOLING_WARNING).toMatch(
      /^Hjemmeundervisning er i de aller fleste tilfeller av skolevegring ikke anbefalt, da det bidrar til å opprettholde vegringen\./,
    );
  });

  it('is refused unless it is part of a plan for return to school in the case', () => {
    expect(codes(checkGuardrails(home(null), facts()))).toEqual(['home-schooling-without-return-plan']);
    expect(codes(checkGuardrails(home('p9'), facts({ plans: [{ id: 'p9', kind: 'tiltaksplan' }] })))).toEqual([
      'home-schooling-return-plan-unknown',
    ]);
  });

  it('is refused without saying why it is considered in this case', () => {
    const plan = withMeasure({ homeSchooling: { grounds: 'overgangsperiode', explanation: '', returnPlanId: 'p2' } });
    expect(codes(checkGuardrails(plan, facts({ plans: [{ id: 'p2', kind: 'gradvis-tilbakeforing' }] })))).toEqual([
      'home-schooling-unexplained',
    ]);
  });

  it('on medical grounds points to the record for teaching during long-term illness (004 §5)', () => {
    const plan = withMeasure({
      homeSchooling: { grounds: 'medisinske-tilleggsvansker', explanation: 'Astma', returnPlanId: 'p2' },
    });
    expect(
      warningCodes(checkGuardrails(plan, facts({ plans: [{ id: 'p2', kind: 'gradvis-tilbakeforing' }] }))),
    ).toEqual(['home-schooling-not-recommended', 'home-schooling-or-illness']);
  });

  it('warns when a measure reads like home schooling or an exemption but is not marked', () => {
    expect(
      warningCodes(checkGuardrails(withMeasure({ description: 'Hjemmeundervisning to dager i uka' }), facts())),
    ).toEqual(['unmarked-reduction']);
  });
});

describe('gradual return: partial steps reduce the duty to attend (000 §7, §5 nivå 3; 001 Del 2 §3)', () => {
  it('refuses partial steps without a basis', () => {
    const r = checkGuardrails(returnPlan({ attendanceReduction: null }), facts(pptPending));
    expect(r).toMatchObject({
      ok: false,
      reasons: [{ code: 'partial-steps-without-basis', path: 'attendanceReduction' }],
    });
    expect(r.ok || r.reasons[0]!.message).toContain('steg 1 har delvis oppmøte');
  });

  it('accepts them on a documented temporary basis covering the partial steps', () => {
    expect(checkGuardrails(returnPlan(), facts(pptPending))).toEqual({ ok: true, warnings: [] });
  });

  it('refuses a partial step that runs past the temporary basis', () => {
    const plan = returnPlan();
    const r = checkGuardrails(
      {
        ...plan,
        attendanceReduction: {
          ...plan.attendanceReduction!,
          basis: temporary({ until: '2025-11-10', evaluateOn: '2025-11-07' }),
        },
      },
      facts(pptPending),
    );
    expect(codes(r)).toEqual(['step-outside-temporary']);
  });

  it('needs no basis when every step is a full day, and warns when the last step is not', () => {
    const [a, b] = returnPlan().steps;
    expect(
      checkGuardrails(returnPlan({ steps: [{ ...a!, attendance: 'hel' }, b!], attendanceReduction: null }), facts()),
    ).toEqual({ ok: true, warnings: [] });
    expect(warningCodes(checkGuardrails(returnPlan({ steps: [a!] }), facts(pptPending)))).toEqual([
      'return-not-to-full-days',
    ]);
  });

  it('warns when a step does not say what the pupil and the guardians do (002 trepartssamarbeid)', () => {
    const [a, b] = returnPlan().steps;
    expect(
      warningCodes(checkGuardrails(returnPlan({ steps: [a!, { ...b!, guardianTasks: [] }] }), facts(pptPending))),
    ).toEqual(['step-not-three-party']);
  });
});

describe('004 §5: teaching during long-term illness is its own record', () => {
  it('accepts a doctor’s statement that the pupil cannot attend, with the assessment and the school’s follow-up', () => {
    expect(checkGuardrails(illness(), facts({ assessments: [LEGE] }))).toEqual({ ok: true, warnings: [] });
  });

  it('refuses without a doctor’s statement in the case', () => {
    expect(codes(checkGuardrails(illness({ doctorStatementId: null }), facts()))).toEqual(['doctor-statement-missing']);
    expect(codes(checkGuardrails(illness({ doctorStatementId: 'ppt1' }), facts({ assessments: [VURDERING] })))).toEqual(
      ['doctor-statement-missing'],
    );
    expect(codes(checkGuardrails(illness(), facts({ assessments: [{ ...LEGE, issuedOn: '2025-11-04' }] })))).toEqual([
      'doctor-statement-later',
    ]);
  });

  it('refuses when the doctor says the pupil can attend as usual', () => {
    expect(codes(checkGuardrails(illness({ presenceAtSchool: 'hel' }), facts({ assessments: [LEGE] })))).toEqual([
      'doctor-says-can-attend',
    ]);
  });

  it('refuses a partial or limited presence without the offer at school («ingen adgang for å ikke kunne gi eleven et skoletilbud»)', () => {
    expect(
      codes(checkGuardrails(illness({ presenceAtSchool: 'delvis' }), facts({ assessments: [LEGE], ...pptPending }))),
    ).toEqual(['school-offer-missing']);
    expect(
      checkGuardrails(
        illness({ presenceAtSchool: 'begrenset', schoolOffer: 'Kunst og håndverk tirsdag' }),
        facts({ assessments: [LEGE, VURDERING] }),
      ),
    ).toEqual({ ok: true, warnings: [] });
  });

  it('refuses when nobody at school follows up, unless the pupil is at a health institution', () => {
    expect(codes(checkGuardrails(illness({ followedUpBy: '' }), facts({ assessments: [LEGE] })))).toEqual([
      'school-follow-up-missing',
    ]);
    expect(
      checkGuardrails(illness({ followedUpBy: '', place: 'helseinstitusjon' }), facts({ assessments: [LEGE] })).ok,
    ).toBe(true);
  });

  it('warns that partial sick leave needs PPT’s sakkyndig vurdering (004 §4.3)', () => {
    const r = checkGuardrails(
      illness({ presenceAtSchool: 'delvis', schoolOffer: 'Første time hver dag' }),
      facts({ assessments: [LEGE] }),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings).toMatchObject([{ code: 'partial-sick-needs-ppt', source: '004 §4.3' }]);
    expect(r.warnings[0]!.message).toContain(
      'Eleven er ikke henvist til PPT: det må gjøres raskt, også om eleven er faglig sterk.',
    );
  });

  it('is not held to the attendance-reduction rules: the doctor’s statement is the basis', () => {
    expect(codes(checkGuardrails(illness(), facts({ assessments: [LEGE], asOf: AS_OF })))).toEqual([]);
  });
});
