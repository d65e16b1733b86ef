// Passing the baton: the stafettholder of a case changes to another staff member at the pupil's school.
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { notify } from '../inbox/notify';

export async function handOverCase(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { userId: string; reason: string; version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    const staff = await tx
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select(['u.id', 'u.display_name'])
      .where('r.user_id', '=', input.userId)
      .where((eb) => eb.or([eb('r.school_id', '=', place.schoolId), eb('r.class_id', '=', place.classId)]))
      .where('r.role', 'in', ['kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator'])
      .executeTakeFirst();
    if (!staff)
      throw new AppError('validation', 'Stafettholderen må være ansatt ved elevens skole.', {
        fields: [{ field: 'userId', message: 'Ikke ansatt ved skolen' }],
      });
    const version = await updateVersioned(tx, 'pupil_case', caseId, input.version, {
      stafettholder_id: staff.id,
      last_activity_at: now,
    });
    await tx
      .insertInto('case_action')
      .values({
        kommune_id: actor.kommuneId,
        case_id: caseId,
        action: JSON.stringify({ type: 'hand-over', on: osloDate(now), to: staff.id, reason: input.reason }),
        state_after: JSON.stringify(row.state),
        acted_by: actor.userId,
        acted_at: now,
      })
      .execute();
    if (staff.id !== actor.userId)
      await notify(
        tx,
        actor.kommuneId,
        [
          {
            userId: staff.id,
            kind: 'stafettholder',
            caseId,
            pupilId: place.pupilId,
            dedupeKey: `stafettholder:${caseId}:${osloDate(now)}`,
          },
        ],
        now,
      );
    await writeAudit(tx, actor, now, [
      {
        action: 'case.hand-over',
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: { caseId, to: staff.id },
      },
    ]);
    return { stafettholder: { id: staff.id, name: staff.display_name }, version };
  });
}

/** Staff at the pupil's school who can hold the case (for the hand-over choice). */
export async function caseStaff(db: Db, actor: Actor, caseId: string) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const rows = await tx
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select(['u.id', 'u.display_name', 'r.role'])
      .where((eb) => eb.or([eb('r.school_id', '=', place.schoolId), eb('r.class_id', '=', place.classId)]))
      .where('r.role', 'in', ['kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'])
      .where((eb) => eb.or([eb('r.role', '!=', 'kontaktlaerer'), eb('r.class_id', '=', place.classId)]))
      .orderBy('u.display_name')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.display_name, role: r.role }));
  });
}
