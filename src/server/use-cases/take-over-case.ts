import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { isLeadership } from '../absence/place';
import { caseForStaff } from '../cases/case-place';
import type { Content } from '../content/load-content';

/** The receiving school's leadership takes the case over: it becomes the school's, with the new contact teacher as stafettholder and the transition checklist added. */
export async function takeOverCase(db: Db, content: Content, actor: Actor, caseId: string, now: Date) {
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
    const checklist = content.transitions.schoolChange;
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
