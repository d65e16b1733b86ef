import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff } from '../cases/case-place';
import { formById } from '../forms/load-forms';
import { lessonsByKey, withTimetable } from '../forms/case-forms';
import type { Content } from '../content/load-content';

/** A form to fill for this case: the newest version, with the class timetable as the rows of a timetable. */
export async function startForm(db: Db, content: Content, actor: Actor, caseId: string, formId: string, now: Date) {
  const form = formById(content, formId);
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const lessons = await lessonsByKey(tx, place.classId);
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.start',
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: { caseId, formId: form.id, formVersion: form.version },
      },
    ]);
    return { form, answers: withTimetable(form, {}, lessons) };
  });
}
