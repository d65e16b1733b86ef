// A voice of their own (issue 21 item 2, decision 184): the pupil's own page. The pupil writes a weekly
// check-in (one per ISO week, editable that week, stale → 409) and a wish before a meeting; the contact teacher
// reads them in the case as the pupil's own entries; the pupil reads the plan's words for the pupil and nothing
// else of the case. A pupil's account gets 403 on every staff route, and another pupil neither sees nor writes
// the first one's entries, through the API and under row-level security.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import * as ex from '../../src/domain/plans/testing';
import { describeDb, type TestDb } from '../support/db';
import type { TestKommune } from '../support/factories';
import { openCase, recordAbsence } from '../support/make';
import { useWorld } from '../support/world';
import { operations } from '../security/support/openapi';
import { pdfText } from '../support/pdf-text';

/** A pupil's own account for pupil `index` of the test kommune, with the factory's password. */
async function addPupilAccount(db: TestDb, k: TestKommune, name: string, index: number) {
  await db.withContext({ kommuneId: k.id }, async (tx) => {
    const { password_hash } = await tx
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', k.users.kontakt!.id)
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    k.users[name] = { id, username: `${name}.${k.id.slice(0, 4)}` };
    await tx
      .insertInto('app_user')
      .values({
        id,
        kommune_id: k.id,
        username: k.users[name].username,
        display_name: `Elev ${name}`,
        kind: 'pupil',
        password_hash,
        totp_secret: null,
        oidc_subject: null,
        is_demo: false,
      })
      .execute();
    await tx.updateTable('pupil').set({ user_id: id }).where('id', '=', k.pupilIds[index]!).execute();
  });
}

describeDb('the pupil’s own page: a voice of their own', () => {
  const w = useWorld({
    kommuner: ['meg'],
    login: ['kontakt'],
    seed: async (db, k) => {
      await addPupilAccount(db, k, 'elev', 0);
      await addPupilAccount(db, k, 'elev2', 1);
    },
  });
  let caseId: string;
  let otherCaseId: string;
  let planId: string;

  beforeAll(async () => {
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[0]!, ['2026-11-23']);
    caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!, 'Borte mandager');
    otherCaseId = await openCase(w.as('kontakt'), w.k.pupilIds[1]!, 'Sen om morgenen');
    await w
      .as('kontakt')
      .post(`/api/cases/${caseId}/contacts`, {
        contactedAt: '2026-11-23T10:00:00+01:00',
        withWhom: ['foresatt'],
        channel: 'telefon',
        summary: 'HEMMELIG NOTAT: mor forteller om søvnproblemer',
        agreed: null,
      })
      .then((r) => expect(r.status, r.body).toBe(201));
  });

  it('offers nothing to write before the pupil has a case, and shows the week', async () => {
    // Pupil 2 of the kommune has no account; a pupil account without a pupil finds nothing.
    const page = await w.as('elev').get('/api/me/pupil');
    expect(page.status, page.body).toBe(200);
    expect(page.data).toMatchObject({ hasCase: true, week: '2026-W48', weekFrom: '2026-11-23', weekTo: '2026-11-29' });
    expect(page.data.checkin).toBeNull();
    expect(page.data.plan).toBeNull();
    // The answer holds the page's fields and nothing of the case.
    expect(Object.keys(page.data).sort()).toEqual(
      ['checkin', 'earlier', 'firstName', 'hasCase', 'meetingWish', 'plan', 'week', 'weekFrom', 'weekTo'].sort(),
    );
    expect(page.body).not.toContain('HEMMELIG');
    expect(page.body).not.toContain(caseId);
  });

  it('takes one check-in a week, editable that week, and refuses a stale or second first one', async () => {
    const bad = await w.as('elev').put('/api/me/pupil/checkin', { score: 11, oneStepBetter: '', version: null });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('Velg et tall fra 1 til 10');
    const first = await w
      .as('elev')
      .put('/api/me/pupil/checkin', { score: 4, oneStepBetter: 'Slippe å skifte i garderoben', version: null });
    expect(first.status, first.body).toBe(200);
    expect(first.data).toMatchObject({ week: '2026-W48', score: 4, version: 1 });
    const again = await w.as('elev').put('/api/me/pupil/checkin', { score: 5, oneStepBetter: '', version: null });
    expect(again.status).toBe(409);
    const changed = await w
      .as('elev')
      .put('/api/me/pupil/checkin', { score: 5, oneStepBetter: 'At læreren hilser om morgenen', version: 1 });
    expect(changed.status, changed.body).toBe(200);
    expect(changed.data).toMatchObject({ score: 5, version: 2 });
    const stale = await w.as('elev').put('/api/me/pupil/checkin', { score: 6, oneStepBetter: '', version: 1 });
    expect(stale.status).toBe(409);
    expect((await w.as('elev').get('/api/me/pupil')).data.checkin).toMatchObject({ score: 5, version: 2 });
  });

  it('takes a wish before a meeting and refuses an empty one', async () => {
    const empty = await w
      .as('elev')
      .post('/api/me/pupil/meeting-wish', { wantAdultsToKnow: ' ', who: [], whoElse: '' });
    expect(empty.status).toBe(400);
    const unknown = await w
      .as('elev')
      .post('/api/me/pupil/meeting-wish', { wantAdultsToKnow: 'Hei', who: ['rektor'], whoElse: '' });
    expect(unknown.status).toBe(400);
    const sent = await w.as('elev').post('/api/me/pupil/meeting-wish', {
      wantAdultsToKnow: 'Jeg vil ikke snakke om gym foran alle.',
      who: ['foresatte', 'helsesykepleier'],
      whoElse: 'Bestemor',
    });
    expect(sent.status, sent.body).toBe(201);
    expect((await w.as('elev').get('/api/me/pupil')).data.meetingWish).toMatchObject({
      wantAdultsToKnow: 'Jeg vil ikke snakke om gym foran alle.',
      who: ['foresatte', 'helsesykepleier'],
      whoElse: 'Bestemor',
    });
  });

  it('shows the contact teacher the entries in the case, the pupil as their author, and audits both sides', async () => {
    const c = await w.as('kontakt').get(`/api/cases/${caseId}`);
    expect(c.status).toBe(200);
    expect(c.data.pupilEntries.author).toMatch(/\S+ \S+/);
    expect(c.data.pupilEntries.checkins).toMatchObject([
      { week: '2026-W48', score: 5, oneStepBetter: 'At læreren hilser om morgenen' },
    ]);
    expect(c.data.pupilEntries.meetingWishes).toHaveLength(1);
    // The chart's week: the score beside the absence registered that week.
    expect(c.data.pupilEntries.weeks).toEqual([
      { week: '2026-W48', weekFrom: '2026-11-23', score: 5, daysAway: 1, lessonsAway: 0 },
    ]);
    const part = await w.as('kontakt').get(`/api/cases/${caseId}/parts?include=pupilEntries`);
    expect(part.status).toBe(200);
    expect(part.data.pupilEntries).toEqual(c.data.pupilEntries);
    // The check-in with what would make the week one step better is the pupil's voice for the plan gate (decision 186).
    expect(c.data.pupilVoice.heard).toBe(true);
    expect(c.data.pupilVoice.evidence).toMatchObject([{ kind: 'pupil-checkin', text: 'Elevens ukesjekk, uke 48' }]);
    // The other case holds none of them.
    expect((await w.as('kontakt').get(`/api/cases/${otherCaseId}`)).data.pupilEntries.checkins).toEqual([]);
    const actions = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'user_id', 'entity'])
        .where('user_id', '=', w.k.users.elev!.id)
        .execute(),
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'pupil.self.read',
        'pupil.checkin.create',
        'pupil.checkin.update',
        'pupil.meeting-wish.create',
      ]),
    );
  });

  it('shows the pupil only the active plan’s words for the pupil', async () => {
    const plan = await w.as('kontakt').post(`/api/cases/${caseId}/plans`, {
      kind: 'samarbeidsavtale',
      content: {
        ...JSON.parse(JSON.stringify(ex.samarbeidsavtale()).replaceAll('"2025-', '"2026-')),
        status: 'INTERNT: eleven er borte to dager i uka',
        forPupil: {
          schoolDoes: 'Kontaktlæreren møter deg i skolegården kl. 08.20.',
          iTry: 'Jeg prøver å komme til første time tre dager i uka.',
          whoToGoTo: 'Helsesykepleier Kari, rom 104.',
        },
      },
    });
    expect(plan.status, plan.body).toBe(201);
    planId = plan.data.plan.id;
    // A draft is not shown.
    expect((await w.as('elev').get('/api/me/pupil')).data.plan).toBeNull();
    await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .updateTable('case_plan')
        .set({ status: 'aktiv', activated_on: '2026-11-24' })
        .where('id', '=', planId)
        .execute(),
    );
    const page = await w.as('elev').get('/api/me/pupil');
    expect(page.data.plan).toEqual({
      schoolDoes: 'Kontaktlæreren møter deg i skolegården kl. 08.20.',
      iTry: 'Jeg prøver å komme til første time tre dager i uka.',
      whoToGoTo: 'Helsesykepleier Kari, rom 104.',
    });
    expect(page.body).not.toContain('INTERNT');

    // The plan on paper carries the pupil's words too, first, under their own heading (nynorsk on request).
    const pdf = await w.as('kontakt').get(`/api/cases/${caseId}/plans/${planId}/pdf`);
    expect(pdf.status).toBe(200);
    const text = (await pdfText(new Uint8Array(pdf.rawPayload))).replace(/\s+/g, ' ');
    expect(text).toContain('Planen i enkle ord for eleven');
    expect(text).toContain('Dette prøver jeg');
    expect(text).toContain('Jeg prøver å komme til første time tre dager i uka.');
    const nn = await w.as('kontakt').get(`/api/cases/${caseId}/plans/${planId}/pdf?language=nn`);
    expect((await pdfText(new Uint8Array(nn.rawPayload))).replace(/\s+/g, ' ')).toContain('Dette prøver eg');
  });

  it('refuses the pupil every staff route: cases, notes, alerts, the pupil pages, forms, plans', async () => {
    const pupil = w.k.pupilIds[0]!;
    const tries: [string, string, unknown?][] = [
      ['GET', `/api/cases/${caseId}`],
      ['GET', `/api/cases/${caseId}/parts?include=pupilEntries`],
      ['GET', '/api/cases'],
      [
        'POST',
        `/api/cases/${caseId}/contacts`,
        {
          contactedAt: '2026-11-24T09:00:00+01:00',
          withWhom: ['elev'],
          channel: 'telefon',
          summary: 'x',
          agreed: null,
        },
      ],
      ['GET', '/api/alerts'],
      ['GET', `/api/pupils/${pupil}/absence`],
      ['GET', `/api/pupils/${pupil}/file`],
      ['GET', '/api/forms'],
      ['GET', `/api/cases/${caseId}/forms/new/skaleringsverktoy`],
      ['POST', `/api/cases/${caseId}/forms`, { formId: 'skaleringsverktoy', audience: 'elev', answers: {} }],
      ['GET', `/api/cases/${caseId}/plans/${planId}`],
      ['GET', '/api/home'],
      ['GET', '/api/my-children'],
      ['GET', '/api/classes'],
    ];
    for (const [method, url, body] of tries) {
      const res = await w.as('elev').request(method as 'GET', url, body);
      expect([403, 404], `${method} ${url}: ${res.status}`).toContain(res.status);
      expect(res.body).not.toContain('HEMMELIG');
    }
  });

  it('never shows one pupil another’s entries, through the API or under row-level security', async () => {
    const other = await w.as('elev2').get('/api/me/pupil');
    expect(other.status).toBe(200);
    expect(other.data.checkin).toBeNull();
    expect(other.data.meetingWish).toBeNull();
    expect(other.data.plan).toBeNull();
    // Pupil 2's own check-in goes to pupil 2's case.
    const own = await w.as('elev2').put('/api/me/pupil/checkin', { score: 8, oneStepBetter: '', version: null });
    expect(own.status, own.body).toBe(200);
    expect((await w.as('kontakt').get(`/api/cases/${otherCaseId}`)).data.pupilEntries.checkins).toMatchObject([
      { score: 8 },
    ]);
    // The number alone is not the pupil's voice.
    expect((await w.as('kontakt').get(`/api/cases/${otherCaseId}`)).data.pupilVoice.heard).toBe(false);
    // Row-level security: as pupil 2, the first pupil's rows are not there, and cannot be written.
    const ctx = { kommuneId: w.k.id, userId: w.k.users.elev2!.id };
    const seen = await w.db.withContext(ctx, (tx) => tx.selectFrom('pupil_checkin').select('pupil_id').execute());
    expect(seen.map((r) => r.pupil_id)).toEqual([w.k.pupilIds[1]]);
    expect(await w.db.withContext(ctx, (tx) => tx.selectFrom('pupil_meeting_wish').select('id').execute())).toEqual([]);
    await expect(
      w.db.withContext(ctx, (tx) =>
        tx
          .insertInto('pupil_meeting_wish')
          .values({
            id: randomUUID(),
            kommune_id: w.k.id,
            pupil_id: w.k.pupilIds[0]!,
            case_id: caseId,
            want_adults_to_know: 'forfalsket',
            who: [],
            who_else: '',
            written_by: w.k.users.elev2!.id,
            written_at: new Date(),
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    // Staff see both pupils' rows (and the test kommune's own check-in of pupil 2, from its factory).
    const staff = await w.db.withContext({ kommuneId: w.k.id, userId: w.k.users.kontakt!.id }, (tx) =>
      tx.selectFrom('pupil_checkin').select('pupil_id').execute(),
    );
    expect(new Set(staff.map((r) => r.pupil_id))).toEqual(new Set([w.k.pupilIds[0], w.k.pupilIds[1], w.k.pupilIds[2]]));
  });

  it('refuses the pupil every route of the API but the pupil’s own, the session’s and the inbox (deny by default)', async () => {
    const ops = await operations(w.app);
    expect(ops.length).toBeGreaterThan(100);
    const reached: string[] = [];
    for (const op of ops) {
      // Signing in and out would end the pupil's session; they are the same for every account.
      if (op.path.startsWith('/api/auth/') && op.key !== 'GET /api/auth/me') continue;
      const url = op.path.replace(/\{[^}]+\}/g, () => randomUUID());
      const res = await w.as('elev').request(op.method as 'GET', url, op.method === 'GET' ? undefined : {});
      if (res.status !== 403) reached.push(`${op.key} → ${res.status}`);
    }
    expect(reached.sort()).toEqual(
      [
        'GET /api/auth/me → 200',
        'GET /api/health → 200',
        // Everyone's own inbox and its e-mail choices (an item of another's inbox is not found).
        'GET /api/inbox → 200',
        'GET /api/inbox/preferences → 200',
        'GET /api/inbox/unread → 200',
        'GET /api/inbox/{itemId}/notice → 404',
        'POST /api/inbox/{itemId}/read → 404',
        'PUT /api/inbox/preferences → 400',
        'GET /api/me/pupil → 200',
        'POST /api/me/pupil/meeting-wish → 400',
        'PUT /api/me/pupil/checkin → 400',
      ].sort(),
    );
  });

  it('gives a staff account nothing on the pupil’s routes', async () => {
    expect((await w.as('kontakt').get('/api/me/pupil')).status).toBe(403);
    expect(
      (await w.as('kontakt').put('/api/me/pupil/checkin', { score: 3, oneStepBetter: '', version: null })).status,
    ).toBe(403);
    expect((await w.as('forelder').get('/api/me/pupil')).status).toBe(403);
  });

  it('keeps the page but takes no answer once the case is closed', async () => {
    await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.updateTable('pupil_case').set({ status: 'closed' }).where('id', '=', otherCaseId).execute(),
    );
    const page = await w.as('elev2').get('/api/me/pupil');
    expect(page.data.hasCase).toBe(false);
    const refused = await w
      .as('elev2')
      .post('/api/me/pupil/meeting-wish', { wantAdultsToKnow: 'Hei', who: [], whoElse: '' });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('ingen oppfølging');
  });
});
