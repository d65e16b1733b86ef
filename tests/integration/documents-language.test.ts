// Documents in the family's language (issue 20 item 2, decision 178): the letter about concerning absence and
// the consent form printed in nynorsk and English, read back from the PDF; the guardian who reads English gets
// the letter in English while the school's own copy is in the kommune's målform; the language a document
// went out in is on record and shown to the school; the family's language set by the school and by the
// guardian; an unknown language refused in Norwegian.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { openCase, recordAbsence } from '../support/make';
import { pdfText } from '../support/pdf-text';
import { useWorld } from '../support/world';

describeDb('documents in the family’s language', () => {
  const w = useWorld({
    kommuner: ['lang'],
    login: ['kontakt', 'fag'],
    seed: async (db, k) => {
      // A second guardian of pupil 0 with an account of their own (the factory's password).
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        const template = await tx
          .selectFrom('app_user')
          .select('password_hash')
          .where('id', '=', k.users.forelder!.id)
          .executeTakeFirstOrThrow();
        const userId = randomUUID();
        k.users.mor = { id: userId, username: `mor.${k.id.slice(0, 4)}` };
        await tx
          .insertInto('app_user')
          .values({
            id: userId,
            kommune_id: k.id,
            username: k.users.mor.username,
            display_name: 'Forelder mor',
            kind: 'guardian',
            password_hash: template.password_hash,
            totp_secret: null,
            oidc_subject: null,
            is_demo: false,
          })
          .execute();
        const guardianId = randomUUID();
        await tx
          .insertInto('guardian')
          .values({
            id: guardianId,
            kommune_id: k.id,
            first_name: 'Forelder',
            last_name: 'mor',
            phone: null,
            email: null,
            user_id: userId,
          })
          .execute();
        await tx
          .insertInto('guardian_pupil')
          .values({ kommune_id: k.id, guardian_id: guardianId, pupil_id: k.pupilIds[0]! })
          .execute();
      });
    },
  });
  const pupilId = () => w.k.pupilIds[0]!;
  const pupilName = 'Elev0 Testlang';
  let alertId: string;
  let caseId: string;
  let consentId: string;
  const text = async (res: { rawPayload: Buffer }) => pdfText(new Uint8Array(res.rawPayload));
  const setMalform = (malform: 'nb' | 'nn') =>
    w.db.withContext({ kommuneId: w.k.id }, (tx) => tx.updateTable('kommune').set({ malform }).execute());

  beforeAll(async () => {
    await recordAbsence(w.as('kontakt'), pupilId(), ['2026-11-16', '2026-11-17']);
    await recordAbsence(w.as('kontakt'), pupilId(), ['2026-11-18'], { kind: 'lesson', period: 2, documented: false });
    const page = await w.as('kontakt').get(`/api/pupils/${pupilId()}/absence`);
    alertId = page.data.alerts[0]?.id;
    expect(alertId, 'pupil 0 has an alert').toBeTruthy();
    caseId = await openCase(w.as('kontakt'), pupilId(), 'Fravær etter høstferien');
    const consent = await w.as('kontakt').post(`/api/cases/${caseId}/consents`, {
      decision: 'granted',
      services: ['helsestasjon', 'skole-sfo'],
      guardianIds: [w.k.guardianId],
      pupilConsented: false,
      informationGiven: 'Om helsestasjonen og skolen, muntlig og skriftlig',
      scope: 'Fravær, trivsel og helseplager som påvirker skolegangen',
      heldBackMatters: null,
      stafettlogg: true,
      place: 'Nærvik',
      consentDate: '2026-11-24',
      collectedAtService: 'Testskole',
    });
    expect(consent.status).toBe(201);
    consentId = consent.data.id;
  });

  it('prints the letter in nynorsk and in English, with the translated headings and the pupil’s name', async () => {
    const nn = await w.as('kontakt').post(`/api/alerts/${alertId}/letter?language=nn`, {});
    expect(nn.status).toBe(200);
    const nnText = await text(nn);
    for (const heading of [
      'Melding om fråvær som gir grunn til uro',
      `Til føresette til ${pupilName}`,
      'Kva skulen har registrert',
      'Kva som skjer no',
      'Med venleg helsing',
    ])
      expect(nnText).toContain(heading);
    expect(nnText).toContain('Unnateke frå offentlegheit');

    const en = await w.as('kontakt').post(`/api/alerts/${alertId}/letter?language=en`, {});
    expect(en.status).toBe(200);
    expect(en.headers['content-disposition']).toContain('notice-of-absence');
    const enText = await text(en);
    for (const heading of [
      'Notice of concerning absence',
      `To the guardians of ${pupilName}`,
      'What the school has recorded',
      'What happens now',
      'Kind regards',
    ])
      expect(enText).toContain(heading);
    // The rule's own words stay Norwegian, and the English letter says so.
    expect(enText).toContain('given in Norwegian');
    // English dates in words; Norwegian ones as «18.11.2026».
    expect(enText).toContain('Absences that count: 18 November 2026.');
    expect(nnText).toContain('Registreringar som tel: 18.11.2026.');
    expect(enText).not.toContain('bekymringsfullt');
    // Why the alert holds, said in the letter's own language from the alert's facts (not the stored bokmål).
    expect(nnText).toMatch(/skuledag/);
    expect(nnText).not.toMatch(/skoledag/);
    expect(enText).toMatch(/school days?\./);
  });

  it('says why an alert holds in the reader’s own language, on the pupil page, the alert list and the case', async () => {
    const explanations = async () =>
      [
        ...(await w.as('kontakt').get(`/api/pupils/${pupilId()}/absence`)).data.alerts,
        ...(await w.as('kontakt').get('/api/alerts')).data.alerts,
      ].map((a: { explanation: string }) => a.explanation);
    const nb = await explanations();
    expect(nb.length).toBeGreaterThan(0);
    for (const e of nb) expect(e).toMatch(/skoledag/);

    await w.as('kontakt').put('/api/auth/me/language', { language: 'nn' });
    for (const e of await explanations()) {
      expect(e).toMatch(/skuledag/);
      expect(e).not.toMatch(/skoledag|fravær|siste \d+ dagene/);
    }
    const nnCase = await w.as('kontakt').get(`/api/cases/${caseId}`);
    expect(nnCase.data.timeline.map((t: { text: string }) => t.text)).toContain(`Sak opna: Fravær etter høstferien`);

    await w.as('kontakt').put('/api/auth/me/language', { language: 'en' });
    for (const e of await explanations()) expect(e).toMatch(/school days?\.$/);
    const enCase = await w.as('kontakt').get(`/api/cases/${caseId}`);
    expect(enCase.data.timeline.map((t: { text: string }) => t.text)).toContain('Case opened: Fravær etter høstferien');
    await w.as('kontakt').put('/api/auth/me/language', { language: null });
  });

  it('prints the consent form in nynorsk and in English', async () => {
    const nn = await w.as('kontakt').get(`/api/cases/${caseId}/consents/${consentId}/pdf?language=nn`);
    expect(nn.status).toBe(200);
    const nnText = await text(nn);
    expect(nnText).toContain('Tverrfagleg samtykkeerklæring');
    expect(nnText).toContain(`Elev: ${pupilName}`);
    expect(nnText).toContain('Tenester det blir samtykt til');
    expect(nnText).toContain('Førebyggjande helsetenester (helsestasjon)');
    expect(nnText).toMatch(/Signatur føresett \(Foresatt Testlang\)/);

    const en = await w.as('kontakt').get(`/api/cases/${caseId}/consents/${consentId}/pdf?language=en`);
    expect(en.status).toBe(200);
    const enText = await text(en);
    expect(enText).toContain('Consent to interdisciplinary cooperation');
    expect(enText).toContain(`Pupil: ${pupilName}`);
    expect(enText).toContain('Services consented to');
    expect(enText).toContain('Preventive health services (health centre)');
    expect(enText).toMatch(/Signature of guardian \(Foresatt Testlang\)/);
    // What the school wrote is not translated.
    expect(enText).toContain('Fravær, trivsel og helseplager som påvirker skolegangen');
  });

  it('refuses a language it does not know, in Norwegian, on every print route', async () => {
    const letter = await w.as('kontakt').post(`/api/alerts/${alertId}/letter?language=xx`, {});
    expect(letter.status).toBe(400);
    expect(letter.data.error.message).toMatch(/Ukjent språk «xx» i «language»: bruk nb \(bokmål\), nn \(nynorsk\)/);
    const consent = await w.as('kontakt').get(`/api/cases/${caseId}/consents/${consentId}/pdf?language=se`);
    expect(consent.status).toBe(400);
    expect(consent.data.error.message).toMatch(/Ukjent språk «se»/);
  });

  it('sends the letter in each guardian’s language and keeps the school’s copy in the målform', async () => {
    await setMalform('nn');
    // The school records that the family of «Foresatt» reads English; «mor» has no choice: the målform.
    const page = await w.as('kontakt').get(`/api/pupils/${pupilId()}/absence`);
    const guardian = page.data.guardians.find((g: { id: string }) => g.id === w.k.guardianId);
    expect(guardian).toMatchObject({ language: null });
    const set = await w.as('kontakt').put(`/api/pupils/${pupilId()}/guardians/${w.k.guardianId}/language`, {
      language: 'en',
      version: guardian.guardianVersion,
    });
    expect(set.status).toBe(200);
    expect(set.data).toMatchObject({ language: 'en', version: guardian.guardianVersion + 1 });
    // An old version is refused; a subject teacher may not set it.
    const stale = await w.as('kontakt').put(`/api/pupils/${pupilId()}/guardians/${w.k.guardianId}/language`, {
      language: 'nb',
      version: guardian.guardianVersion,
    });
    expect(stale.status).toBe(409);
    expect(
      (
        await w.as('fag').put(`/api/pupils/${pupilId()}/guardians/${w.k.guardianId}/language`, {
          language: 'nb',
          version: set.data.version,
        })
      ).status,
    ).toBe(403);

    const sent = await w.as('kontakt').post(`/api/alerts/${alertId}/send-to-guardians`, {});
    expect(sent.status).toBe(200);
    expect(sent.data).toMatchObject({ alreadySent: false, guardians: 2, languages: ['nn', 'en'] });
    const after = await w.as('kontakt').get(`/api/pupils/${pupilId()}/absence`);
    expect(after.data.lettersSent).toEqual([expect.objectContaining({ alertId, languages: ['nn', 'en'] })]);
    // The case page knows what the school can print in: its own copy in the målform, and the family's languages.
    const theCase = await w.as('kontakt').get(`/api/cases/${caseId}`);
    expect(theCase.data.documentLanguages).toEqual({ malform: 'nn', family: ['nn', 'en'] });
    const part = await w.as('kontakt').get(`/api/cases/${caseId}/parts?include=consents`);
    expect(part.data.documentLanguages).toEqual({ malform: 'nn', family: ['nn', 'en'] });

    // Each guardian downloads the letter in their own language.
    const english = await w.as('forelder').get(`/api/my-children/${pupilId()}/letters/${alertId}/pdf`);
    expect(english.status).toBe(200);
    const englishText = await text(english);
    expect(englishText).toContain('Notice of concerning absence');
    expect(englishText).toContain(`To the guardians of ${pupilName}`);
    const nynorsk = await w.as('mor').get(`/api/my-children/${pupilId()}/letters/${alertId}/pdf`);
    expect(await text(nynorsk)).toContain('Melding om fråvær som gir grunn til uro');

    // Their pages name what was sent in their language too.
    const view = async (who: string) =>
      (await w.as(who).get(`/api/my-children/${pupilId()}`)).data.documents.map((d: { title: string }) => d.title);
    expect(await view('forelder')).toEqual(['Notice of concerning absence']);
    expect(await view('mor')).toEqual(['Melding om fråvær som gir grunn til uro']);

    // The school's own copy, printed without a language, is in the målform (nynorsk here).
    const kept = await w.as('kontakt').post(`/api/alerts/${alertId}/letter`, {});
    const keptText = await text(kept);
    expect(keptText).toContain('Melding om fråvær som gir grunn til uro');
    expect(keptText).not.toContain('Notice of concerning absence');
    // And it can be printed in the version sent home.
    expect(await text(await w.as('kontakt').post(`/api/alerts/${alertId}/letter?language=en`, {}))).toContain(
      'Notice of concerning absence',
    );

    // Audited with the language.
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('action', 'in', ['pupil.guardian-language.set', 'guardian.document.pdf'])
        .execute(),
    );
    expect(audit.map((a) => a.action)).toContain('pupil.guardian-language.set');
    expect(audit.filter((a) => a.action === 'guardian.document.pdf').map((a) => a.details)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ language: 'en' }),
        expect.objectContaining({ language: 'nn' }),
      ]),
    );
    await setMalform('nb');
  });

  it('lets the guardian choose their own language, with the version guarding a stale choice', async () => {
    const mine = await w.as('mor').get('/api/my-language');
    expect(mine.status).toBe(200);
    expect(mine.data).toMatchObject({ language: null, malform: 'nb' });
    const set = await w.as('mor').put('/api/my-language', { language: 'nn', version: mine.data.version });
    expect(set.status).toBe(200);
    expect(set.data).toMatchObject({ language: 'nn', version: mine.data.version + 1 });
    expect((await w.as('mor').put('/api/my-language', { language: 'en', version: mine.data.version })).status).toBe(
      409,
    );
    const bad = await w.as('mor').put('/api/my-language', { language: 'de', version: set.data.version });
    expect(bad.status).toBe(400);
    expect(bad.data.error.message).toMatch(/Ukjent språk «de»/);
    // The school sees it on the pupil page; staff cannot use the guardian's own route.
    const page = await w.as('kontakt').get(`/api/pupils/${pupilId()}/absence`);
    expect(page.data.guardians.map((g: { language: string | null }) => g.language).sort()).toEqual(['en', 'nn']);
    expect((await w.as('kontakt').get('/api/my-language')).status).toBe(403);
    // Her download now follows her choice, though the kommune writes bokmål.
    const letter = await w.as('mor').get(`/api/my-children/${pupilId()}/letters/${alertId}/pdf`);
    expect(await text(letter)).toContain('Kva skulen har registrert');
  });
});
