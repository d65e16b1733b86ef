import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { referencedUser } from '../access/user-reference';
import { classScope, visibleClasses } from '../access/scope';

export type TimetableLesson = { weekday: number; period: number; subject: string; teacherId: string | null };

export async function replaceClassTimetable(
  db: Db,
  actor: Actor,
  classId: string,
  input: { lessons: TimetableLesson[]; version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const cls = await visibleClasses(tx, classScope(actor)).where('class.id', '=', classId).executeTakeFirst();
    if (!cls || !actor.roles.some((r) => r.role === 'administrator' && r.schoolId === cls.school_id))
      throw new AppError('not_found', 'Fant ikke klassen ved skolen du administrerer.');
    const seen = new Set<string>();
    for (const [i, l] of input.lessons.entries()) {
      const key = `${l.weekday}:${l.period}`;
      if (seen.has(key))
        throw new AppError('validation', `Time ${l.period} på ukedag ${l.weekday} står to ganger (rad ${i + 1}).`, {
          fields: [{ field: `lessons.${i}`, message: 'Dobbel time' }],
        });
      seen.add(key);
    }
    // Periods must run 1, 2, 3 … each day: lessons per day is the highest period.
    for (let wd = 1; wd <= 5; wd++) {
      const periods = input.lessons
        .filter((l) => l.weekday === wd)
        .map((l) => l.period)
        .sort((a, b) => a - b);
      if (periods.some((p, i) => p !== i + 1))
        throw new AppError('validation', `Timene på ukedag ${wd} må være nummerert 1, 2, 3 … uten hull.`, {
          fields: [{ field: 'lessons', message: `Hull i timene på ukedag ${wd}` }],
        });
    }
    // A teacher is a staff member with a role at the class's school: the foreign key alone would take
    // another kommune's user or a guardian's account (F7), and an unknown id would give a 500.
    const checked = new Set<string>();
    for (const [i, l] of input.lessons.entries()) {
      if (!l.teacherId || checked.has(l.teacherId)) continue;
      await referencedUser(tx, l.teacherId, {
        field: `lessons.${i}.teacherId`,
        role: `Læreren for time ${l.period} på ukedag ${l.weekday} (rad ${i + 1})`,
        kinds: ['staff'],
        atSchool: cls.school_id,
      });
      checked.add(l.teacherId);
    }
    const version = await updateVersioned(tx, 'class', classId, input.version, {});
    await tx.deleteFrom('timetable_lesson').where('class_id', '=', classId).execute();
    if (input.lessons.length) {
      await tx
        .insertInto('timetable_lesson')
        .values(
          input.lessons.map((l) => ({
            id: randomUUID(),
            kommune_id: actor.kommuneId,
            class_id: classId,
            weekday: l.weekday,
            period: l.period,
            subject: l.subject.trim(),
            teacher_id: l.teacherId,
          })),
        )
        .execute();
    }
    await writeAudit(tx, actor, now, [
      {
        action: 'class.timetable.replace',
        entity: 'class',
        entityId: classId,
        details: { classId, lessons: input.lessons.length },
      },
    ]);
    return { version };
  });
}
