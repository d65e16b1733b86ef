// Consent and the service partner's access (issue 6 items 1–3): the helsesykepleier sees nothing of a
// pupil until a consent covering helsestasjon is recorded in the case, then reads the case (and only
// reads), and after withdrawal — or when the case closes, or when the family leaves that person out —
// sees nothing again. Row-level security makes the same decision underneath the use-cases.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { pdfText } from '../support/pdf-text';
import { openCase } from '../support/make';
import { useWorld } from '../support/world';
import { HEARD } from '../../src/domain/ladder/testing';

describeDb('consent and the service partner', () => {
  const w = useWorld({ kommuner: ['samt'], login: ['kontakt', 'helse', 'fag', 'rektor'] });
  let caseId: string;
  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!, 'Sliten og lei seg, mye hodepine');
  });
  const consent = (over: object = {}) => ({
    decision: 'granted',
    services: ['helsestasjon', 'skole-sfo'],
    guardianIds: [w.k.guardianId],
    pupilConsented: false,
    informationGiven: 'Om helsestasjonen og skolen, muntlig og skriftlig',
    scope: 'Fravær, trivsel og helseplager som påvirker skolegangen',
    heldBackMatters: 'Foreldrenes samlivsbrudd',
    stafettlogg: true,
    place: 'Nærvik',
    consentDate: '2026-11-24',
    collectedAtService: 'Testskole',
    ...over,
  });
  /** What row-level security alone lets the helsesykepleier see, with no WHERE clause in the query. */
  const partnerSeesUnderneath = () =>
    w.db.withContext(
      { kommuneId: w.k.id, userId: w.k.users.helse!.id, partnerService: 'helsestasjon' },
      async (tx) => ({
        cases: (await sql<{ id: string }>`select id from pupil_case`.execute(tx)).rows.map((r) => r.id),
        pupils: (await sql<{ id: string }>`select id from pupil`.execute(tx)).rows.map((r) => r.id),
        consents: (await sql<{ id: string }>`select id from consent`.execute(tx)).rows.length,
      }),
    );

  it('shows the helsesykepleier nothing before consent, and logs the refusal', async () => {
    expect((await w.as('helse').get('/api/cases')).json().cases).toEqual([]);
    expect((await w.as('helse').get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect(await partnerSeesUnderneath()).toEqual({ cases: [], pupils: [], consents: 0 });
    const denied = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['outcome', 'entity_id', 'case_id', 'pupil_id'])
        .where('user_id', '=', w.k.users.helse!.id)
        .where('outcome', '=', 'denied')
        .execute(),
    );
    expect(denied.map((d) => d.entity_id)).toContain(caseId);
    // The refusal names the case and pupil, so the school's review shows the partner's attempt.
    expect(denied.find((d) => d.entity_id === caseId)).toMatchObject({ case_id: caseId, pupil_id: w.k.pupilIds[0] });
  });

  it('refuses an incomplete consent field by field, in Norwegian', async () => {
    const res = await w
      .as('kontakt')
      .post(`/api/cases/${caseId}/consents`, consent({ services: [], guardianIds: [], scope: ' ' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'services',
      'guardianIds',
      'scope',
    ]);
    expect(res.json().error.message).toMatch(/Kryss av minst én tjeneste/);
    expect((await w.as('fag').post(`/api/cases/${caseId}/consents`, consent())).statusCode).toBe(403);
  });

  let consentId: string;
  it('opens the case to the helsesykepleier, read-only, once consent covers helsestasjon', async () => {
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/consents`, consent());
    expect(res.statusCode).toBe(201);
    consentId = res.json().id;
    expect((await w.as('helse').get('/api/cases')).json().cases.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const c = (await w.as('helse').get(`/api/cases/${caseId}`)).json();
    expect(c).toMatchObject({ readOnly: true, allowedActions: [], consentForm: null, pupil: { id: w.k.pupilIds[0] } });
    expect(c.consents[0]).toMatchObject({
      state: 'gyldig',
      stafettlogg: true,
      heldBackMatters: 'Foreldrenes samlivsbrudd',
      services: [{ code: 'helsestasjon' }, { code: 'skole-sfo' }],
    });
    // Reading is all: acting on the case stays with the school.
    expect((await w.as('helse').post(`/api/cases/${caseId}/tasks`, { text: 'Samtale med eleven' })).statusCode).toBe(
      403,
    );
    // Nothing else of the kommune opens with it: the other pupils and cases stay hidden.
    const under = await partnerSeesUnderneath();
    expect(under.cases).toEqual([caseId]);
    expect(under.pupils).toEqual([w.k.pupilIds[0]]);
    const reads = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('action')
        .where('user_id', '=', w.k.users.helse!.id)
        .where('outcome', '=', 'allowed')
        .where('case_id', '=', caseId)
        .execute(),
    );
    expect(reads.map((r) => r.action)).toContain('case.read');
  });

  it('lets the helsesykepleier write in the case log, with a health note only the health service and the stafettholder read', async () => {
    const note = {
      contactedAt: '2026-11-24T09:00:00+01:00',
      withWhom: ['elev'],
      channel: 'møte',
      summary: 'Hodepine og dårlig søvn; avtalt ny time',
      agreed: 'Ny samtale om en uke',
    };
    const other = await w.as('helse').post(`/api/cases/${caseId}/contacts`, { ...note, restrictedTo: 'ppt' });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.message).toMatch(/egen tjeneste/);
    const res = await w.as('helse').post(`/api/cases/${caseId}/contacts`, { ...note, restrictedTo: 'helsestasjon' });
    expect(res.statusCode).toBe(201);
    const timeline = async (who: string) =>
      (await w.as(who).get(`/api/cases/${caseId}`))
        .json()
        .timeline.filter((t: { kind: string }) => t.kind === 'contact')
        .map((t: { text: string }) => t.text);
    expect(await timeline('helse')).toContain('møte: Hodepine og dårlig søvn; avtalt ny time');
    expect(await timeline('kontakt')).toContain('møte: Hodepine og dårlig søvn; avtalt ny time');
    // The leader is not the stafettholder: the note is there, its content is not.
    const leader = await timeline('rektor');
    expect(leader).toContain('møte: Skjermet notat – bare for helsestasjonen og stafettholder.');
    expect(leader.join(' ')).not.toMatch(/Hodepine/);
    const page = (await w.as('rektor').get(`/api/pupils/${w.k.pupilIds[0]}/absence`)).json();
    expect(page.contacts[0]).toMatchObject({
      restrictedTo: 'helsestasjon',
      agreed: null,
      summary: 'Skjermet notat – bare for helsestasjonen og stafettholder.',
    });
    // Underneath: a note restricted to another service never reaches the helsesykepleier at all.
    await w.db.withContext({ kommuneId: w.k.id, userId: w.k.users.kontakt!.id }, (tx) =>
      tx
        .insertInto('contact_log')
        .values({
          id: randomUUID(),
          kommune_id: w.k.id,
          pupil_id: w.k.pupilIds[0]!,
          alert_id: null,
          contacted_at: new Date(),
          with_whom: ['ppt'],
          channel: 'telefon',
          summary: 'PPT-notat',
          agreed: null,
          recorded_by: w.k.users.kontakt!.id,
          recorded_at: new Date(),
          restricted_to: 'ppt',
          case_id: caseId,
        })
        .execute(),
    );
    const seen = await w.db.withContext(
      { kommuneId: w.k.id, userId: w.k.users.helse!.id, partnerService: 'helsestasjon' },
      (tx) => sql<{ restricted_to: string | null }>`select restricted_to from contact_log`.execute(tx),
    );
    expect(seen.rows.map((r) => r.restricted_to).sort()).toEqual(['helsestasjon']);
    expect((await timeline('helse')).join(' ')).not.toMatch(/PPT-notat|Skjermet notat – bare for PPT/);
  });

  it('prints the consent with the form’s statements and a signature line per guardian', async () => {
    const res = await w.as('helse').get(`/api/cases/${caseId}/consents/${consentId}/pdf`);
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Tverrfaglig samtykkeerklæring');
    expect(text).toContain(`Elev0 Test${'samt'}`);
    expect(text).toContain('Forebyggende helsetjenester (helsestasjon)');
    expect(text).toContain('Jeg/vi samtykker til opprettelse av Stafettlogg');
    expect(text).toMatch(/Signatur foresatt \(Foresatt Testsamt\)/);
  });

  it('keeps the signed scan beside it, and refuses a file that is not what it says', async () => {
    const bad = await w.as('kontakt').post(`/api/cases/${caseId}/consents/${consentId}/scan`, {
      fileName: 'samtykke.pdf',
      mime: 'application/pdf',
      dataBase64: Buffer.from('hei').toString('base64'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/ikke en PDF/);
    const pdf = Buffer.from('%PDF-1.4\n% signert\n');
    expect(
      (
        await w.as('kontakt').post(`/api/cases/${caseId}/consents/${consentId}/scan`, {
          fileName: 'samtykke.pdf',
          mime: 'application/pdf',
          dataBase64: pdf.toString('base64'),
        })
      ).statusCode,
    ).toBe(201);
    const back = await w.as('helse').get(`/api/cases/${caseId}/consents/${consentId}/scan`);
    expect(back.rawPayload.equals(pdf)).toBe(true);
    expect((await w.as('kontakt').get(`/api/cases/${caseId}`)).json().consents[0].scan).toMatchObject({
      fileName: 'samtykke.pdf',
    });
  });

  it('keeps at most five scans per consent, also when they are uploaded at the same moment, and says so', async () => {
    const upload = (i: number) =>
      w.as('kontakt').post(`/api/cases/${caseId}/consents/${consentId}/scan`, {
        fileName: `samtykke-${i}.pdf`,
        mime: 'application/pdf',
        dataBase64: Buffer.from(`%PDF-1.4\n% ${i}\n`).toString('base64'),
      });
    const stored = () =>
      w.db.withContext(
        { kommuneId: w.k.id },
        async (tx) =>
          (await tx.selectFrom('consent_scan').select('id').where('consent_id', '=', consentId).execute()).length,
      );
    expect(await stored()).toBe(1);
    const burst = await Promise.all([2, 3, 4, 5, 6, 7].map(upload));
    expect(burst.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 201, 409, 409]);
    expect(burst.find((r) => r.statusCode === 409)!.json().error.message).toBe(
      'Samtykket har allerede 5 skannede vedlegg, som er det meste som lagres for ett samtykke. Det nyeste vises alltid; har samtykket endret seg, registrer et nytt samtykke og legg skanningen ved det.',
    );
    expect(await stored()).toBe(5);
  });

  it('closes the case to the helsesykepleier the moment consent is withdrawn', async () => {
    const version = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json().consents[0].version;
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/consents/${consentId}/withdraw`, {
      version,
      reason: 'Mor ringte og trakk samtykket',
    });
    expect(res.statusCode).toBe(200);
    expect((await w.as('helse').get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await w.as('helse').get(`/api/cases/${caseId}/consents/${consentId}/pdf`)).statusCode).toBe(404);
    expect(await partnerSeesUnderneath()).toEqual({ cases: [], pupils: [], consents: 0 });
    const again = await w.as('kontakt').post(`/api/cases/${caseId}/consents/${consentId}/withdraw`, {
      version: version + 1,
      reason: 'x',
    });
    expect(again.json().error.message).toBe('Samtykket er allerede trukket tilbake.');
  });

  it('leaves out a person the family excludes, and ends with the case', async () => {
    await w.as('kontakt').post(`/api/cases/${caseId}/consents`, consent({ excludedUserIds: [w.k.users.helse!.id] }));
    expect((await w.as('helse').get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await partnerSeesUnderneath()).cases).toEqual([]);
    await w.as('kontakt').post(`/api/cases/${caseId}/consents`, consent({ heldBackMatters: null }));
    expect((await w.as('helse').get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    const version = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json().version;
    expect(
      (
        await w.as('kontakt').post(`/api/cases/${caseId}/actions`, {
          action: { type: 'close', summary: 'Går på skolen igjen', heard: HEARD },
          version,
        })
      ).statusCode,
    ).toBe(200);
    expect((await w.as('helse').get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    // The two still running expired with the case; the withdrawn one stays withdrawn.
    const states = (await w.as('kontakt').get(`/api/cases/${caseId}`))
      .json()
      .consents.map((c: { state: string }) => c.state);
    expect(states.sort()).toEqual(['trukket', 'utløpt', 'utløpt']);
  });
});
