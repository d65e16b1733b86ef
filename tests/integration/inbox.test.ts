// The inbox (issue 18 item 1, decisions 123–125): who gets what. A partner added to a case without consent
// is told that and nothing of the case; the consent then shares it; the written notice reaches the school's
// leadership at level 1 and the avdelingsdirektør at level 2 with its PDF, and its receipt shows in the case;
// the avdelingsdirektør opens no case; the school owner gets nothing. Each e-mail waits in the outbox.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { actOnCase, openCase } from '../support/make';
import { pdfText } from '../support/pdf-text';
import { useWorld } from '../support/world';
import { osloDate } from '../../src/server/clock';
import { remindDue } from '../../src/server/inbox/reminders';

describeDb('the inbox: who gets what', () => {
  const w = useWorld({
    kommuner: ['innb'],
    seed: async (db, k) => {
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        const rektor = await tx
          .selectFrom('app_user')
          .select('password_hash')
          .where('id', '=', k.users.rektor!.id)
          .executeTakeFirstOrThrow();
        const id = randomUUID();
        k.users.direktor = { id, username: `direktor.${k.id.slice(0, 4)}` };
        await tx
          .insertInto('app_user')
          .values({
            id,
            kommune_id: k.id,
            username: k.users.direktor.username,
            display_name: 'Avdelingsdirektør Test',
            kind: 'municipal',
            password_hash: rektor.password_hash,
            totp_secret: null,
            oidc_subject: null,
            is_demo: false,
          })
          .execute();
        await tx
          .insertInto('role_assignment')
          .values({
            id: randomUUID(),
            kommune_id: k.id,
            user_id: id,
            role: 'avdelingsdirektor',
            school_id: null,
            class_id: null,
            service_unit_id: null,
            subject: null,
          })
          .execute();
        for (const who of ['rektor', 'helse', 'direktor', 'eier'])
          await tx
            .updateTable('app_user')
            .set({ email: `${who}@skole.example` })
            .where('id', '=', k.users[who]!.id)
            .execute();
      });
    },
  });
  const pupilId = () => w.k.pupilIds[0]!;
  let caseId: string;
  let pupilName: string;
  const inbox = async (who: string) => {
    const res = await w.as(who).get('/api/inbox');
    expect(res.status).toBe(200);
    return res;
  };

  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), pupilId(), 'Mye fravær etter høstferien');
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    pupilName = `${c.pupil.firstName} ${c.pupil.lastName}`;
  });

  it('tells a partner added without consent that they were added, and nothing of the case', async () => {
    const added = await w.as('kontakt').post(`/api/cases/${caseId}/participants`, {
      name: 'Helse Test',
      role: 'helsesykepleier',
      userId: w.k.users.helse!.id,
    });
    expect(added.status).toBe(201);
    const res = await inbox('helse');
    expect(res.data.items).toEqual([
      expect.objectContaining({ kind: 'participant', about: null, caseLink: null, read: false }),
    ]);
    expect(res.body).not.toContain(caseId);
    expect(res.body).not.toContain(pupilName.split(' ')[0]!);
    expect(res.body).not.toContain('Testskole');
    expect((await w.as('helse').get('/api/inbox/unread')).data).toEqual({ unread: 1 });
  });

  it('puts the level-1 notice in the leadership’s inbox with its PDF, and shows the receipt', async () => {
    await actOnCase(w.as('kontakt'), caseId, { type: 'escalate', reason: 'Fraværet øker' });
    const sent = await w.as('kontakt').post(`/api/cases/${caseId}/notices`, { to: 'skoleledelse' });
    expect(sent.status).toBe(200);
    const res = await inbox('rektor');
    const item = res.data.items.find((i: { kind: string }) => i.kind === 'notice');
    expect(item).toMatchObject({ read: false, notice: { level: 1 }, caseLink: `/sak/${caseId}` });
    expect(item.about.pupilName).toBe(pupilName);
    const pdf = await w.as('rektor').get(`/api/inbox/${item.id}/notice`);
    expect(pdf.status).toBe(200);
    expect((await pdfText(new Uint8Array(pdf.rawPayload))).replace(/\s+/g, ' ')).toContain(
      'Skriftlig melding til skoleledelsen',
    );
    expect((await inbox('rektor')).data.items.find((i: { id: string }) => i.id === item.id).read).toBe(true);
    // The read is audited as a read of the pupil's notice.
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'pupil_id'])
        .where('user_id', '=', w.k.users.rektor!.id)
        .where('action', 'in', ['case.notice.read', 'inbox.read'])
        // The test kommune's own closed case has a notice in the leader's inbox too: only this pupil's count here.
        .where('pupil_id', '=', pupilId())
        .execute(),
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['case.notice.read', 'inbox.read', 'inbox.read']);
    // The receipt in the case: who got it and when they read it.
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    expect(c.notices).toEqual([
      expect.objectContaining({
        to: 'skoleledelse',
        level: 1,
        receipts: [expect.objectContaining({ name: `Navn ${w.k.users.rektor!.username}`, readAt: expect.any(String) })],
      }),
    ]);
  });

  it('gives the avdelingsdirektør the level-2 notice and no case; the school owner gets nothing', async () => {
    await actOnCase(w.as('kontakt'), caseId, { type: 'escalate', reason: 'Ingen bedring' });
    expect((await w.as('kontakt').post(`/api/cases/${caseId}/notices`, { to: 'avdelingsdirektor' })).status).toBe(200);
    const res = await inbox('direktor');
    expect(res.data.items).toHaveLength(1);
    const item = res.data.items[0];
    expect(item).toMatchObject({ kind: 'notice', notice: { level: 2 }, caseLink: null });
    expect(item.about.pupilName).toBe(pupilName);
    expect((await w.as('direktor').get(`/api/inbox/${item.id}/notice`)).status).toBe(200);
    // Only the notified case, and only as the notice: the case itself stays closed to the role.
    expect((await w.as('direktor').get(`/api/cases/${caseId}`)).status).toBe(403);
    expect((await w.as('direktor').get('/api/cases')).status).toBe(403);
    expect((await w.as('direktor').get(`/api/pupils/${pupilId()}/absence`)).status).toBe(403);
    // Someone else's notice item is not found for them.
    const rektorItem = (await inbox('rektor')).data.items[0];
    expect((await w.as('direktor').get(`/api/inbox/${rektorItem.id}/notice`)).status).toBe(404);
    // The school owner keeps seeing figures only.
    expect((await inbox('eier')).data).toEqual({ items: [], unread: 0 });
    expect((await w.as('eier').get(`/api/cases/${caseId}`)).status).toBe(403);
  });

  it('shares the case in the partner’s inbox once consent covers the service, and takes it back on withdrawal', async () => {
    const consent = await w.as('kontakt').post(`/api/cases/${caseId}/consents`, {
      decision: 'granted',
      services: ['helsestasjon', 'skole-sfo'],
      guardianIds: [w.k.guardianId],
      pupilConsented: false,
      informationGiven: 'Om helsestasjonen og skolen',
      scope: 'Fravær og trivsel',
      stafettlogg: true,
      consentDate: '2026-11-24',
      collectedAtService: 'Testskole',
    });
    expect(consent.status).toBe(201);
    const items = (await inbox('helse')).data.items;
    expect(items.map((i: { kind: string }) => i.kind).sort()).toEqual(['case-shared', 'participant']);
    for (const i of items) expect(i).toMatchObject({ about: { pupilName }, caseLink: `/sak/${caseId}` });
    const withdrawn = await w.as('kontakt').post(`/api/cases/${caseId}/consents/${consent.json().id}/withdraw`, {
      version: 1,
      reason: 'Foresatte trakk det',
    });
    expect(withdrawn.status).toBeLessThan(300);
    const after = await inbox('helse');
    expect(after.data.items).toEqual([expect.objectContaining({ kind: 'participant', about: null })]);
    expect(after.body).not.toContain(pupilName.split(' ')[0]!);
  });

  it('keeps each inbox its owner’s underneath, and writes one e-mail per item for users with an address', async () => {
    const seenByRektor = await w.db.withContext({ kommuneId: w.k.id, userId: w.k.users.rektor!.id }, async (tx) =>
      (await sql<{ user_id: string }>`select user_id from inbox_item`.execute(tx)).rows.map((r) => r.user_id),
    );
    expect(new Set(seenByRektor)).toEqual(new Set([w.k.users.rektor!.id]));
    const other = await w.db.withContext(
      { kommuneId: randomUUID() },
      async (tx) => (await sql<{ n: number }>`select count(*)::int as n from inbox_item`.execute(tx)).rows[0]!.n,
    );
    expect(other).toBe(0);
    const outbox = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('mail_outbox').select(['user_id', 'kind', 'state']).execute(),
    );
    const byUser = (who: string) =>
      outbox
        .filter((m) => m.user_id === w.k.users[who]!.id)
        .map((m) => m.kind)
        .sort();
    expect(byUser('rektor')).toEqual(['notice']);
    expect(byUser('direktor')).toEqual(['notice']);
    expect(byUser('helse')).toEqual(['case-shared', 'participant']);
    expect(byUser('kontakt')).toEqual([]);
    // (The factory's one e-mail, to the administrator, was sent long ago.)
    expect(outbox.filter((m) => m.user_id !== w.k.users.admin!.id).every((m) => m.state === 'pending')).toBe(true);
    // The administrator sees the outbox's state, never what the e-mails concern.
    const admin = await w.as('admin').get('/api/mail-outbox');
    expect(admin.status).toBe(200);
    expect(admin.data.mails).toHaveLength(outbox.length);
    expect(admin.body).not.toContain(pupilName.split(' ')[0]!);
    expect((await w.as('kontakt').get('/api/mail-outbox')).status).toBe(403);
  });

  it('lets a user choose e-mail per kind: none, or a daily summary at an hour', async () => {
    const saved = await w.as('rektor').put('/api/inbox/preferences', {
      preferences: [
        { kind: 'notice', mode: 'daily', hour: 7 },
        { kind: 'task-assigned', mode: 'none', hour: null },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.data.hasEmail).toBe(true);
    expect(saved.data.preferences.find((p: { kind: string }) => p.kind === 'notice')).toEqual({
      kind: 'notice',
      mode: 'daily',
      hour: 7,
    });
    await w.as('kontakt').post(`/api/cases/${caseId}/notices`, { to: 'skoleledelse' });
    await w.as('kontakt').post(`/api/cases/${caseId}/notices`, { to: 'skoleledelse' });
    const summaries = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('mail_outbox')
        .select(['kind', 'next_attempt_at'])
        .where('user_id', '=', w.k.users.rektor!.id)
        .where('kind', '=', 'summary')
        .execute(),
    );
    // Two notices, one summary, at 07:00 Norwegian time.
    expect(summaries).toHaveLength(1);
    expect(new Date(summaries[0]!.next_attempt_at).toISOString()).toMatch(/T06:00:00/);
    const task = await w.as('kontakt').post(`/api/cases/${caseId}/tasks`, {
      text: 'Ring hjem',
      ownerId: w.k.users.rektor!.id,
    });
    expect(task.status).toBe(201);
    expect((await inbox('rektor')).data.items.map((i: { kind: string }) => i.kind)).toContain('task-assigned');
    const taskMails = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('mail_outbox')
        .select('id')
        .where('user_id', '=', w.k.users.rektor!.id)
        .where('kind', '=', 'task-assigned')
        .execute(),
    );
    expect(taskMails).toEqual([]);
  });

  it('reminds the owner of a task due tomorrow, once however often the job runs, until the task is done', async () => {
    const today = osloDate(w.clock.now());
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const added = await w.as('kontakt').post(`/api/cases/${caseId}/tasks`, { text: 'Ring mor', dueOn: tomorrow });
    expect(added.status).toBe(201);
    const due = async () => (await inbox('kontakt')).data.items.filter((i: { kind: string }) => i.kind === 'task-due');
    expect(await due()).toEqual([]);
    await remindDue(w.db, w.clock.now());
    await remindDue(w.db, w.clock.now());
    const items = await due();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ taskText: 'Ring mor', about: { pupilName }, caseLink: `/sak/${caseId}` });
    const task = (await w.as('kontakt').get(`/api/cases/${caseId}`))
      .json()
      .tasks.find((t: { id: string }) => t.id === added.json().id);
    expect(
      (await w.as('kontakt').post(`/api/cases/${caseId}/tasks/${task.id}/done`, { version: task.version })).status,
    ).toBeLessThan(300);
    expect(await due()).toEqual([]);
  });

  it('tells the contact teacher of a guardian’s report, with the way to the pupil', async () => {
    const today = osloDate(w.clock.now());
    const report = await w.as('forelder').post(`/api/my-children/${pupilId()}/reports`, {
      from: today,
      to: today,
      reason: 'sykdom',
      note: 'Feber',
    });
    expect(report.status).toBe(201);
    const items = (await inbox('kontakt')).data.items.filter((i: { kind: string }) => i.kind === 'guardian-report');
    expect(items).toEqual([
      expect.objectContaining({ about: expect.objectContaining({ pupilName }), caseLink: `/elev/${pupilId()}` }),
    ]);
    // Nobody else's inbox hears of it.
    expect((await inbox('rektor')).body).not.toContain('guardian-report');
  });
});
