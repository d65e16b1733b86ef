// Issue 21 item 4 (decisions 190–192): a measure of an active plan marked for the teaching staff reaches the
// class's teachers as a «tilrettelegging» note without the case; the read is audited; «Fulgt i dag» is
// idempotent, undone the same day only, and counted in the case's evaluation; the substitute of the day
// sees the notes on that day only.
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password';
import * as ex from '../../src/domain/plans/testing';
import { describeDb } from '../support/db';
import { PASSWORD } from '../support/factories';
import { useWorld } from '../support/world';
import { HEARD } from '../../src/domain/ladder/testing';

const DAY = 86_400_000;
const GARDEROBE = 'Eget garderobe / rolig sted å skifte før kroppsøving';

describeDb('measures that reach every lesson', () => {
  const other = { classId: randomUUID(), teacherId: randomUUID() };
  const w = useWorld({
    kommuner: ['tilr'],
    // 9B at the same school, with its own subject teacher: a teacher of another class.
    seed: async (db, k) => {
      const hash = await hashPassword(PASSWORD, 'cheap');
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        await tx
          .insertInto('class')
          .values({
            id: other.classId,
            kommune_id: k.id,
            school_id: k.schoolId,
            name: '9B',
            trinn: 9,
            school_year: 2026,
          })
          .execute();
        await tx
          .insertInto('app_user')
          .values({
            id: other.teacherId,
            kommune_id: k.id,
            username: 'fag9b.tilr',
            display_name: 'Vera Vikar',
            kind: 'staff',
            password_hash: hash,
            totp_secret: null,
            oidc_subject: null,
          })
          .execute();
        await tx
          .insertInto('role_assignment')
          .values({
            id: randomUUID(),
            kommune_id: k.id,
            user_id: other.teacherId,
            role: 'faglaerer',
            school_id: k.schoolId,
            class_id: other.classId,
            service_unit_id: null,
            subject: 'Norsk',
          })
          .execute();
      });
    },
    login: ['kontakt', 'fag', 'rektor', 'admin', 'fag9b.tilr'],
  });
  let caseId = '';
  let planId = '';
  const pupil = () => w.k.pupilIds[0]!;
  const adaptations = (who: string, date?: string) =>
    w.as(who).get(`/api/classes/${w.k.classId}/adaptations${date ? `?date=${date}` : ''}`);
  const followed = (who: string, body: { noteId: string; date: string; followed: boolean }) =>
    w.as(who).put(`/api/classes/${w.k.classId}/adaptations/followed`, body);
  const evaluationMeasures = async () =>
    (await w.as('kontakt').get(`/api/cases/${caseId}`)).json().evaluationMeasures as {
      measure: string;
      measureId: string;
      followed: { days: number; schoolDays: number; since: string } | null;
    }[];

  it('shows nothing before a plan is active, and then only the measure marked for teaching', async () => {
    const opened = await w.as('kontakt').post('/api/cases', {
      pupilId: pupil(),
      from: 'undring',
      reason: 'Borte i kroppsøving',
    });
    expect(opened.status, opened.body).toBe(201);
    caseId = opened.data.id;
    const base = ex.tiltaksplan();
    const content = ex.tiltaksplan({
      date: '2026-11-24',
      period: { from: '2026-11-24', to: '2026-12-18' },
      nextMeetingOn: '2026-12-15',
      measures: [
        { ...base.measures[0]!, forTeaching: false },
        {
          id: 'm2',
          description: GARDEROBE,
          planB: 'Eleven skifter i helserommet',
          responsible: 'Faglærer i kroppsøving',
          attendanceReduction: null,
          homeSchooling: null,
          forTeaching: true,
          teacherNote: 'Eget garderobe før kroppsøving',
        },
      ],
    });
    const created = await w.as('kontakt').post(`/api/cases/${caseId}/plans`, { kind: content.kind, content });
    expect(created.status, created.body).toBe(201);
    planId = created.data.plan.id;
    // A draft reaches no teacher.
    expect((await adaptations('fag')).json().pupils).toEqual([]);
    await w.db.withContext({ kommuneId: w.k.id, userId: w.k.users.kontakt!.id }, (tx) =>
      sql`insert into case_statement (id, kommune_id, case_id, pupil_id, person_name, relation, chosen_by_pupil, statement, given_on, recorded_by, recorded_at)
          values (${randomUUID()}, ${w.k.id}, ${caseId}, ${pupil()}, 'Hanne Helsesøster', 'helsesykepleier', true, 'Eleven vil skifte alene.', '2026-11-24', ${w.k.users.kontakt!.id}, now())`.execute(
        tx,
      ),
    );
    const activated = await w
      .as('kontakt')
      .post(`/api/cases/${caseId}/plans/${planId}/activate`, { version: 1, heard: HEARD });
    expect(activated.status, activated.body).toBe(200);
  });

  it('gives the gym teacher the note (200) but not the case (403), and audits the read', async () => {
    expect((await w.as('fag').get(`/api/cases/${caseId}`)).status).toBe(403);
    const res = await adaptations('fag', '2026-11-24');
    expect(res.status, res.body).toBe(200);
    expect(res.json()).toEqual({
      classId: w.k.classId,
      date: '2026-11-24',
      mayConfirm: true,
      pupils: [
        {
          pupilId: pupil(),
          firstName: expect.any(String),
          lastName: expect.any(String),
          notes: [{ id: `${planId}:m2`, note: 'Eget garderobe før kroppsøving', followedByMe: false, followedBy: 0 }],
        },
      ],
    });
    // Need to know: nothing of the case (its id, the reason it was opened, the other measure) is in the answer.
    expect(res.body).not.toContain(caseId);
    expect(res.body).not.toContain('Borte i kroppsøving');
    expect(res.body).not.toContain(ex.tiltaksplan().measures[0]!.description);
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['pupil_id', 'kind', 'details'])
        .where('action', '=', 'adaptation.read')
        .where('user_id', '=', w.k.users.fag!.id)
        .execute(),
    );
    expect(audit).toEqual([
      {
        pupil_id: pupil(),
        kind: 'read',
        details: { classId: w.k.classId, date: '2026-11-24', measures: [`${planId}:m2`] },
      },
    ]);
  });

  it('refuses a teacher of another class (not found) and the roles that teach no lesson (403)', async () => {
    const otherTeacher = await adaptations('fag9b.tilr');
    expect(otherTeacher.status).toBe(404);
    expect(otherTeacher.body).not.toContain(GARDEROBE);
    expect((await adaptations('admin')).status).toBe(403);
    expect((await adaptations('rektor')).status).toBe(200);
  });

  it('counts «Fulgt i dag» once per teacher and day in the case’s evaluation, and lets it be undone the same day', async () => {
    const noteId = `${planId}:m2`;
    expect((await evaluationMeasures()).find((m) => m.measureId === 'm2')?.followed).toEqual({
      days: 0,
      schoolDays: 1,
      since: '2026-11-24',
    });
    const first = await followed('fag', { noteId, date: '2026-11-24', followed: true });
    expect(first.status, first.body).toBe(200);
    const again = await followed('fag', { noteId, date: '2026-11-24', followed: true });
    expect(again.json()).toMatchObject({ followedByMe: true, followedBy: 1 });
    expect((await followed('kontakt', { noteId, date: '2026-11-24', followed: true })).json()).toMatchObject({
      followedBy: 2,
    });
    const measures = await evaluationMeasures();
    expect(measures.find((m) => m.measureId === 'm2')?.followed).toEqual({
      days: 1,
      schoolDays: 1,
      since: '2026-11-24',
    });
    // The measure not for teaching has no count.
    expect(measures.find((m) => m.measureId === 'm1')?.followed).toBeNull();
    expect((await followed('kontakt', { noteId, date: '2026-11-24', followed: false })).json()).toMatchObject({
      followedByMe: false,
      followedBy: 1,
    });
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'case_id'])
        .where('action', 'in', ['adaptation.confirm', 'adaptation.unconfirm'])
        .orderBy('id')
        .execute(),
    );
    expect(audit.map((a) => a.action)).toEqual([
      'adaptation.confirm',
      'adaptation.confirm',
      'adaptation.confirm',
      'adaptation.unconfirm',
    ]);
    // A measure of no plan in the class is not found; a measure not for teaching is not a note.
    expect((await followed('fag', { noteId: `${planId}:m1`, date: '2026-11-24', followed: true })).status).toBe(404);
    expect((await followed('fag9b.tilr', { noteId, date: '2026-11-24', followed: true })).status).toBe(404);
  });

  it('keeps yesterday as it was: next day the count grows with the new day, and yesterday cannot be changed', async () => {
    w.clock.advance(DAY); // Wednesday 25.11
    for (const who of ['fag', 'kontakt', 'rektor', 'fag9b.tilr']) await w.logInAs(who);
    const late = await followed('fag', { noteId: `${planId}:m2`, date: '2026-11-24', followed: false });
    expect(late.status).toBe(400);
    expect(late.json().error.message).toContain('samme dag');
    expect((await adaptations('fag', '2026-11-24')).json()).toMatchObject({
      mayConfirm: false,
      pupils: [{ notes: [{ followedByMe: true, followedBy: 1 }] }],
    });
    expect((await evaluationMeasures()).find((m) => m.measureId === 'm2')?.followed).toEqual({
      days: 1,
      schoolDays: 2,
      since: '2026-11-24',
    });
    expect((await followed('fag', { noteId: `${planId}:m2`, date: '2026-11-25', followed: true })).status).toBe(200);
    expect((await evaluationMeasures()).find((m) => m.measureId === 'm2')?.followed).toMatchObject({
      days: 2,
      schoolDays: 2,
    });
  });

  it('stores the count the evaluator saw with the judgement of the measure', async () => {
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    const evaluated = await w.as('kontakt').post(`/api/cases/${caseId}/actions`, {
      action: {
        type: 'evaluate',
        outcome: 'better',
        assessment: 'Eleven er med i kroppsøving igjen.',
        measures: c.evaluationMeasures.map((m: { measure: string; measureId: string }) => ({
          measure: m.measure,
          measureId: m.measureId,
          judgement: 'virket',
        })),
      },
      version: c.version,
    });
    expect(evaluated.status, evaluated.body).toBe(200);
    const stored = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('case_action')
        .select('action')
        .where('case_id', '=', caseId)
        .orderBy('acted_at', 'desc')
        .executeTakeFirstOrThrow(),
    );
    const judged = (stored.action as { measures: { measureId?: string; followed?: unknown }[] }).measures;
    expect(judged.find((m) => m.measureId === 'm2')?.followed).toEqual({ days: 2, schoolDays: 2, since: '2026-11-24' });
    const timeline = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json().timeline as { text: string }[];
    expect(timeline.map((t) => t.text).join('\n')).toContain(
      `${GARDEROBE} – virket, bekreftet fulgt 2 av 2 skoledager siden 24.11.2026`,
    );
  });

  it('lets the leadership name the substitute of the day, who sees the register and the notes that day only', async () => {
    const today = '2026-11-25';
    expect((await adaptations('fag9b.tilr', today)).status).toBe(404);
    const named = await w
      .as('rektor')
      .put(`/api/classes/${w.k.classId}/substitutes/${today}`, { userIds: [other.teacherId] });
    expect(named.status, named.body).toBe(200);
    expect(named.json().substitutes).toEqual([{ userId: other.teacherId, name: 'Vera Vikar' }]);
    expect((await adaptations('fag9b.tilr', today)).json().pupils[0].notes[0].note).toBe(
      'Eget garderobe før kroppsøving',
    );
    expect((await w.as('fag9b.tilr').get(`/api/classes/${w.k.classId}/register?date=${today}`)).status).toBe(200);
    expect((await adaptations('fag9b.tilr', '2026-11-26')).status).toBe(404);
    expect((await w.as('fag9b.tilr').get(`/api/classes/${w.k.classId}/register?date=2026-11-26`)).status).toBe(404);
    // Only the leadership names a substitute; a guardian's account cannot be one.
    expect(
      (await w.as('kontakt').put(`/api/classes/${w.k.classId}/substitutes/${today}`, { userIds: [] })).status,
    ).toBe(403);
    const guardian = await w
      .as('rektor')
      .put(`/api/classes/${w.k.classId}/substitutes/${today}`, { userIds: [w.k.users.forelder!.id] });
    expect(guardian.status).toBe(400);
    // Taking the substitute off again.
    expect(
      (await w.as('rektor').put(`/api/classes/${w.k.classId}/substitutes/${today}`, { userIds: [] })).json()
        .substitutes,
    ).toEqual([]);
    expect((await adaptations('fag9b.tilr', today)).status).toBe(404);
  });

  it('lets the substitute record absence in the class on that day only, audited like any registration (decision 207)', async () => {
    const today = '2026-11-25';
    const register = (who: string, body: Record<string, unknown>) =>
      w.as(who).post('/api/absence-events', { pupilId: w.k.pupilIds[1], documented: false, ...body });
    // Before the leadership names her, the teacher of 9B is no one in 9A: «not found».
    expect((await register('fag9b.tilr', { date: today, kind: 'day' })).status).toBe(404);
    // The leadership's screen reads the day's substitutes and the school's teachers to choose from.
    const screen = await w.as('rektor').get(`/api/classes/${w.k.classId}/substitutes/${today}`);
    expect(screen.status, screen.body).toBe(200);
    expect(screen.json().substitutes).toEqual([]);
    expect(screen.json().candidates).toContainEqual({ userId: other.teacherId, name: 'Vera Vikar' });
    expect(screen.json().candidates.map((c: { userId: string }) => c.userId)).not.toContain(w.k.users.rektor!.id);
    expect((await w.as('kontakt').get(`/api/classes/${w.k.classId}/substitutes/${today}`)).status).toBe(403);
    await w.as('rektor').put(`/api/classes/${w.k.classId}/substitutes/${today}`, { userIds: [other.teacherId] });
    expect((await w.as('rektor').get(`/api/classes/${w.k.classId}/substitutes/${today}`)).json().substitutes).toEqual([
      { userId: other.teacherId, name: 'Vera Vikar' },
    ]);

    // That day she registers in the whole class: a day, and a lesson the timetable gives to another teacher.
    const day = await register('fag9b.tilr', { date: today, kind: 'day' });
    expect(day.status, day.body).toBe(201);
    const lesson = await w.as('fag9b.tilr').post('/api/absence-events', {
      pupilId: w.k.pupilIds[2],
      date: today,
      kind: 'lesson',
      period: 2,
      documented: false,
    });
    expect(lesson.status, lesson.body).toBe(201);
    // Not the day before (the date is not hers), and her registration is corrected and taken like anyone's.
    expect((await register('fag9b.tilr', { date: '2026-11-24', kind: 'day' })).status).toBe(403);
    const eventId = day.json().event.id as string;
    const corrected = await w.as('fag9b.tilr').put(`/api/absence-events/${eventId}`, {
      date: today,
      kind: 'day',
      documented: true,
      reason: 'sykdom',
      version: 1,
    });
    expect(corrected.status, corrected.body).toBe(200);
    expect((await w.as('fag9b.tilr').post(`/api/classes/${w.k.classId}/register/taken`, { date: today })).status).toBe(
      200,
    );
    const audited = await w.db.owner
      .selectFrom('audit_log')
      .select(['action', 'pupil_id'])
      .where('user_id', '=', other.teacherId)
      .where('action', 'in', ['absence.create', 'absence.update', 'absence.register.taken'])
      .where('outcome', '=', 'allowed')
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.action)).toEqual([
      'absence.create',
      'absence.create',
      'absence.update',
      'absence.register.taken',
    ]);
    expect(audited[0]!.pupil_id).toBe(w.k.pupilIds[1]);

    // The day after, she is no longer the class's substitute: 403, for that day and for the day she was.
    w.clock.advance(DAY);
    await w.logInAs('fag9b.tilr');
    expect((await register('fag9b.tilr', { date: '2026-11-26', kind: 'day' })).status).toBe(403);
    expect((await register('fag9b.tilr', { date: today, kind: 'late', period: 1, minutes: 5 })).status).toBe(403);
    expect(
      (await w.as('fag9b.tilr').post(`/api/classes/${w.k.classId}/register/taken`, { date: '2026-11-26' })).status,
    ).toBe(404);
    w.clock.advance(-DAY);
    await w.as('rektor').put(`/api/classes/${w.k.classId}/substitutes/${today}`, { userIds: [] });
  });

  it('shows a teacher’s week in «Timeplan»: their lessons, the substitute’s day, and the notes of the class (decision 209)', async () => {
    type Week = {
      weekOf: string;
      days: {
        date: string;
        lessons: {
          period: number;
          className: string;
          subject: string;
          substitute: boolean;
          pupils: { pupilId: string; notes: { note: string }[] }[];
        }[];
      }[];
    };
    const week = async (who: string) => {
      const res = await w.as(who).get('/api/timetable/mine?week=2026-11-25');
      expect(res.status, res.body).toBe(200);
      return res.json() as Week;
    };
    // The gym teacher teaches 9A on Tuesday, periods 3 and 4: each lesson carries the class's note.
    const gym = await week('fag');
    expect(gym.weekOf).toBe('2026-11-23');
    expect(gym.days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    const lessons = gym.days.flatMap((d) => d.lessons.map((l) => ({ date: d.date, ...l })));
    expect(lessons.map((l) => [l.date, l.period, l.className, l.subject, l.substitute])).toEqual([
      ['2026-11-24', 3, '9A', 'Kroppsøving', false],
      ['2026-11-24', 4, '9A', 'Kroppsøving', false],
    ]);
    for (const l of lessons)
      expect(l.pupils).toEqual([
        {
          pupilId: pupil(),
          firstName: expect.any(String),
          lastName: expect.any(String),
          notes: [{ id: `${planId}:m2`, note: 'Eget garderobe før kroppsøving' }],
        },
      ]);
    // Need to know: nothing of the case is in the answer.
    expect(JSON.stringify(gym)).not.toContain(caseId);
    // The read is audited once for the week, per pupil shown.
    const reads = await w.db.owner
      .selectFrom('audit_log')
      .select(['pupil_id', 'details'])
      .where('user_id', '=', w.k.users.fag!.id)
      .where('action', '=', 'adaptation.read')
      .where(sql<boolean>`details->>'week' = '2026-11-23'`)
      .execute();
    expect(reads.map((r) => r.pupil_id)).toEqual([pupil()]);

    // The teacher of 9B has no lesson in the timetable; named substitute of 9A on Thursday, she has 9A's day.
    expect((await week('fag9b.tilr')).days.every((d) => d.lessons.length === 0)).toBe(true);
    await w.as('rektor').put(`/api/classes/${w.k.classId}/substitutes/2026-11-26`, { userIds: [other.teacherId] });
    const sub = await week('fag9b.tilr');
    const thursday = sub.days.find((d) => d.date === '2026-11-26')!.lessons;
    expect(thursday.length).toBeGreaterThan(0);
    expect(thursday.every((l) => l.substitute && l.className === '9A' && l.pupils[0]?.pupilId === pupil())).toBe(true);
    expect(sub.days.filter((d) => d.date !== '2026-11-26').every((d) => d.lessons.length === 0)).toBe(true);
    // The administrator teaches no lesson: the policy refuses.
    expect((await (await w.logInAs('admin')).get('/api/timetable/mine')).status).toBe(403);
    await w.as('rektor').put(`/api/classes/${w.k.classId}/substitutes/2026-11-26`, { userIds: [] });
  });
});
