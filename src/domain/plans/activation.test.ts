import { describe, expect, it } from 'vitest';
import { canActivatePlan } from './activation';
import { dagsplan, facts, illness, returnPlan, samarbeidsavtale, tiltaksplan } from './testing';

const LEGE = {
  id: 'lege1',
  kind: 'legeerklaering' as const,
  issuedOn: '2025-10-30',
  issuedBy: 'Fastlege',
  recommendations: 'Kan ikke være på skolen',
  validUntil: null,
};
const noVoice = { filledForms: [], trustedPersonStatements: [] };

describe('activating a plan', () => {
  it('activates a complete tiltaksplan when the pupil has been heard', () => {
    expect(canActivatePlan(tiltaksplan(), facts())).toEqual({ ok: true, warnings: [] });
  });

  it.each([tiltaksplan(), samarbeidsavtale(), dagsplan(), returnPlan()])(
    'refuses a $kind until the pupil’s voice is in the case (004 §3)',
    (plan) => {
      const r = canActivatePlan(plan, facts({ ...noVoice, referrals: [{ service: 'ppt', status: 'sendt' }] }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reasons.map((x) => x.code)).toEqual(['pupil-voice-missing']);
    },
  );

  it('does not hold teaching during illness back for the voice, but asks for it', () => {
    const r = canActivatePlan(illness(), facts({ ...noVoice, assessments: [LEGE] }));
    expect(r).toMatchObject({ ok: true, warnings: [{ code: 'pupil-voice-missing', source: '004 §3' }] });
  });

  it('lists what is missing, the legal reasons and the voice together', () => {
    const plan = tiltaksplan({
      nextMeetingOn: null,
      measures: [
        {
          ...tiltaksplan().measures[0]!,
          attendanceReduction: { kind: 'kortere-skoledag', description: 'Slutter kl. 11', basis: null },
        },
      ],
    });
    const r = canActivatePlan(plan, facts(noVoice));
    expect(r.ok || r.reasons.map((x) => `${x.code}@${x.path ?? ''}`)).toEqual([
      'incomplete@nextMeetingOn',
      'pupil-voice-missing@',
      'reduction-without-basis@measures[0].attendanceReduction.basis',
    ]);
  });

  it('refuses a samarbeidsavtale not signed by both home and school (001)', () => {
    const r = canActivatePlan(
      samarbeidsavtale({
        signatures: [
          { name: 'Ola Nordmann', role: 'skole', signedOn: '2025-11-03' },
          { name: 'Kari Nordmann', role: 'foresatt', signedOn: '2025-11-05' },
        ],
      }),
      facts(),
    );
    expect(r).toMatchObject({
      ok: false,
      reasons: [
        {
          code: 'agreement-unsigned-guardian',
          message: 'Underskrifter: samarbeidsavtalen må være signert av foresatte.',
        },
      ],
    });
    expect(canActivatePlan(samarbeidsavtale({ signatures: [] }), facts()).ok).toBe(false);
    expect(canActivatePlan(samarbeidsavtale(), facts())).toEqual({ ok: true, warnings: [] });
  });

  it('activates a dagsplan with open H-s, handing the hints on as warnings', () => {
    const r = canActivatePlan(dagsplan({ rows: [{ ...dagsplan().rows[0]!, why: '' }, dagsplan().rows[1]!] }), facts());
    expect(r).toMatchObject({
      ok: true,
      warnings: [{ code: 'seven-h', source: '004 §4 (de sju H-ene)', path: 'rows[0].why' }],
    });
  });

  it('warns when a tiltaksplan says nothing about triggers (000 §6.2.2)', () => {
    expect(canActivatePlan(tiltaksplan({ triggers: undefined }), facts())).toMatchObject({
      ok: true,
      warnings: [{ code: 'triggers-missing', source: '000 §6.2.2' }],
    });
  });
});

// Activating a plan starts its measures: «Elevens stemme og barnets beste» is recorded with it (decision 204).
describe('activating a plan records the pupil’s views and the best interest', () => {
  const HEARD = {
    pupilViews: { obtained: true, how: 'samtale', views: 'Vil begynne med to dager i uka' },
    bestInterest: 'Trygghet og en rolig start veier tyngst nå',
  };
  const NOT_OBTAINED = {
    pupilViews: {
      obtained: false,
      why: 'Eleven har vært innlagt i tre uker',
      howSought: 'Brev og to telefoner via foresatte',
    },
    bestInterest: 'Opplæringen må komme i gang mens eleven er syk',
  };
  const kinds = [
    { plan: tiltaksplan(), facts: facts() },
    { plan: samarbeidsavtale(), facts: facts() },
    { plan: dagsplan(), facts: facts() },
    { plan: returnPlan(), facts: facts() },
    { plan: illness(), facts: facts({ assessments: [LEGE] }) },
  ];
  const STEP = 'før tiltak settes i gang';
  const cases: { name: string; heard: unknown; message: string | null }[] = [
    {
      name: 'nothing',
      heard: undefined,
      message: `Elevens syn må være registrert ${STEP} – eller hvorfor det ikke kunne innhentes og hvordan det er forsøkt (barnekonvensjonen art. 12, Grunnloven § 104).`,
    },
    {
      name: 'the views without the best interest',
      heard: { ...HEARD, bestInterest: '' },
      message: `Elevens stemme og barnets beste må være dokumentert ${STEP}: skriv vurderingen av barnets beste (minst 10 tegn).`,
    },
    {
      name: 'the best interest with «ok» as the views',
      heard: { ...HEARD, pupilViews: { obtained: true, how: 'samtale', views: 'ok' } },
      message: `Elevens stemme og barnets beste må være dokumentert ${STEP}: skriv hva eleven selv mener (minst 10 tegn).`,
    },
    {
      name: 'not obtained without how it was sought',
      heard: { ...NOT_OBTAINED, pupilViews: { ...NOT_OBTAINED.pupilViews, howSought: ' ' } },
      message: `Elevens stemme og barnets beste må være dokumentert ${STEP}: skriv hvordan det er forsøkt å høre eleven (minst 10 tegn).`,
    },
    { name: 'the views and the best interest', heard: HEARD, message: null },
    { name: 'why not, how it was sought and the best interest', heard: NOT_OBTAINED, message: null },
  ];

  for (const { plan, facts: f } of kinds)
    it.each(cases)(`${plan.kind}: $name`, ({ heard, message }) => {
      const r = canActivatePlan(plan, f, { heard });
      if (message === null) expect(r.ok).toBe(true);
      else
        expect(r).toMatchObject({
          ok: false,
          reasons: [{ code: 'heard-missing', path: 'heard', message }],
        });
    });

  it('what activation would say today, before the record is written, asks only the plan’s own gates', () => {
    expect(canActivatePlan(tiltaksplan(), facts())).toEqual({ ok: true, warnings: [] });
  });

  it('the plan’s own voice gate (004 §3) still holds with a record', () => {
    const r = canActivatePlan(tiltaksplan(), facts(noVoice), { heard: HEARD });
    expect(r.ok || r.reasons.map((x) => x.code)).toEqual(['pupil-voice-missing']);
  });
});
