// A class's timetable: lessons per weekday and period with subject and teacher. The timetable gives the
// lessons per day that absence shares are measured against, and tells whose lessons a faglærer may
// register in. Replaced as a whole by the school's administrator, guarded by the class's version.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { classScope, visibleClasses } from '../access/scope';

export async function getClassTimetable(db: Db, actor: Actor, classId: string) {
  return db.withContext(contextOf(actor), async (tx) => {
    const cls = await visibleClasses(tx, classScope(actor))
      .select('class.version')
      .where('class.id', '=', classId)
      .executeTakeFirst();
    if (!cls) throw new AppError('not_found', 'Fant ikke klassen, eller du har ikke tilgang til den.');
    const lessons = await tx
      .selectFrom('timetable_lesson')
      .select(['weekday', 'period', 'subject', 'teacher_id as teacherId'])
      .where('class_id', '=', classId)
      .orderBy('weekday')
      .orderBy('period')
      .execute();
    return { classId, className: cls.name, version: cls.version, lessons };
  });
}
