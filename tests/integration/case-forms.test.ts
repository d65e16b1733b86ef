// Forms filled in a case and the pupil's voice (issue 7, decision 063): fill with the engine's Norwegian
// problems by question, edit with the version (a stale one gives the conflict message), read back and
// print with æøå, the timetable's rows from the class timetable, a trusted person's statement, the
// pupil-voice status on the case page; a partner reads only through consent, another kommune's ids are
// unknown.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { conflictMessage } from '../../src/server/errors';
import { describeDb } from '../support/db';
import { pdfText } from '../support/pdf-text';
import { openCase } from '../support/make';
import { useWorld } from '../support/world';

describeDb('forms in the case and the pupil’s voice', () => {
  const w = useWorld({ kommuner: ['skj', 'skjb'], login: ['kontakt', 'helse', 'fag', 'kontakt.skjb'] });
  let caseId: string;
  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!, 'Vondt i magen før gym');
  });
  const arsak = {
    kort: {
      selected: [{ card: 'engstelig' }, { card: 'noe-pa-skolen', extent: 8, note: 'Særlig tirsdager' }],
      elaborations: { fag: [{ option: 'gym-skifte-i-garderobe' }] },
    },
    tiltak: 'Får skifte før de andre – avtalt med faglærer i kroppsøving (æøå ÆØÅ)',
  };

  it('lists the forms, and says which count as the pupil’s voice', async () => {
    const res = await w.as('kontakt').get('/api/forms');
    expect(res.statusCode).toBe(200);
    const forms = res.json().forms as { id: string; countsAsPupilVoice: boolean; audience: string }[];
    expect(forms).toHaveLength(12);
    // The årsakskartlegging counts from its second version, with the pupil's own view of what would help (decision 062).
    expect(forms.find((f) => f.id === 'arsakskartlegging')).toMatchObject({
      countsAsPupilVoice: true,
      audience: 'elev',
    });
    expect(forms.find((f) => f.id === 'undringssamtale-elev')).toMatchObject({ countsAsPupilVoice: true });
    expect(forms.find((f) => f.id === 'opprettholdende-faktorer')).toMatchObject({ countsAsPupilVoice: false });
    const blank = await w.as('kontakt').get('/api/forms/pluss-minus-skjema/pdf');
    expect(blank.statusCode).toBe(200);
    expect(await pdfText(blank.rawPayload)).toContain('Pluss-minus');
  });

  it('has no pupil’s voice before a form is filled with the pupil, and says what would count', async () => {
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    expect(c.forms).toEqual([]);
    expect(c.statements).toEqual([]);
    expect(c.pupilVoice.heard).toBe(false);
    expect(c.pupilVoice.reasons[0]).toMatch(/Elevens stemme er ikke hørt/);
  });

  it('refuses answers the form does not take, naming the question in Norwegian', async () => {
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
      formId: 'arsakskartlegging',
      answers: {
        kort: { selected: [{ card: 'ukjent-kort' }, { card: 'noe-pa-skolen', extent: 11 }] },
        finnesikke: 'x',
      },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual([
      'finnesikke',
      'arsaker.kort.selected.0.card',
      'arsaker.kort.noe-pa-skolen.extent',
    ]);
    expect(fields[2]!.message).toMatch(/må være et helt tall fra 1 til 10/);
    expect(res.json().error.message).toMatch(/3 feil/);
    expect(
      (await w.as('kontakt').post(`/api/cases/${caseId}/forms`, { formId: 'finnes-ikke', answers: {} })).statusCode,
    ).toBe(400);
    expect(
      (
        await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
          formId: 'arsakskartlegging',
          filledOn: '2026-12-01',
          answers: {},
        })
      ).json().error.details.fields[0].field,
    ).toBe('filledOn');
  });

  let formId: string;
  it('fills the årsakskartlegging with the pupil and reads it back; it maps causes, it is not yet the pupil’s voice', async () => {
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
      formId: 'arsakskartlegging',
      answers: arsak,
    });
    expect(res.statusCode).toBe(201);
    formId = res.json().form.id;
    expect(res.json().form).toMatchObject({
      formId: 'arsakskartlegging',
      formVersion: 2,
      title: 'Årsakskartlegging',
      audience: 'elev',
      filledOn: '2026-11-24',
      meetingId: null,
      version: 1,
    });
    const read = (await w.as('kontakt').get(`/api/cases/${caseId}/forms/${formId}`)).json().form;
    expect(read.answers).toEqual(arsak);
    expect(read.form.id).toBe('arsakskartlegging');
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    expect(c.forms.map((f: { id: string }) => f.id)).toEqual([formId]);
    expect(c.pupilVoice).toMatchObject({ heard: false, evidence: [] });
    // What the bank suggests from: the causes of this mapping, and the measure for the changing room among them.
    expect(c.mappedCauses).toEqual({
      formId,
      filledOn: '2026-11-24',
      causes: [
        { code: 'gym-skifte-i-garderobe', label: 'Gym – skifte i garderobe' },
        { code: 'engstelig', label: 'Engstelig' },
        { code: 'noe-pa-skolen', label: 'Noe på skolen kjennes vanskelig' },
      ],
    });
    const bank = (
      await w
        .as('kontakt')
        .get(`/api/measures?causes=${c.mappedCauses.causes.map((x: { code: string }) => x.code).join(',')}`)
    ).json();
    expect(bank.suggestions.slice(0, 5).map((x: { title: string }) => x.title)).toContain(
      'Mulighet for å skifte i egen garderobe',
    );
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'entity_id', 'kind'])
        .where('case_id', '=', caseId)
        .where('action', 'like', 'case.form.%')
        .execute(),
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'case.form.fill', entity_id: formId, kind: 'create' },
        { action: 'case.form.read', entity_id: formId, kind: 'read' },
      ]),
    );
  });

  it('edits with the version; a stale version gets the conflict message and changes nothing', async () => {
    const edited = { ...arsak, tiltak: 'Skifter på eget rom fra uke 49' };
    const res = await w.as('kontakt').put(`/api/cases/${caseId}/forms/${formId}`, {
      audience: 'elev-og-foresatte',
      meetingId: null,
      filledOn: '2026-11-23',
      answers: edited,
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().form).toMatchObject({ version: 2, audience: 'elev-og-foresatte', filledOn: '2026-11-23' });
    const stale = await w.as('kontakt').put(`/api/cases/${caseId}/forms/${formId}`, {
      audience: 'skolen',
      meetingId: null,
      filledOn: '2026-11-23',
      answers: arsak,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe(conflictMessage);
    expect((await w.as('kontakt').get(`/api/cases/${caseId}/forms/${formId}`)).json().form).toMatchObject({
      audience: 'elev-og-foresatte',
      answers: edited,
    });
    const bad = await w.as('kontakt').put(`/api/cases/${caseId}/forms/${formId}`, {
      audience: 'elev',
      meetingId: null,
      filledOn: '2026-11-23',
      answers: { tiltak: 5 },
      version: 2,
    });
    expect(bad.json().error.details.fields).toEqual([
      { field: 'videre.tiltak', message: '«Tiltak drøftet med eleven»: må være en tekst' },
    ]);
    // Back to the first answers, for the print below.
    expect(
      (
        await w.as('kontakt').put(`/api/cases/${caseId}/forms/${formId}`, {
          audience: 'elev',
          meetingId: null,
          filledOn: '2026-11-24',
          answers: arsak,
          version: 2,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('prints the filled form with the pupil’s choices and æøå', async () => {
    const res = await w.as('kontakt').get(`/api/cases/${caseId}/forms/${formId}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Årsakskartlegging');
    expect(text).toContain('[X] Engstelig');
    expect(text).toContain('[X] Noe på skolen kjennes vanskelig – omfang 8 av 10 – Særlig tirsdager');
    expect(text).toContain('[X] Gym – skifte i garderobe');
    expect(text).toContain('(æøå ÆØÅ)');
    expect(text).toContain('Testskole');
    expect(text).toContain('sammen med eleven');
  });

  it('leaves the school out of the print for a pupil with a protected address, and says why', async () => {
    await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.updateTable('pupil').set({ protected_address: 'fortrolig' }).where('id', '=', w.k.pupilIds[0]!).execute(),
    );
    try {
      const text = (
        await pdfText((await w.as('kontakt').get(`/api/cases/${caseId}/forms/${formId}/pdf`)).rawPayload)
      ).replace(/\s+/g, ' ');
      expect(text).toContain('fortrolig adresse');
      expect(text).not.toContain('Testskole');
    } finally {
      await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
        tx.updateTable('pupil').set({ protected_address: 'none' }).where('id', '=', w.k.pupilIds[0]!).execute(),
      );
    }
  });

  it('fills the timetable form on the class timetable, whatever subject the client sends', async () => {
    const start = (await w.as('kontakt').get(`/api/cases/${caseId}/forms/new/timeplan-rod-gul-gronn`)).json();
    expect(start.form.id).toBe('timeplan-rod-gul-gronn');
    const rows = start.answers.timeplan.rows as { key: string; label: string }[];
    expect(rows).toHaveLength(29);
    expect(rows.find((r) => r.key === 'tirsdag-3')).toEqual({ key: 'tirsdag-3', label: 'Kroppsøving', cells: {} });
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
      formId: 'timeplan-rod-gul-gronn',
      answers: {
        timeplan: {
          rows: [{ key: 'tirsdag-3', label: 'Friminutt', cells: { farge: 'rod', kommentar: 'Garderoben' } }],
        },
      },
    });
    expect(res.statusCode).toBe(201);
    const read = (await w.as('kontakt').get(`/api/cases/${caseId}/forms/${res.json().form.id}`)).json().form;
    expect(read.answers.timeplan.rows.find((r: { key: string }) => r.key === 'tirsdag-3')).toEqual({
      key: 'tirsdag-3',
      label: 'Kroppsøving',
      cells: { farge: 'rod', kommentar: 'Garderoben' },
    });
    const wrong = await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
      formId: 'timeplan-rod-gul-gronn',
      answers: {
        timeplan: {
          rows: [
            { key: 'lordag-1', cells: {} },
            { key: 'mandag-1', cells: { farge: 'blå' } },
          ],
        },
      },
    });
    expect(wrong.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'timeplanen.timeplan.rows.mandag-1.farge',
      'timeplanen.timeplan.rows.29.key',
    ]);
  });

  it('links a form to a meeting of the case only', async () => {
    const meeting = (
      await w.as('kontakt').post(`/api/cases/${caseId}/meetings`, {
        kind: 'undringssamtale-elev',
        scheduledOn: '2026-11-24',
        participants: ['Eleven', 'Kontaktlærer'],
        agenda: 'Hvordan har du det?',
      })
    ).json().meeting;
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
      formId: 'undringssamtale-elev',
      meetingId: meeting.id,
      answers: {},
    });
    expect(res.json().form).toMatchObject({ meetingId: meeting.id, audience: 'elev' });
    const otherMeeting = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('case_meeting').select('id').where('case_id', '!=', caseId).executeTakeFirstOrThrow(),
    );
    expect(
      (
        await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
          formId: 'undringssamtale-elev',
          meetingId: otherMeeting.id,
          answers: {},
        })
      ).statusCode,
    ).toBe(404);
  });

  it('records a trusted person’s statement, field by field when something is missing', async () => {
    const missing = await w.as('kontakt').post(`/api/cases/${caseId}/statements`, {
      personName: ' ',
      relation: '',
      chosenByPupil: true,
      statement: '',
      givenOn: '2026-11-24',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'personName',
      'relation',
      'statement',
    ]);
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/statements`, {
      personName: 'Åse Ødegård',
      relation: 'Helsesykepleier',
      chosenByPupil: true,
      statement: 'Eleven gruer seg til garderoben og vil ha en voksen å gå til.',
      givenOn: '2026-11-24',
    });
    expect(res.statusCode).toBe(201);
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    expect(c.statements).toEqual([expect.objectContaining({ personName: 'Åse Ødegård', chosenByPupil: true })]);
    expect(c.pupilVoice.evidence.map((e: { text: string }) => e.text)).toContain('Uttalelse fra Åse Ødegård');
    expect(
      (
        await w.as('fag').post(`/api/cases/${caseId}/statements`, {
          personName: 'X',
          relation: 'Y',
          chosenByPupil: true,
          statement: 'Z',
          givenOn: '2026-11-24',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets a service partner read and print a form only through a consent, never write', async () => {
    expect((await w.as('helse').get(`/api/cases/${caseId}/forms/${formId}`)).statusCode).toBe(404);
    expect((await w.as('helse').get(`/api/cases/${caseId}/forms/${formId}/pdf`)).statusCode).toBe(404);
    const underneath = () =>
      w.db.withContext(
        { kommuneId: w.k.id, userId: w.k.users.helse!.id, partnerService: 'helsestasjon' },
        async (tx) => ({
          forms: (await sql<{ id: string }>`select id from case_form where case_id = ${caseId}`.execute(tx)).rows
            .length,
          statements: (await sql<{ id: string }>`select id from case_statement where case_id = ${caseId}`.execute(tx))
            .rows.length,
        }),
      );
    expect(await underneath()).toEqual({ forms: 0, statements: 0 });
    const consent = {
      decision: 'granted',
      services: ['helsestasjon'],
      guardianIds: [w.k.guardianId],
      pupilConsented: false,
      informationGiven: 'Om helsestasjonen',
      scope: 'Fravær og trivsel',
      stafettlogg: false,
      consentDate: '2026-11-24',
      collectedAtService: 'Testskole',
    };
    expect((await w.as('kontakt').post(`/api/cases/${caseId}/consents`, consent)).statusCode).toBe(201);
    const read = await w.as('helse').get(`/api/cases/${caseId}/forms/${formId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().form.answers).toEqual(arsak);
    expect((await w.as('helse').get(`/api/cases/${caseId}/forms/${formId}/pdf`)).statusCode).toBe(200);
    expect((await w.as('helse').get(`/api/cases/${caseId}`)).json().pupilVoice.heard).toBe(true);
    expect((await underneath()).forms).toBeGreaterThan(0);
    expect(
      (await w.as('helse').post(`/api/cases/${caseId}/forms`, { formId: 'arsakskartlegging', answers: {} })).statusCode,
    ).toBe(403);
    expect(
      (
        await w.as('helse').put(`/api/cases/${caseId}/forms/${formId}`, {
          audience: 'elev',
          meetingId: null,
          filledOn: '2026-11-24',
          answers: {},
          version: 3,
        })
      ).statusCode,
    ).toBe(403);
    const prints = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('action')
        .where('user_id', '=', w.k.users.helse!.id)
        .where('action', '=', 'case.form.print')
        .where('outcome', '=', 'allowed')
        .execute(),
    );
    expect(prints).toHaveLength(1);
  });

  it('answers another kommune’s ids as unknown ones', async () => {
    expect((await w.as('kontakt.skjb').get(`/api/cases/${caseId}/forms/${formId}`)).statusCode).toBe(404);
    expect((await w.as('kontakt.skjb').get(`/api/cases/${caseId}/forms/${formId}/pdf`)).statusCode).toBe(404);
    expect(
      (
        await w.as('kontakt.skjb').put(`/api/cases/${caseId}/forms/${formId}`, {
          audience: 'elev',
          meetingId: null,
          filledOn: '2026-11-24',
          answers: {},
          version: 3,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await w.as('kontakt.skjb').post(`/api/cases/${caseId}/forms`, { formId: 'arsakskartlegging', answers: {} }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await w.as('kontakt.skjb').post(`/api/cases/${caseId}/statements`, {
          personName: 'X',
          relation: 'Y',
          chosenByPupil: true,
          statement: 'Z',
          givenOn: '2026-11-24',
        })
      ).statusCode,
    ).toBe(404);
    const unknown = await w.as('kontakt').get(`/api/cases/${caseId}/forms/00000000-0000-4000-8000-000000000000`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('Fant ikke skjemaet.');
  });
});
