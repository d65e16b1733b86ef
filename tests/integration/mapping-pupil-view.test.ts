// The årsakskartlegging as the pupil's voice (issue 17 item 12, decision 062 as changed): filled together
// with the pupil and with the pupil's own view of what would help (the question its second version gains),
// it counts for the plan gate; without that answer, on the first version, or filled by the guardians it does
// not, and the gate says exactly what is missing and offers the form that supplies it.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import * as ex from '../../src/domain/plans/testing';
import { describeDb } from '../support/db';
import { openCase } from '../support/make';
import { useWorld } from '../support/world';
import { HEARD } from '../../src/domain/ladder/testing';

describeDb('the årsakskartlegging with the pupil’s own view counts as the pupil’s voice', () => {
  const w = useWorld({ kommuner: ['stem'], login: ['kontakt'] });
  let caseId: string;
  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!, 'Borte før gym');
  });
  const cards = {
    kort: { selected: [{ card: 'noe-pa-skolen' }], elaborations: { fag: [{ option: 'gym-skifte-i-garderobe' }] } },
  };
  const view = 'Å få skifte alene før gymtimen, og at læreren vet det.';
  const getCase = async () => (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
  const reasonCodes = (r: { json(): { error: { details: { reasons: { code: string }[] } } } }) =>
    r.json().error.details.reasons.map((x) => x.code);

  let planId: string;
  const activate = (version = 1) =>
    w.as('kontakt').post(`/api/cases/${caseId}/plans/${planId}/activate`, { version, heard: HEARD });

  it('a mapping with the pupil but without the answer does not count; the gate names the question and offers that mapping', async () => {
    const filled = await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
      formId: 'arsakskartlegging',
      audience: 'elev',
      answers: cards,
    });
    expect(filled.statusCode, filled.body).toBe(201);
    expect(filled.json().form.formVersion).toBe(2);
    const mappingId = filled.json().form.id as string;
    const c = await getCase();
    expect(c.pupilVoice.heard).toBe(false);
    expect(c.pupilVoice.reasons[1]).toBe(
      'Årsakskartleggingen fra 24.11.2026 er fylt ut sammen med eleven, men «Hva mener eleven selv kan hjelpe?» er ikke besvart. Skriv elevens eget svar i kartleggingen, så teller den som elevens stemme.',
    );
    expect(c.pupilVoice.offers[0]).toEqual({
      formId: 'arsakskartlegging',
      title: 'Årsakskartlegging',
      filledFormId: mappingId,
    });

    // The plan gate refuses with the same two reasons.
    const plan = await w.as('kontakt').post(`/api/cases/${caseId}/plans`, {
      kind: 'samarbeidsavtale',
      // The domain's example is dated around 3.11.2025; the test clock stands on 24.11.2026.
      content: JSON.parse(JSON.stringify(ex.samarbeidsavtale()).replaceAll('"2025-', '"2026-')),
    });
    expect(plan.statusCode, plan.body).toBe(201);
    planId = plan.json().plan.id;
    const refused = await activate();
    expect(refused.statusCode).toBe(400);
    expect(reasonCodes(refused)).toEqual(['pupil-voice-missing', 'mapping-without-pupil-view']);
  });

  it('filled by the guardians with an answer, it still does not count', async () => {
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
      formId: 'arsakskartlegging',
      audience: 'foresatte',
      answers: { ...cards, 'elevens-syn': 'Foreldrene tror det hjelper å bli kjørt.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = await getCase();
    expect(c.pupilVoice.heard).toBe(false);
    expect(c.pupilVoice.reasons).toContain(
      '«Årsakskartlegging» fra 24.11.2026 er fylt ut av foresatte, ikke sammen med eleven, og teller derfor ikke som elevens stemme.',
    );
  });

  it('a mapping on the first version, which does not ask, offers a new one', async () => {
    const kontakt = w.k.users.kontakt!.id;
    await w.db.withContext({ kommuneId: w.k.id, userId: kontakt }, (tx) =>
      sql`insert into case_form (id, kommune_id, case_id, pupil_id, form_id, form_version, audience, meeting_id, answers, filled_on, recorded_by, updated_at)
          values (${randomUUID()}, ${w.k.id}, ${caseId}, ${w.k.pupilIds[0]}, 'arsakskartlegging', 1, 'elev', null, ${JSON.stringify(cards)}::jsonb, '2026-11-23', ${kontakt}, now())`.execute(
        tx,
      ),
    );
    const c = await getCase();
    expect(c.pupilVoice.reasons).toContain(
      'Årsakskartleggingen fra 23.11.2026 er fylt ut på en eldre utgave av skjemaet, som ikke spør «Hva mener eleven selv kan hjelpe?». Fyll ut årsakskartleggingen på nytt sammen med eleven og skriv elevens eget svar, så teller den som elevens stemme.',
    );
    // Completing the filled one comes first; a new one is offered once.
    expect(c.pupilVoice.offers.map((o: { filledFormId: string | null }) => o.filledFormId === null)).toEqual([
      false,
      true,
    ]);
  });

  it('with the pupil’s answer written, the mapping counts and the plan activates', async () => {
    const c0 = await getCase();
    const mapping = c0.forms.find(
      (f: { formVersion: number; audience: string }) => f.formVersion === 2 && f.audience === 'elev',
    );
    const edited = await w.as('kontakt').put(`/api/cases/${caseId}/forms/${mapping.id}`, {
      audience: 'elev',
      meetingId: null,
      filledOn: mapping.filledOn,
      answers: { ...cards, 'elevens-syn': view },
      version: mapping.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const c = await getCase();
    expect(c.pupilVoice).toMatchObject({
      heard: true,
      reasons: [],
      offers: [],
      evidence: [{ kind: 'form', id: mapping.id, text: 'Årsakskartlegging', on: '2026-11-24' }],
    });
    const ok = await activate();
    expect(ok.statusCode, ok.body).toBe(200);
    const plan = (await w.as('kontakt').get(`/api/cases/${caseId}/plans/${planId}`)).json().plan;
    expect(plan.pupilVoice).toEqual([expect.objectContaining({ kind: 'form', id: mapping.id })]);
  });
});
