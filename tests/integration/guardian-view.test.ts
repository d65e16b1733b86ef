// The guardians inside the follow-up (issue 18 items 3 and 5, decisions 129–133): who sees what. A guardian
// sees only their own children and only the documents sent to them; the absence figures are the pupil page's;
// a parent without parental responsibility sees the child, a restricted one nothing; the other guardian's
// contact details are hidden when the child's address is protected; «Send til foresatte» is logged once
// however often pressed; a part of a day reported ahead is in that day's register; a reply reaches the case.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { openCase, recordAbsence } from '../support/make';
import type { TestDb } from '../support/db';
import type { TestKommune } from '../support/factories';
import { useWorld } from '../support/world';
import { pdfText } from '../support/pdf-text';

/** A guardian account with its guardian row and link to pupil 0 (and the factory's password). */
async function addGuardian(
  db: TestDb,
  k: TestKommune,
  name: string,
  link: { parental_responsibility?: boolean; information_restricted?: boolean; phone?: string },
) {
  await db.withContext({ kommuneId: k.id }, async (tx) => {
    const template = await tx
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', k.users.forelder!.id)
      .executeTakeFirstOrThrow();
    const userId = randomUUID();
    k.users[name] = { id: userId, username: `${name}.${k.id.slice(0, 4)}` };
    await tx
      .insertInto('app_user')
      .values({
        id: userId,
        kommune_id: k.id,
        username: k.users[name].username,
        display_name: `Forelder ${name}`,
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
        last_name: name,
        phone: link.phone ?? null,
        email: null,
        user_id: userId,
      })
      .execute();
    await tx
      .insertInto('guardian_pupil')
      .values({
        kommune_id: k.id,
        guardian_id: guardianId,
        pupil_id: k.pupilIds[0]!,
        parental_responsibility: link.parental_responsibility ?? true,
        information_restricted: link.information_restricted ?? false,
      })
      .execute();
  });
}

describeDb('the guardians inside the follow-up: who sees what', () => {
  const w = useWorld({
    kommuner: ['forv'],
    seed: async (db, k) => {
      await addGuardian(db, k, 'far', { parental_responsibility: false, phone: '400 00 001' });
      await addGuardian(db, k, 'sperret', { information_restricted: true });
      await db.withContext({ kommuneId: k.id }, (tx) =>
        tx.updateTable('guardian').set({ phone: '400 00 002' }).where('user_id', '=', k.users.forelder!.id).execute(),
      );
    },
  });
  const pupilId = () => w.k.pupilIds[0]!;
  let caseId: string;
  let meetingId: string;

  beforeAll(async () => {
    await recordAbsence(w.as('kontakt'), pupilId(), ['2026-11-16', '2026-11-17']);
    await recordAbsence(w.as('kontakt'), pupilId(), ['2026-11-18'], {
      kind: 'lesson',
      period: 2,
      documented: false,
    });
    caseId = await openCase(w.as('kontakt'), pupilId(), 'Fravær etter høstferien');
    const planned = await w.as('kontakt').post(`/api/cases/${caseId}/meetings`, {
      kind: 'samarbeidsmote',
      scheduledOn: '2026-11-20',
      scheduledTime: '09:30',
      place: 'Møterom 2',
      participants: ['Kontaktlærer', 'Foresatte'],
      agenda: 'Hvordan morgenene går',
    });
    expect(planned.status).toBe(201);
    meetingId = planned.data.meeting.id;
  });

  it('shows the child’s absence this year with the same calendar and figures as the pupil page', async () => {
    const school = await w.as('kontakt').get(`/api/pupils/${pupilId()}/absence`);
    const home = await w.as('forelder').get(`/api/my-children/${pupilId()}`);
    expect(home.status).toBe(200);
    expect(home.data.diploma).toEqual(school.data.diploma);
    expect(home.data.diploma).toMatchObject({ absentDays: 2, absentLessons: 1 });
    expect(home.data.calendar).toEqual(school.data.calendar);
    expect(home.data.events.map((e: { id: string }) => e.id).sort()).toEqual(
      school.data.events.map((e: { id: string }) => e.id).sort(),
    );
    // Who at school registered it is «Skolen» to the guardian.
    expect(home.data.events.every((e: { registeredByName: string }) => e.registeredByName === 'Skolen')).toBe(true);
    expect(home.data.child).toMatchObject({ schoolName: 'Testskole forv', protectedAddress: false });
  });

  it('shows only the guardian’s own children', async () => {
    expect((await w.as('forelder').get(`/api/my-children/${w.k.pupilIds[1]!}`)).status).toBe(404);
    expect((await w.as('forelder').get(`/api/my-children/${w.k.otherPupilId}`)).status).toBe(404);
  });

  it('shows nothing the school has not sent; the minutes sent home once, however often pressed', async () => {
    const before = await w.as('forelder').get(`/api/my-children/${pupilId()}`);
    expect(before.data.documents).toEqual([]);
    const meeting = (await w.as('kontakt').get(`/api/cases/${caseId}`)).data.meetings.find(
      (m: { id: string }) => m.id === meetingId,
    );
    // Not held yet: no minutes to send.
    expect(
      (await w.as('kontakt').post(`/api/cases/${caseId}/meetings/${meetingId}/send-to-guardians`, {})).status,
    ).toBe(400);
    const held = await w.as('kontakt').put(`/api/cases/${caseId}/meetings/${meetingId}`, {
      scheduledOn: '2026-11-20',
      scheduledTime: '09:30',
      place: 'Møterom 2',
      participants: ['Kontaktlærer', 'Foresatte'],
      agenda: 'Hvordan morgenene går',
      heldOn: '2026-11-20',
      minutes: 'Vi ble enige om at Elev0 begynner med første time på mandager.',
      nextMeetingOn: '2026-12-04',
      nextMeetingTime: '10:00',
      nextMeetingPlace: 'Møterom 2',
      anonymised: false,
      version: meeting.version,
    });
    expect(held.status).toBe(200);
    const first = await w.as('kontakt').post(`/api/cases/${caseId}/meetings/${meetingId}/send-to-guardians`, {});
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({ alreadySent: false, guardians: 2 });
    const again = await w.as('kontakt').post(`/api/cases/${caseId}/meetings/${meetingId}/send-to-guardians`, {});
    expect(again.data).toMatchObject({ alreadySent: true, sentAt: first.data.sentAt });

    const contacts = (await w.as('kontakt').get(`/api/pupils/${pupilId()}/absence`)).data.contacts.filter(
      (c: { summary: string }) => c.summary.includes('sendt til foresatte'),
    );
    expect(contacts).toHaveLength(1);
    expect(contacts[0].summary).toBe('Referat fra samarbeidsmøte 20.11.2026 sendt til foresatte i Nærvær.');

    const home = await w.as('forelder').get(`/api/my-children/${pupilId()}`);
    expect(home.data.documents).toEqual([
      expect.objectContaining({
        kind: 'minutes',
        title: 'Samarbeidsmøte',
        date: '2026-11-20',
        text: 'Vi ble enige om at Elev0 begynner med første time på mandager.',
      }),
    ]);
    // «Neste møte» is a coming meeting with time and place.
    expect(home.data.meetings).toEqual([
      expect.objectContaining({ title: 'Samarbeidsmøte', date: '2026-12-04', time: '10:00', place: 'Møterom 2' }),
    ]);
    // One inbox item for each guardian with access, none for the restricted one.
    for (const who of ['forelder', 'far']) {
      const items = (await w.as(who).get('/api/inbox')).data.items.filter(
        (i: { kind: string }) => i.kind === 'guardian-document',
      );
      expect(items, who).toEqual([expect.objectContaining({ caseLink: `/barn/${pupilId()}` })]);
    }
    expect((await w.as('sperret').get('/api/inbox')).data.items).toEqual([]);
  });

  it('sends a plan in force, never a draft; guardians see the samarbeidsavtale', async () => {
    const created = await w.as('kontakt').post(`/api/cases/${caseId}/plans`, {
      kind: 'samarbeidsavtale',
      content: {
        kind: 'samarbeidsavtale',
        date: '2026-11-20',
        status: 'Kommer sjelden før andre time.',
        mainGoal: 'Elev0 kommer på skolen hver dag.',
        rows: [
          {
            id: 'r1',
            subGoal: 'Komme til første time',
            measure: 'Kontaktlærer møter eleven i døra',
            responsible: 'Kontaktlærer',
            deadline: null,
          },
        ],
        planB: 'Ringe hjem kl. 08.45',
        evaluationOn: '2026-12-11',
        signatures: [],
      },
    });
    expect(created.status).toBe(201);
    const planId = created.data.plan.id;
    expect((await w.as('kontakt').post(`/api/cases/${caseId}/plans/${planId}/send-to-guardians`, {})).status).toBe(400);
    // In force (the activation's own checks are plans.test's): set directly.
    await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .updateTable('case_plan')
        .set({ status: 'aktiv', activated_on: '2026-11-20', activated_by: w.k.users.kontakt!.id })
        .where('id', '=', planId)
        .execute(),
    );
    expect((await w.as('kontakt').post(`/api/cases/${caseId}/plans/${planId}/send-to-guardians`, {})).status).toBe(200);
    const home = await w.as('far').get(`/api/my-children/${pupilId()}`);
    expect(home.data.activePlans).toEqual([
      expect.objectContaining({
        title: 'Samarbeidsavtale',
        text: 'Elev0 kommer på skolen hver dag.',
        plan: {
          status: 'aktiv',
          lines: ['Komme til første time – Kontaktlærer møter eleven i døra – (Kontaktlærer)'],
          evaluationOn: '2026-12-11',
        },
      }),
    ]);
  });

  it('gives the guardian the PDF of each document sent, as the school prints it, audited (decision 154)', async () => {
    const home = await w.as('forelder').get(`/api/my-children/${pupilId()}`);
    const minutes = home.data.documents.find((d: { kind: string }) => d.kind === 'minutes');
    const plan = home.data.documents.find((d: { kind: string }) => d.kind === 'plan');
    const minutesPdf = await w.as('forelder').get(`/api/my-children/${pupilId()}/minutes/${minutes.sourceId}/pdf`);
    expect(minutesPdf.status).toBe(200);
    expect(minutesPdf.headers['content-type']).toBe('application/pdf');
    const minutesText = await pdfText(new Uint8Array(minutesPdf.rawPayload));
    expect(minutesText).toContain('Referat: Samarbeidsmøte');
    expect(minutesText).toContain('Vi ble enige om at Elev0 begynner med første time på mandager.');
    expect(minutesText).toContain('Testskole forv');
    expect(minutesText).toContain('Møterom 2');
    const planPdf = await w.as('far').get(`/api/my-children/${pupilId()}/plans/${plan.sourceId}/pdf`);
    expect(planPdf.status).toBe(200);
    expect(await pdfText(new Uint8Array(planPdf.rawPayload))).toContain('Elev0 kommer på skolen hver dag.');

    // The letter about concerning absence, once sent.
    const alert = (await w.as('kontakt').get(`/api/pupils/${pupilId()}/absence`)).data.alerts[0];
    expect(alert, 'pupil 0 has an alert').toBeTruthy();
    const letterUrl = `/api/my-children/${pupilId()}/letters/${alert.id}/pdf`;
    expect((await w.as('forelder').get(letterUrl)).status).toBe(404); // not sent yet
    expect((await w.as('kontakt').post(`/api/alerts/${alert.id}/send-to-guardians`, {})).status).toBe(200);
    const letter = await w.as('forelder').get(letterUrl);
    expect(letter.status).toBe(200);
    const letterText = await pdfText(new Uint8Array(letter.rawPayload));
    expect(letterText).toContain('Melding om bekymringsfullt fravær');
    expect(letterText).toContain('Til foresatte til Elev0');

    // Not a document of this child's home, and not for a restricted parent: not found.
    expect((await w.as('forelder').get(`/api/my-children/${pupilId()}/minutes/${randomUUID()}/pdf`)).status).toBe(404);
    expect((await w.as('sperret').get(`/api/my-children/${pupilId()}/minutes/${minutes.sourceId}/pdf`)).status).toBe(
      404,
    );
    const audited = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('user_id')
        .where('action', '=', 'guardian.document.pdf')
        .where('outcome', '=', 'allowed')
        .execute(),
    );
    expect(audited).toHaveLength(3);
  });

  it('lets a parent without parental responsibility see the child, and a restricted one nothing', async () => {
    expect((await w.as('far').get('/api/my-children')).data.children.map((c: { id: string }) => c.id)).toEqual([
      pupilId(),
    ]);
    expect((await w.as('sperret').get('/api/my-children')).data.children).toEqual([]);
    expect((await w.as('sperret').get(`/api/my-children/${pupilId()}`)).status).toBe(404);
    expect((await w.as('sperret').get(`/api/my-children/${pupilId()}/reports`)).status).toBe(404);
    expect((await w.as('sperret').get(`/api/my-children/${pupilId()}/access-log`)).status).toBe(404);
  });

  it('shows the other guardian’s contact details, but none of them nor the school when the address is protected', async () => {
    const open = await w.as('forelder').get(`/api/my-children/${pupilId()}`);
    expect(open.data.otherGuardians).toEqual(
      expect.arrayContaining([
        { name: 'Forelder far', parentalResponsibility: false, phone: '400 00 001', email: null, contactHidden: false },
      ]),
    );
    const version = (
      await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
        tx.selectFrom('pupil').select('version').where('id', '=', pupilId()).executeTakeFirstOrThrow(),
      )
    ).version;
    const set = await w
      .as('rektor')
      .put(`/api/pupils/${pupilId()}/protected-address`, { protectedAddress: 'fortrolig', version });
    expect(set.status).toBe(200);
    for (const who of ['forelder', 'far']) {
      const shielded = await w.as(who).get(`/api/my-children/${pupilId()}`);
      expect(shielded.status).toBe(200);
      expect(shielded.data.child).toMatchObject({ className: null, schoolName: null, protectedAddress: true });
      expect(shielded.data.otherGuardians.every((g: { phone: string | null }) => g.phone === null)).toBe(true);
      expect(shielded.body).not.toContain('400 00 00');
      expect(shielded.body).not.toContain('Testskole');
      expect(shielded.body).not.toContain('Møterom 2');
      const minutesId = shielded.data.documents.find((d: { kind: string }) => d.kind === 'minutes').sourceId;
      const pdf = await w.as(who).get(`/api/my-children/${pupilId()}/minutes/${minutesId}/pdf`);
      expect(pdf.status).toBe(200);
      const text = await pdfText(new Uint8Array(pdf.rawPayload));
      expect(text).toContain('Vi ble enige om at Elev0 begynner med første time på mandager.');
      expect(text).not.toContain('Testskole');
      expect(text).not.toContain('Møterom 2');
      expect(text).not.toContain('klasse');
    }
    // Sending home is then the leadership's, after confirming (as printing the minutes is).
    const held = (await w.as('kontakt').get(`/api/cases/${caseId}`)).data.meetings.find(
      (m: { id: string }) => m.id === meetingId,
    );
    expect(held.heldOn).toBe('2026-11-20');
    const back = await w
      .as('rektor')
      .put(`/api/pupils/${pupilId()}/protected-address`, { protectedAddress: 'none', version: version + 1 });
    expect(back.status).toBe(200);
  });

  it('hides a protected guardian’s contact details from the other guardian, both ways, set by the school leadership (decision 153)', async () => {
    const onPage = async () =>
      (await w.as('rektor').get(`/api/pupils/${pupilId()}/absence`)).data.guardians.find(
        (g: { name: string }) => g.name === 'Forelder far',
      );
    const far = await onPage();
    expect(far).toMatchObject({ protectedAddress: 'none' });
    const url = `/api/pupils/${pupilId()}/guardians/${far.id}/protected-address`;
    // The contact teacher may not; the leadership may, on the version it read.
    expect(
      (await w.as('kontakt').put(url, { protectedAddress: 'fortrolig', version: far.guardianVersion })).status,
    ).toBe(403);
    const set = await w.as('rektor').put(url, { protectedAddress: 'fortrolig', version: far.guardianVersion });
    expect(set.status).toBe(200);
    expect((await w.as('rektor').put(url, { protectedAddress: 'none', version: far.guardianVersion })).status).toBe(
      409,
    );
    expect(await onPage()).toMatchObject({ protectedAddress: 'fortrolig' });

    // The other guardian sees the protected one's name, never the phone; the protected one sees no contact
    // details of the other either («when either is protected»); the child's school is still shown.
    const mother = await w.as('forelder').get(`/api/my-children/${pupilId()}`);
    expect(mother.data.otherGuardians).toContainEqual({
      name: 'Forelder far',
      parentalResponsibility: false,
      phone: null,
      email: null,
      contactHidden: true,
    });
    expect(mother.body).not.toContain('400 00 001');
    expect(mother.data.child.schoolName).toBe('Testskole forv');
    const father = await w.as('far').get(`/api/my-children/${pupilId()}`);
    expect(father.data.otherGuardians.every((g: { phone: string | null }) => g.phone === null)).toBe(true);
    expect(father.body).not.toContain('400 00 002');

    // The privacy export leaves out the protected guardian's phone, in earlier versions too.
    const exported = await w.as('rektor').get(`/api/pupils/${pupilId()}/privacy-export?format=json`);
    expect(exported.status).toBe(200);
    expect(exported.body).not.toContain('400 00 001');
    expect(exported.body).toContain('400 00 002');

    const back = await w.as('rektor').put(url, { protectedAddress: 'none', version: set.data.version });
    expect(back.status).toBe(200);
    expect((await w.as('forelder').get(`/api/my-children/${pupilId()}`)).body).toContain('400 00 001');
  });

  it('takes a doctor’s appointment tomorrow from 3rd period, and the teacher sees it in tomorrow’s register', async () => {
    const reported = await w.as('forelder').post(`/api/my-children/${pupilId()}/reports`, {
      from: '2026-11-25',
      to: '2026-11-25',
      part: 'from-period',
      period: 3,
      reason: 'helse',
      note: 'Legetime',
    });
    expect(reported.status).toBe(201);
    expect(reported.data).toEqual({ created: 1, skipped: [] });
    const register = await w.as('kontakt').get(`/api/classes/${w.k.classId}/register?date=2026-11-25`);
    const row = register.data.pupils.find((p: { id: string }) => p.id === pupilId());
    expect(row.events).toEqual([
      expect.objectContaining({ kind: 'left', period: 3, documented: true, reason: 'helse', source: 'foresatt' }),
    ]);
    expect(row.guardianReported).toBe(true);
    // A period the day does not have is refused by name.
    const wrong = await w.as('forelder').post(`/api/my-children/${pupilId()}/reports`, {
      from: '2026-11-27',
      to: '2026-11-27',
      part: 'from-period',
      period: 9,
      reason: 'helse',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('Time 9 finnes ikke');
    // Late arrival, with its minutes; part of a day is one day.
    const late = await w.as('forelder').post(`/api/my-children/${pupilId()}/reports`, {
      from: '2026-11-26',
      to: '2026-11-26',
      part: 'late',
      minutes: 30,
      reason: 'annet',
    });
    expect(late.status).toBe(201);
    const range = await w.as('forelder').post(`/api/my-children/${pupilId()}/reports`, {
      from: '2026-11-26',
      to: '2026-11-27',
      part: 'late',
      minutes: 30,
      reason: 'annet',
    });
    expect(range.status).toBe(400);
    const home = await w.as('forelder').get(`/api/my-children/${pupilId()}`);
    expect(home.data.reports.map((r: { date: string; kind: string }) => `${r.date} ${r.kind}`)).toEqual(
      expect.arrayContaining(['2026-11-25 left', '2026-11-26 late']),
    );
  });

  it('puts a guardian’s reply in the case’s contact log and the contact teacher’s inbox', async () => {
    const home = await w.as('forelder').get(`/api/my-children/${pupilId()}`);
    const next = home.data.meetings[0];
    const replied = await w.as('forelder').post(`/api/my-children/${pupilId()}/replies`, {
      meetingId: next.id,
      text: 'Vi kommer begge.',
    });
    expect(replied.status).toBe(201);
    const contacts = (await w.as('kontakt').get(`/api/pupils/${pupilId()}/absence`)).data.contacts;
    expect(contacts.map((c: { summary: string }) => c.summary)).toContainEqual(
      expect.stringMatching(/^Svar fra .+ på innkallingen til samarbeidsmøte 04\.12\.2026: Vi kommer begge\.$/),
    );
    const items = (await w.as('kontakt').get('/api/inbox')).data.items.filter(
      (i: { kind: string }) => i.kind === 'guardian-reply',
    );
    expect(items).toHaveLength(1);
    expect((await w.as('forelder').get(`/api/my-children/${pupilId()}`)).data.replies).toEqual([
      expect.objectContaining({ text: expect.stringContaining('Vi kommer begge.') }),
    ]);
    // Another child's document or meeting is not found.
    const other = await w.as('forelder').post(`/api/my-children/${pupilId()}/replies`, {
      meetingId: randomUUID(),
      text: 'Hei',
    });
    expect(other.status).toBe(404);
  });

  it('audits the guardian’s reads as the guardian’s, and leaves them out of «Hvem har sett»', async () => {
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'user_id'])
        .where('action', '=', 'guardian.child.read')
        .where('pupil_id', '=', pupilId())
        .execute(),
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set([w.k.users.forelder!.id, w.k.users.far!.id]));
    const log = await w.as('forelder').get(`/api/my-children/${pupilId()}/access-log`);
    expect(log.body).not.toContain('Forelder far');
    expect(log.body).not.toContain('Foresatt');
  });
});
