// Plans in a case through the API (decision 064): a plan of each kind, edits as versions with a diff and a
// conflict on a stale edit, the guardrails of decision 062 where activation enforces them (refused with the
// domain's codes and paths, allowed with its warnings), closing, the PDF read back, and the case page's list.
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { describeDb } from '../support/db';
import { pdfText } from '../support/pdf-text';
import * as ex from '../../src/domain/plans/testing';
import { conflictMessage } from '../../src/server/errors';
import { useWorld } from '../support/world';
import { HEARD } from '../../src/domain/ladder/testing';

// The domain's example plans are dated around 3.11.2025; the test clock stands on 24.11.2026.
const SHIFT_DAYS = (Date.parse('2026-11-24') - Date.parse(ex.AS_OF)) / 86_400_000;
function shifted<T>(value: T): T {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(Date.parse(value) + SHIFT_DAYS * 86_400_000).toISOString().slice(0, 10) as T;
  if (Array.isArray(value)) return value.map(shifted) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shifted(v)])) as T;
  return value;
}

describeDb('plans in a case', () => {
  const w = useWorld({ kommuner: ['plan'], login: ['kontakt', 'rektor', 'fag'] });
  let caseId: string;
  beforeAll(async () => {
    const opened = await w.as('kontakt').post('/api/cases', {
      pupilId: w.k.pupilIds[0],
      from: 'undring',
      reason: 'Trøtt og borte mandager',
    });
    expect(opened.statusCode).toBe(201);
    caseId = opened.json().id;
  });
  const plans = `/api/cases/${'{caseId}'}/plans`;
  const url = (rest = '') => `${plans.replace('{caseId}', caseId)}${rest}`;
  const create = async (content: { kind: string }) => {
    const r = await w.as('kontakt').post(url(), { kind: content.kind, content: shifted(content) });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().plan.id as string;
  };
  const activate = async (id: string, version = 1) =>
    w.as('kontakt').post(url(`/${id}/activate`), { version, heard: HEARD });
  const codes = (r: { json(): { error: { details: { reasons: { code: string }[] } } } }) =>
    r.json().error.details.reasons.map((x) => x.code);
  const warningCodes = (warnings: { code: string }[]) => warnings.map((w) => w.code);
  const addStatement = () =>
    w.db.withContext({ kommuneId: w.k.id, userId: w.k.users.kontakt!.id }, (tx) =>
      sql`insert into case_statement (id, kommune_id, case_id, pupil_id, person_name, relation, chosen_by_pupil, statement, given_on, recorded_by, recorded_at)
          values (${randomUUID()}, ${w.k.id}, ${caseId}, ${w.k.pupilIds[0]}, 'Hanne Helsesøster', 'helsesykepleier', true, 'Eleven gruer seg til garderoben og vil ha en voksen å gå til om morgenen.', '2026-11-23', ${w.k.users.kontakt!.id}, now())`.execute(
        tx,
      ),
    );

  it('creates a blank plan of each kind; the case lists them', async () => {
    for (const kind of [
      'tiltaksplan',
      'samarbeidsavtale',
      'dagsplan',
      'gradvis-tilbakeforing',
      'opplaering-ved-sykdom',
    ]) {
      const r = await w.as('kontakt').post(url(), { kind });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json().plan).toMatchObject({ kind, status: 'utkast', version: 1 });
    }
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    expect(c.plans.map((p: { kind: string }) => p.kind).sort()).toEqual([
      'dagsplan',
      'gradvis-tilbakeforing',
      'opplaering-ved-sykdom',
      'samarbeidsavtale',
      'tiltaksplan',
    ]);
    expect(c.plans.find((p: { kind: string }) => p.kind === 'samarbeidsavtale').title).toBe(
      'Samarbeidsavtale 24.11.2026',
    );
    // A blank plan is refused with what is missing, each at its field.
    const blank = c.plans.find((p: { kind: string }) => p.kind === 'samarbeidsavtale').id;
    const refused = await activate(blank);
    expect(refused.statusCode).toBe(400);
    expect(codes(refused)).toContain('incomplete');
    expect(refused.json().error.details.fields).toEqual(
      expect.arrayContaining([{ field: 'mainGoal', message: 'Hovedmål: mangler' }]),
    );
  });

  it('refuses content that is not a plan, naming the field in Norwegian', async () => {
    const r = await w.as('kontakt').post(url(), {
      kind: 'samarbeidsavtale',
      content: { ...shifted(ex.samarbeidsavtale()), evaluationOn: '24.11.2026', extra: 1 },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['evaluationOn', '']),
    );
  });

  it('keeps every edit as a version with a diff; a stale edit gets the conflict message', async () => {
    const id = await create(ex.samarbeidsavtale());
    const content = shifted(ex.samarbeidsavtale());
    const edited = {
      ...content,
      planB: 'Helsesykepleier henter eleven i klasserommet.',
      rows: [
        ...content.rows,
        {
          id: 'r2',
          subGoal: 'Spise lunsj med klassen',
          measure: 'Fast plass ved bordet',
          responsible: 'Kontaktlærer',
          deadline: '2026-12-11',
          reducesAttendance: null,
        },
      ],
    };
    const put = await w.as('kontakt').put(url(`/${id}`), { content: edited, version: 1 });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().version).toBe(2);
    expect(put.json().changes.map((c: { label: string }) => c.label)).toEqual(
      expect.arrayContaining(['Plan B', 'Rad 2']),
    );
    const stale = await w.as('rektor').put(url(`/${id}`), { content: { ...edited, mainGoal: 'Annet' }, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe(conflictMessage);
    const same = await w.as('kontakt').put(url(`/${id}`), { content: edited, version: 2 });
    expect(same.json().error.message).toBe('Planen er ikke endret.');
    const versions = (await w.as('kontakt').get(url(`/${id}/versions`))).json().versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(versions[1].changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          label: 'Plan B',
          type: 'changed',
          after: 'Helsesykepleier henter eleven i klasserommet.',
        }),
      ]),
    );
    expect(versions[0].content.planB).toBe(content.planB);
  });

  it('refuses activation until the pupil’s voice is in the case, then activates with the school’s and guardians’ signatures', async () => {
    const id = await create(ex.samarbeidsavtale());
    const refused = await activate(id);
    expect(refused.statusCode).toBe(400);
    expect(codes(refused)).toEqual(['pupil-voice-missing']);
    expect(refused.json().error.message).toMatch(/^Planen kan ikke aktiveres ennå: /);
    // The plan shows the same refusal before anyone presses the button.
    const shown = (await w.as('kontakt').get(url(`/${id}`))).json().plan;
    expect(shown.activation.ok).toBe(false);
    expect(shown.activation.reasons[0].code).toBe('pupil-voice-missing');
    // The refusal is audited.
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('audit_log').select('action').where('action', '=', 'case.plan.activation-refused').execute(),
    );
    expect(audit.length).toBeGreaterThan(0);

    await addStatement();
    const ok = await activate(id);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, activatedOn: '2026-11-24', warnings: [] });
    const after = (await w.as('kontakt').get(url(`/${id}`))).json().plan;
    expect(after).toMatchObject({
      status: 'aktiv',
      activatedOn: '2026-11-24',
      pupilVoice: [expect.objectContaining({ kind: 'trusted-person', name: 'Hanne Helsesøster' })],
    });
    expect(after.attendance.summary).toMatch(/Tilstedeværelse/);
    expect((await activate(id, 2)).json().error.message).toBe('Planen er allerede aktiv.');
    // An active plan cannot be edited out of its guardrails.
    const exempt = { ...after.content, rows: [{ ...after.content.rows[0], reducesAttendance: 'kortere-skoledag' }] };
    const edit = await w.as('kontakt').put(url(`/${id}`), { content: exempt, version: 2 });
    expect(edit.statusCode).toBe(400);
    expect(codes(edit)).toEqual(['agreement-cannot-exempt']);
    // Closing ends it; a closed plan takes no edits.
    const closed = await w.as('kontakt').post(url(`/${id}/close`), { version: 2 });
    expect(closed.json()).toEqual({ version: 3, closedOn: '2026-11-24' });
    expect((await w.as('kontakt').put(url(`/${id}`), { content: after.content, version: 3 })).statusCode).toBe(400);
    const versions = (await w.as('kontakt').get(url(`/${id}/versions`))).json().versions;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(['utkast', 'aktiv', 'avsluttet']);
  });

  // Each guardrail of decision 062 that activation enforces, after the pupil's voice is in the case.
  const withMeasure = (m: object) => ex.tiltaksplan({ measures: [{ ...ex.tiltaksplan().measures[0]!, ...m }] });
  const temporary = (extra: object = {}) => ({
    type: 'midlertidig',
    from: '2025-11-03',
    until: '2025-11-21',
    evaluateOn: '2025-11-14',
    considerations: 'Vurdert mot full plikt nå.',
    bestInterest: 'Ressursteamet vurderer det som barnets beste.',
    sakkyndigUttalelseId: null,
    ...extra,
  });
  const refusals: [string, { kind: string }, string][] = [
    [
      'unsigned by the guardians',
      ex.samarbeidsavtale({ signatures: [{ name: 'Ola Nordmann', role: 'skole', signedOn: '2025-11-03' }] }),
      'agreement-unsigned-guardian',
    ],
    [
      'an agreement that reduces attendance (000 §7)',
      ex.samarbeidsavtale({ rows: [{ ...ex.samarbeidsavtale().rows[0]!, reducesAttendance: 'senere-oppmote' }] }),
      'agreement-cannot-exempt',
    ],
    [
      'a reduction with no basis',
      withMeasure({
        attendanceReduction: { kind: 'kortere-skoledag', description: 'Går hjem etter lunsj', basis: null },
      }),
      'reduction-without-basis',
    ],
    [
      'a temporary exemption from a subject without a sakkyndig uttalelse',
      withMeasure({
        attendanceReduction: { kind: 'fritak-fag', description: 'Fritak fra svømming', basis: temporary() },
      }),
      'exemption-needs-statement',
    ],
    [
      'a temporary full exemption',
      withMeasure({ attendanceReduction: { kind: 'helt-fritak', description: 'Hjemme', basis: temporary() } }),
      'full-exemption-not-temporary',
    ],
    [
      'a reduction on an expert assessment the case does not hold',
      withMeasure({
        attendanceReduction: {
          kind: 'kortere-skoledag',
          description: 'Går hjem etter lunsj',
          basis: {
            type: 'sakkyndig-vurdering',
            assessmentId: 'finnes-ikke',
            recommendation: 'Side 3',
            guardianConsent: { signedOn: '2025-11-03', signedBy: ['Kari Nordmann'] },
          },
        },
      }),
      'expert-assessment-missing',
    ],
    [
      'home schooling outside a plan for return (000 §6.3.3)',
      withMeasure({
        homeSchooling: { grounds: 'overgangsperiode', explanation: 'Borte i ti uker.', returnPlanId: null },
      }),
      'home-schooling-without-return-plan',
    ],
    [
      'gradual return with partial steps and no basis',
      ex.returnPlan({ attendanceReduction: null }),
      'partial-steps-without-basis',
    ],
    [
      'teaching during illness without a doctor’s statement (004 §5)',
      ex.illness({ doctorStatementId: 'finnes-ikke' }),
      'doctor-statement-missing',
    ],
  ];

  it.each(refusals)('refuses activation: %s', async (_name, plan, code) => {
    if (!(await pupilVoiceRecorded())) await addStatement();
    const r = await activate(await create(plan));
    expect(r.statusCode, r.body).toBe(400);
    expect(codes(r)).toContain(code);
    const reason = r.json().error.details.reasons.find((x: { code: string }) => x.code === code);
    expect(reason.message.length).toBeGreaterThan(20);
    expect(reason.source).toMatch(/000|001|004/);
  });

  async function pupilVoiceRecorded() {
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from case_statement where case_id = ${caseId}`.execute(tx),
    );
    return rows.rows[0]!.n > 0;
  }

  it('allows a documented temporary shorter day, warning that it is for the wait for PPT', async () => {
    const r = await activate(
      await create(
        withMeasure({
          attendanceReduction: {
            kind: 'kortere-skoledag',
            description: 'Går hjem etter lunsj',
            basis: temporary({ from: '2025-11-03', until: '2025-12-19', evaluateOn: '2025-12-01' }),
          },
        }),
      ),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(warningCodes(r.json().warnings)).toContain('temporary-without-ppt-referral');
  });

  it('allows a reduction on a recorded sakkyndig vurdering with the guardians’ consent', async () => {
    const a = await w.as('kontakt').post(`/api/cases/${caseId}/assessments`, {
      kind: 'sakkyndig-vurdering',
      issuedOn: '2026-11-20',
      issuedBy: 'PPT Testkommune',
      recommendations: 'Kortere skoledag i en periode',
    });
    expect(a.statusCode, a.body).toBe(201);
    const plan = withMeasure({
      attendanceReduction: {
        kind: 'kortere-skoledag',
        description: 'Går hjem etter lunsj',
        basis: {
          type: 'sakkyndig-vurdering',
          assessmentId: a.json().assessment.id,
          recommendation: 'Anbefaling 2',
          guardianConsent: { signedOn: '2025-11-01', signedBy: ['Kari Nordmann'] },
        },
      },
    });
    const r = await activate(await create(plan));
    expect(r.statusCode, r.body).toBe(200);
  });

  it('allows home schooling inside the case’s plan for return, always with the guideline’s warning', async () => {
    const returnPlanId = await create(ex.returnPlan());
    const r = await activate(
      await create(
        withMeasure({
          homeSchooling: {
            grounds: 'overgangsperiode',
            explanation: 'Borte i ti uker; kontaktlærer underviser hjemme.',
            returnPlanId,
          },
        }),
      ),
    );
    expect(r.statusCode, r.body).toBe(200);
    const warning = r.json().warnings.find((w: { code: string }) => w.code === 'home-schooling-not-recommended');
    expect(warning.message).toMatch(/Hjemmeundervisning er i de aller fleste tilfeller av skolevegring ikke anbefalt/);
  });

  it('allows teaching during illness on a doctor’s statement in the case', async () => {
    const a = await w.as('kontakt').post(`/api/cases/${caseId}/assessments`, {
      kind: 'legeerklaering',
      issuedOn: '2026-11-23',
      issuedBy: 'Fastlege',
      recommendations: 'Kan ikke være på skolen i tolv uker',
    });
    const r = await activate(await create(ex.illness({ doctorStatementId: a.json().assessment.id })));
    expect(r.statusCode, r.body).toBe(200);
  });

  it('prints the samarbeidsavtale with its rows, plan B and signature lines; the tiltaksplan, dagsplan and return plan too', async () => {
    const id = await create(
      ex.samarbeidsavtale({
        rows: [
          ...ex.samarbeidsavtale().rows,
          {
            id: 'r2',
            subGoal: 'Trives i friminuttene',
            measure: 'Fast friminuttsvenn',
            responsible: 'Kontaktlærer',
            deadline: '2025-11-21',
            reducesAttendance: null,
          },
        ],
      }),
    );
    const pdf = await w.as('kontakt').get(url(`/${id}/pdf`));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(pdf.rawPayload));
    for (const expected of [
      'Samarbeidsavtale 24.11.2026',
      'Vekking kl. 07.00 og felles frokost',
      'Fast friminuttsvenn',
      'Plan B',
      'Kontaktlærer ringer hjem kl. 08.45',
      'Underskrifter',
      'Sted og dato',
      'Foresatt: Kari Nordmann',
      'Skolen: Ola Nordmann',
      'klasse 9A',
    ])
      expect(text).toContain(expected);
    for (const [plan, expected] of [
      [ex.tiltaksplan(), 'Tiltak plan B'],
      [ex.dagsplan(), 'Lesing med lærer'],
      [ex.returnPlan(), 'Neste steg når'],
      [ex.illness(), 'Opplæringen'],
    ] as const) {
      const p = await create(plan);
      expect(await pdfText(new Uint8Array((await w.as('kontakt').get(url(`/${p}/pdf`))).rawPayload))).toContain(
        expected,
      );
    }
  });

  it('is the school’s to write: a subject teacher may not, another kommune’s id is not found', async () => {
    expect((await w.as('fag').post(url(), { kind: 'dagsplan' })).statusCode).toBe(403);
    expect((await w.as('kontakt').get(url(`/${randomUUID()}`))).statusCode).toBe(404);
  });
});
