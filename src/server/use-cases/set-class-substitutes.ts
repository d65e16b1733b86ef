// The substitute of the day (issue 21 item 4, decision 192): the school's leadership names the teachers who
// take a class on a date in another's place. The list for the date is replaced as a whole (idempotent).
// For that date a substitute sees the class's register and its «tilrettelegging» notes; no other day.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { referencedUser } from '../access/user-reference';

export async function setClassSubstitutes(
  db: Db,
  actor: Actor,
  classId: string,
  date: string,
  userIds: readonly string[],
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const cls = await tx.selectFrom('class').select(['id', 'school_id']).where('id', '=', classId).executeTakeFirst();
    const leads = cls && actor.roles.some((r) => r.role === 'skoleledelse' && r.schoolId === cls.school_id);
    if (!cls || !leads) throw new AppError('not_found', 'Fant ikke klassen, eller du har ikke tilgang til den.');
    const wanted = [...new Set(userIds)];
    for (const [i, userId] of wanted.entries())
      await referencedUser(tx, userId, {
        field: `userIds.${i}`,
        role: 'Vikaren',
        kinds: ['staff'],
        atSchool: cls.school_id,
      });
    const before = await tx
      .selectFrom('class_substitute')
      .select('user_id')
      .where('class_id', '=', classId)
      .where('date', '=', date)
      .execute();
    const had = new Set(before.map((b) => b.user_id));
    const removed = [...had].filter((u) => !wanted.includes(u));
    const added = wanted.filter((u) => !had.has(u));
    if (removed.length)
      await tx
        .deleteFrom('class_substitute')
        .where('class_id', '=', classId)
        .where('date', '=', date)
        .where('user_id', 'in', removed)
        .execute();
    if (added.length)
      await tx
        .insertInto('class_substitute')
        .values(
          added.map((userId) => ({
            id: randomUUID(),
            kommune_id: actor.kommuneId,
            class_id: classId,
            date,
            user_id: userId,
            assigned_by: actor.userId,
            assigned_at: now,
          })),
        )
        .execute();
    await writeAudit(tx, actor, now, [
      ...added.map((userId) => ({
        action: 'class.substitute.add' as const,
        entity: 'class' as const,
        entityId: classId,
        details: { classId, date, userId },
      })),
      ...removed.map((userId) => ({
        action: 'class.substitute.remove' as const,
        entity: 'class' as const,
        entityId: classId,
        details: { classId, date, userId },
      })),
    ]);
    const names = wanted.length
      ? await tx.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', wanted).execute()
      : [];
    return {
      classId,
      date,
      substitutes: names
        .map((u) => ({ userId: u.id, name: u.display_name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    };
  });
}
