// A pupil changes class — a new school year, or a new school (barneskole → ungdomsskole). The class
// history keeps the old membership (valid_to). An open case follows the pupil: the old school loses
// access at once (access follows the current class), and the receiving school's leadership takes the
// case over with the transition checklist.
import { randomUUID } from 'node:crypto';
import { parseIsoDate, formatIsoDate, norwegianDate } from '../../domain/calendar/dates';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { pupilForStaff } from '../absence/place';

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
        `Eleven har gått i klassen sin siden ${norwegianDate(formatIsoDate(currentFrom))}. Flyttedatoen må være etter det.`,
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
