// A case follows its pupil from 7th grade at the barneskole to 8th grade at the ungdomsskole: the old
// school no longer sees it, the new school's leadership takes it over with the transition checklist.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password';
import { describeDb } from '../support/db';
import { PASSWORD } from '../support/factories';
import { useWorld } from '../support/world';

describeDb('a case across a change of school', () => {
  const seventh = { classId: randomUUID(), eighthId: randomUUID(), pupilId: randomUUID() };
  const w = useWorld({
    kommuner: ['move'],
    // 7A at the barneskole (the factory's "other school"), its staff, and an 8A at the ungdomsskole.
    seed: async (db, k) => {
      const hash = await hashPassword(PASSWORD, 'cheap');
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        await tx
          .insertInto('class')
          .values([
            {
              id: seventh.classId,
              kommune_id: k.id,
              school_id: k.otherSchoolId,
              name: '7A',
              trinn: 7,
              school_year: 2026,
            },
            { id: seventh.eighthId, kommune_id: k.id, school_id: k.schoolId, name: '8A', trinn: 8, school_year: 2026 },
          ])
          .execute();
        await tx
          .insertInto('timetable_lesson')
          .values(
            [seventh.classId, seventh.eighthId].flatMap((class_id) =>
              [1, 2, 3, 4, 5].map((weekday) => ({
                id: randomUUID(),
                kommune_id: k.id,
                class_id,
                weekday,
                period: 1,
                subject: 'Norsk',
                teacher_id: null,
              })),
            ),
          )
          .execute();
        await tx
          .insertInto('pupil')
          .values({
            id: seventh.pupilId,
            kommune_id: k.id,
            first_name: 'Sjuende',
            last_name: 'Klassing',
            birth_date: '2014-02-02',
            national_id: null,
            local_id: 'move-7',
          })
          .execute();
        await tx
          .insertInto('class_membership')
          .values({
            id: randomUUID(),
            kommune_id: k.id,
            pupil_id: seventh.pupilId,
            class_id: seventh.classId,
            valid_from: '2026-08-17',
            valid_to: null,
          })
          .execute();
        const staff = [
          ['kontakt7', 'kontaktlaerer', k.otherSchoolId, seventh.classId],
          ['rektor7', 'skoleledelse', k.otherSchoolId, null],
          ['admin7', 'administrator', k.otherSchoolId, null],
          ['kontakt8', 'kontaktlaerer', k.schoolId, seventh.eighthId],
        ] as const;
        for (const [name, role, school, cls] of staff) {
          const id = randomUUID();
          await tx
            .insertInto('app_user')
            .values({
              id,
              kommune_id: k.id,
              username: `${name}.move`,
              display_name: `Navn ${name}`,
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
              user_id: id,
              role,
              school_id: school,
              class_id: cls,
              service_unit_id: null,
              subject: null,
            })
            .execute();
        }
      });
    },
    login: ['kontakt7.move', 'rektor7.move', 'admin7.move', 'rektor'],
  });

  it('moves with the pupil; the old school loses it, the new school takes it over', async () => {
    const opened = await w.as('kontakt7.move').post('/api/cases', {
      pupilId: seventh.pupilId,
      from: 'undring',
      reason: 'Gruer seg til ungdomsskolen',
    });
    expect(opened.statusCode).toBe(201);
    const caseId = opened.json().id;
    expect((await w.as('rektor7.move').get('/api/cases')).json().cases.map((c: { id: string }) => c.id)).toEqual([
      caseId,
    ]);

    const moved = await w.as('admin7.move').post(`/api/pupils/${seventh.pupilId}/class-change`, {
      toClassId: seventh.eighthId,
      on: '2026-11-24',
    });
    expect(moved.json()).toEqual({ schoolChanged: true });

    // The old school: gone from the board, the case page and the pupil.
    expect((await w.as('rektor7.move').get('/api/cases')).json().cases).toEqual([]);
    expect((await w.as('rektor7.move').get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await w.as('kontakt7.move').get(`/api/pupils/${seventh.pupilId}/absence`)).statusCode).toBe(404);

    // The new school: waiting to be taken over, then its own, with the transition checklist and a new stafettholder.
    expect((await w.as('rektor').get('/api/cases/to-take-over')).json().cases).toEqual([
      expect.objectContaining({ id: caseId, pupilName: 'Sjuende Klassing', className: '8A' }),
    ]);
    expect((await w.as('rektor').post(`/api/cases/${caseId}/take-over`, {})).statusCode).toBe(200);
    expect((await w.as('rektor').get('/api/cases/to-take-over')).json().cases).toEqual([]);
    const c = (await w.as('rektor').get(`/api/cases/${caseId}`)).json();
    expect(c.stafettholder.name).toBe('Navn kontakt8');
    expect(c.tasks.map((t: { text: string }) => t.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Innkalle familien til oppstartsmøte/)]),
    );
    expect(c.timeline.map((t: { text: string }) => t.text)).toContain('Saken overtatt av elevens nye skole');
    // The class history keeps where the pupil was.
    const history = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('class_membership')
        .select(['class_id', 'valid_from', 'valid_to'])
        .where('pupil_id', '=', seventh.pupilId)
        .orderBy('valid_from')
        .execute(),
    );
    expect(history).toEqual([
      { class_id: seventh.classId, valid_from: '2026-08-17', valid_to: '2026-11-23' },
      { class_id: seventh.eighthId, valid_from: '2026-11-24', valid_to: null },
    ]);
  });
});
