// Who teaches a class on a day (issue 21 item 4, decisions 190 and 192): its contact teacher and subject
// teachers (their roles name the class), the school's leadership, and the substitute the leadership named
// for that date. The resource team and the administrator teach no lesson and see no «tilrettelegging» note.
import type { Tx } from '../../db/create-db';
import type { Actor } from '../actor';
import { AppError } from '../errors';

const TEACHING = new Set(['kontaktlaerer', 'faglaerer']);

export type TaughtClass = { id: string; name: string; schoolId: string; schoolYear: number; substitute: boolean };

/** The class if the actor teaches it on `date` (or leads its school); otherwise «not found», so the class is not revealed. */
export async function teachingClass(tx: Tx, actor: Actor, classId: string, date: string): Promise<TaughtClass> {
  const cls = await tx
    .selectFrom('class')
    .select(['id', 'name', 'school_id', 'school_year'])
    .where('id', '=', classId)
    .executeTakeFirst();
  const found = (substitute: boolean): TaughtClass => ({
    id: cls!.id,
    name: cls!.name,
    schoolId: cls!.school_id,
    schoolYear: cls!.school_year,
    substitute,
  });
  if (cls) {
    const own = actor.roles.some(
      (r) =>
        (TEACHING.has(r.role) && r.classId === cls.id) || (r.role === 'skoleledelse' && r.schoolId === cls.school_id),
    );
    if (own) return found(false);
    if (await isSubstitute(tx, actor, cls.id, date)) return found(true);
  }
  throw new AppError('not_found', 'Fant ikke klassen, eller du underviser ikke i den denne dagen.');
}

/** Whether the leadership named the actor substitute for the class on the date. */
export async function isSubstitute(tx: Tx, actor: Actor, classId: string, date: string): Promise<boolean> {
  const row = await tx
    .selectFrom('class_substitute')
    .select('id')
    .where('class_id', '=', classId)
    .where('date', '=', date)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  return row !== undefined;
}
