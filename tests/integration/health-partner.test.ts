// The health service as a partner (issue 21 item 6, decisions 196–198): the helsesykepleier raises an
// «undring» about a pupil without a case — refused without a basis of consent, the pupil's own only from
// 16 — and the contact teacher and the leadership find it in their inbox and on the front page's list, mark
// it received and followed up, and open a case from it. In a case shared with her she ticks her own
// checklist and reads the pupil's absence calendar; without the consent she gets 403.
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { openCase, recordAbsence } from '../support/make';
import { useWorld } from '../support/world';

describeDb('the health service as a partner', () => {
  const w = useWorld({
    kommuner: ['helse'],
    seed: async (db, k) => {
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        // She is the helsesykepleier of Testskole; pupil 1 turned 16 in the spring.
        await tx
          .updateTable('role_assignment')
          .set({ school_id: k.schoolId })
          .where('user_id', '=', k.users.helse!.id)
          .execute();
        await tx.updateTable('pupil').set({ birth_date: '2010-03-01' }).where('id', '=', k.pupilIds[1]!).execute();
        // The guardian is pupil 2's too, to consent in pupil 2's case.
        await tx
          .insertInto('guardian_pupil')
          .values({ kommune_id: k.id, guardian_id: k.guardianId, pupil_id: k.pupilIds[2]! })
          .execute();
      });
    },
  });
  const undring = (over: object = {}) => ({
    pupilId: w.k.pupilIds[0]!,
    text: 'Eleven kommer ofte til meg med vondt i magen på mandager.',
    basis: 'guardians',
    consentOn: '2026-11-20',
    consentBy: 'Foresatt Test',
    ...over,
  });

  it('finds the pupils of her school by name or class, and nothing of their absence', async () => {
    const res = await w.as('helse').get('/api/health-concerns/pupils?q=elev0');
    expect(res.status).toBe(200);
    expect(res.data.pupils).toEqual([
      {
        id: w.k.pupilIds[0],
        name: expect.stringMatching(/^Elev0 /),
        className: '9A',
        schoolName: expect.any(String),
        ownConsentPossible: false,
      },
    ]);
    // The pupil of the other school (3B at Andre skole) is not hers.
    expect((await w.as('helse').get('/api/health-concerns/pupils?q=3B')).data.pupils).toEqual([]);
    expect((await w.as('helse').get('/api/health-concerns/pupils?q=x')).status).toBe(400);
    expect((await w.as('kontakt').get('/api/health-concerns/pupils?q=elev')).status).toBe(403);
  });

  it('refuses an undring without a basis of consent (422), naming the field in Norwegian', async () => {
    const res = await w.as('helse').post('/api/health-concerns', undring({ basis: null }));
    expect(res.status).toBe(422);
    expect(res.data.error.message).toMatch(/samtykke fra foresatte/);
    expect(res.data.error.details.fields[0].field).toBe('basis');
    const noName = await w.as('helse').post('/api/health-concerns', undring({ consentBy: '' }));
    expect(noName.status).toBe(422);
    expect(noName.data.error.details.fields[0].field).toBe('consentBy');
    // The other school's pupil is not found; the school's staff may not raise one.
    expect((await w.as('helse').post('/api/health-concerns', undring({ pupilId: w.k.otherPupilId }))).status).toBe(404);
    expect((await w.as('kontakt').post('/api/health-concerns', undring())).status).toBe(403);
  });

  it('takes the pupil’s own consent from 16, and not under', async () => {
    const under = await w.as('helse').post('/api/health-concerns', undring({ basis: 'pupil', consentBy: null }));
    expect(under.status).toBe(422);
    expect(under.data.error.message).toMatch(/under 16 år/);
    const over = await w
      .as('helse')
      .post('/api/health-concerns', undring({ pupilId: w.k.pupilIds[1], basis: 'pupil', consentBy: null }));
    expect(over.status).toBe(201);
    expect(over.data.concern).toMatchObject({
      basis: 'pupil',
      status: 'raised',
      consentBy: expect.stringMatching(/^Elev1 /),
    });
  });

  let concernId: string;
  it('reaches the contact teacher and the leadership in the inbox and on the list, not the subject teacher', async () => {
    const raised = await w.as('helse').post('/api/health-concerns', undring());
    expect(raised.status).toBe(201);
    concernId = raised.data.concern.id;
    for (const who of ['kontakt', 'rektor']) {
      const inbox = await w.as(who).get('/api/inbox');
      const item = inbox.data.items.find(
        (i: { kind: string; about: { pupilName: string } | null }) =>
          i.kind === 'health-concern' && i.about?.pupilName.startsWith('Elev0 '),
      );
      expect(item, `${who}: ${inbox.body}`).toMatchObject({ caseLink: '/#undringer', read: false });
      const list = await w.as(who).get('/api/health-concerns');
      expect(list.data.concerns.map((c: { id: string }) => c.id)).toContain(concernId);
    }
    expect(
      (await w.as('fag').get('/api/inbox')).data.items.filter((i: { kind: string }) => i.kind === 'health-concern'),
    ).toEqual([]);
    expect((await w.as('fag').get('/api/health-concerns')).status).toBe(403);
    // Her own list shows it too; the raise and the reads are audited.
    expect((await w.as('helse').get('/api/health-concerns')).data.concerns.map((c: { id: string }) => c.id)).toContain(
      concernId,
    );
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('audit_log').select(['action', 'user_id']).where('entity_id', '=', concernId).execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['health-concern.raise', 'health-concern.read']));
  });

  it('is marked received, linked to a new case, followed up, and then leaves the inbox', async () => {
    const received = await w
      .as('kontakt')
      .post(`/api/health-concerns/${concernId}/status`, { status: 'received', version: 1 });
    expect(received.status).toBe(200);
    expect(received.data.concern).toMatchObject({ status: 'received', receivedByName: expect.any(String), version: 2 });
    expect(
      (await w.as('rektor').post(`/api/health-concerns/${concernId}/status`, { status: 'received', version: 1 }))
        .status,
    ).toBe(409);
    const linked = await w.as('kontakt').post(`/api/health-concerns/${concernId}/case`, { version: 2 });
    expect(linked.status).toBe(200);
    const caseId = linked.data.concern.caseId as string;
    expect(caseId).toEqual(expect.any(String));
    expect((await w.as('kontakt').get(`/api/cases/${caseId}`)).status).toBe(200);
    // The helsesykepleier is told it went into a case, not which.
    const hers = (await w.as('helse').get('/api/health-concerns')).data.concerns.find(
      (c: { id: string }) => c.id === concernId,
    );
    expect(hers).toMatchObject({ caseLinked: true, caseId: null });
    const done = await w
      .as('rektor')
      .post(`/api/health-concerns/${concernId}/status`, { status: 'followed-up', version: 3 });
    expect(done.status).toBe(200);
    expect(
      (await w.as('kontakt').get('/api/health-concerns')).data.concerns.map((c: { id: string }) => c.id),
    ).not.toContain(concernId);
    const inbox = await w.as('kontakt').get('/api/inbox');
    expect(
      inbox.data.items.filter(
        (i: { kind: string; about: { pupilName: string } | null }) =>
          i.kind === 'health-concern' && i.about?.pupilName.startsWith('Elev0 '),
      ),
    ).toEqual([]);
  });

  let caseId: string;
  const consent = () => ({
    decision: 'granted',
    services: ['helsestasjon'],
    guardianIds: [w.k.guardianId],
    pupilConsented: false,
    informationGiven: 'Om helsestasjonen',
    scope: 'Fravær og helseplager',
    heldBackMatters: null,
    stafettlogg: false,
    place: 'Nærvik',
    consentDate: '2026-11-24',
    collectedAtService: 'Testskole',
  });
  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), w.k.pupilIds[2]!, 'Borte mange mandager');
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[2]!, ['2026-11-23']);
  });

  it('shows the absence calendar only with a consent for the helsestasjon: 403 before, 200 after, audited', async () => {
    expect((await w.as('helse').get(`/api/cases/${caseId}/absence-calendar`)).status).toBe(403);
    expect((await w.as('kontakt').get(`/api/cases/${caseId}/absence-calendar`)).status).toBe(403);
    const given = await w.as('kontakt').post(`/api/cases/${caseId}/consents`, consent());
    expect(given.status, given.body).toBe(201);
    const res = await w.as('helse').get(`/api/cases/${caseId}/absence-calendar`);
    expect(res.status).toBe(200);
    expect(res.data.calendar.schoolDays.length).toBeGreaterThan(100);
    expect(res.data.events).toEqual([
      expect.objectContaining({ date: '2026-11-23', note: null, registeredByName: '' }),
    ]);
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('action')
        .where('user_id', '=', w.k.users.helse!.id)
        .where('case_id', '=', caseId)
        .where('action', '=', 'case.absence-calendar.read')
        .execute(),
    );
    expect(audit).toHaveLength(1);
  });

  it('gives her the helsestasjon’s checklist to tick, audited; the school reads it and may not tick', async () => {
    const list = await w.as('helse').get(`/api/cases/${caseId}/partner-checklist`);
    expect(list.status).toBe(200);
    expect(list.data.mayTick).toBe(true);
    expect(list.data.checklist.title).toMatch(/helsestasjonen/);
    const first = list.data.checklist.steps[0];
    expect(first).toMatchObject({ id: 'helse-kontakt', ticked: null });
    const ticked = await w.as('helse').put(`/api/cases/${caseId}/partner-checklist/helse-kontakt`, { done: true });
    expect(ticked.status).toBe(200);
    expect(ticked.data.checklist.steps[0].ticked).toMatchObject({ byName: expect.any(String) });
    expect((await w.as('helse').put(`/api/cases/${caseId}/partner-checklist/ukjent`, { done: true })).status).toBe(404);
    const school = await w.as('kontakt').get(`/api/cases/${caseId}/partner-checklist`);
    expect(school.data).toMatchObject({ mayTick: false });
    expect(school.data.checklist.steps[0].ticked).not.toBeNull();
    expect(
      (await w.as('kontakt').put(`/api/cases/${caseId}/partner-checklist/helse-kontakt`, { done: false })).status,
    ).toBe(403);
    const untick = await w.as('helse').put(`/api/cases/${caseId}/partner-checklist/helse-kontakt`, { done: false });
    expect(untick.data.checklist.steps[0].ticked).toBeNull();
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('action')
        .where('case_id', '=', caseId)
        .where('action', 'like', 'case.partner-checklist.%')
        .execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'case.partner-checklist.tick',
        'case.partner-checklist.untick',
        'case.partner-checklist.read',
      ]),
    );
  });
});
