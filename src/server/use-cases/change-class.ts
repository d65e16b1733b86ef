// A pupil changes class — a new school year, or a new school (barneskole → ungdomsskole). The class
// history keeps the old membership (valid_to). An open case follows the pupil: the old school loses
// access at once (access follows the current class), and the receiving school's leadership takes the
// case over with the transition checklist.
import { randomUUID } from 'node:crypto';
import { parseIsoDate, formatIsoDate, norwegianIsoDate } from '../../domain/calendar/dates';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { isLeadership, pupilForStaff } from '../absence/place';
import { caseForStaff } from '../cases/case-place';
import { schoolChangeChecklist } from '../cases/transition-checklist';
import { classScope } from '../access/scope';

export async function changeClass(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: { toClassId: string; on: string },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, pupilId);
    if (!actor.roles.some((r) => r.role === 'administrator' && r.schoolId === place.schoolId))
      throw new AppError('forbidden', 'Bare administrator ved elevens skole kan flytte eleven til en annen klasse.');
    const target = await tx
      .selectFrom('class')
      .select(['id', 'school_id'])
      .where('id', '=', input.toClassId)
      .executeTakeFirst();
    if (!target)
      throw new AppError('validation', 'Fant ikke klassen eleven skal til.', {
        fields: [{ field: 'toClassId', message: 'Ukjent klasse' }],
      });
    if (target.id === place.classId) throw new AppError('validation', 'Eleven går allerede i den klassen.');
    const day = parseIsoDate(input.on);
    if (day === null) throw new AppError('validation', `Ugyldig dato «${input.on}».`);
    // The current membership ends the day before the move: a move on or before the day it began would
    // leave it ending before it started (the table's check would give a 500).
    const current = await tx
      .selectFrom('class_membership')
      .select('valid_from')
      .where('pupil_id', '=', pupilId)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
    const currentFrom = current ? parseIsoDate(current.valid_from) : null;
    if (current && currentFrom !== null && day <= currentFrom) {
      throw new AppError(
        'validation',
        `Eleven har gått i klassen sin siden ${norwegianIsoDate(formatIsoDate(currentFrom))}. Flyttedatoen må være etter det.`,
        { fields: [{ field: 'on', message: 'Før eleven begynte i klassen' }] },
      );
    }
    await tx
      .updateTable('class_membership')
      .set({ valid_to: formatIsoDate(day - 1) })
      .where('pupil_id', '=', pupilId)
      .where('valid_to', 'is', null)
      .execute();
    await tx
      .insertInto('class_membership')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        pupil_id: pupilId,
        class_id: target.id,
        valid_from: input.on,
        valid_to: null,
      })
      .execute();
    await writeAudit(tx, actor, now, [
      { action: 'pupil.class.change', pupilId, details: { from: place.classId, to: target.id } },
    ]);
    return { schoolChanged: target.school_id !== place.schoolId };
  });
}

/** Open cases whose pupil now belongs to one of the actor's schools but whose case is still the old school's. */
export async function listCasesToTakeOver(db: Db, actor: Actor) {
  const schoolIds = classScope(actor).schoolIds;
  if (!schoolIds.length) return [];
  return db.withContext(contextOf(actor), async (tx) =>
    tx
      .selectFrom('pupil_case as pc')
      .innerJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'pc.pupil_id').on('m.valid_to', 'is', null))
      .innerJoin('class as c', 'c.id', 'm.class_id')
      .innerJoin('pupil as p', 'p.id', 'pc.pupil_id')
      .innerJoin('school as s', 's.id', 'pc.school_id')
      .select(['pc.id', 'pc.level', 'p.first_name', 'p.last_name', 'c.name as class_name', 's.name as from_school'])
      .where('pc.status', '=', 'open')
      .where('c.school_id', 'in', schoolIds)
      .whereRef('pc.school_id', '!=', 'c.school_id')
      .execute()
      .then((rows) =>
        rows.map((r) => ({
          id: r.id,
          level: r.level,
          pupilName: `${r.first_name} ${r.last_name}`,
          className: r.class_name,
          fromSchool: r.from_school,
        })),
      ),
  );
}

/** The receiving school's leadership takes the case over: it becomes the school's, with the new contact teacher as stafettholder and the transition checklist added. */
export async function takeOverCase(db: Db, actor: Actor, caseId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    if (!isLeadership(actor, place.schoolId))
      throw new AppError('forbidden', 'Bare ledelsen ved elevens nye skole kan overta saken.');
    if (row.school_id === place.schoolId) throw new AppError('conflict', 'Saken hører allerede til skolen.');
    if (row.status !== 'open') throw new AppError('validation', 'Bare åpne saker overtas.');
    const holder = await tx
      .selectFrom('role_assignment')
      .select('user_id')
      .where('class_id', '=', place.classId)
      .where('role', '=', 'kontaktlaerer')
      .executeTakeFirst();
    await tx
      .updateTable('pupil_case')
      .set({
        school_id: place.schoolId,
        stafettholder_id: holder?.user_id ?? actor.userId,
        last_activity_at: now,
        version: row.version + 1,
      })
      .where('id', '=', caseId)
      .execute();
    const checklist = schoolChangeChecklist();
    await tx
      .insertInto('case_task')
      .values(
        checklist.tasks.map((t) => ({
          id: randomUUID(),
          kommune_id: actor.kommuneId,
          case_id: caseId,
          level: row.level,
          ladder_task_id: null,
          text: t.text,
          responsible: t.responsible,
          owner_id: null,
          due_on: null,
          done_on: null,
          done_by: null,
          completion: null,
          source: 'team' as const,
        })),
      )
      .execute();
    await tx
      .insertInto('case_action')
      .values({
        kommune_id: actor.kommuneId,
        case_id: caseId,
        action: JSON.stringify({
          type: 'take-over',
          on: osloDate(now),
          fromSchoolId: row.school_id,
          toSchoolId: place.schoolId,
        }),
        state_after: JSON.stringify(row.state),
        acted_by: actor.userId,
        acted_at: now,
      })
      .execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.take-over',
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: { caseId, fromSchoolId: row.school_id },
      },
    ]);
    return { id: caseId };
  });
}
