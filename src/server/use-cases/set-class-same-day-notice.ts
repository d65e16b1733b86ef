// Turning the same-day notice to guardians on or off for one class (decision 134): the school's
// administrator does it on «Innstillinger»; the class's version guards against two at once.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { updateVersioned } from '../versioned';

export async function setClassSameDayNotice(
  db: Db,
  actor: Actor,
  classId: string,
  input: { on: boolean; version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const cls = await tx.selectFrom('class').select(['school_id']).where('id', '=', classId).executeTakeFirst();
    if (!cls || !actor.roles.some((r) => r.role === 'administrator' && r.schoolId === cls.school_id))
      throw new AppError('not_found', 'Fant ikke klassen ved skolen du administrerer.');
    const version = await updateVersioned(tx, 'class', classId, input.version, { same_day_notice: input.on });
    await writeAudit(tx, actor, now, [
      { action: 'class.same-day-notice.set', entity: 'class', entityId: classId, details: { on: input.on } },
    ]);
    return { on: input.on, version };
  });
}
