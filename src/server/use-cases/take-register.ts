// «Resten er til stede» (issue 17 item 6, decision 105): the teacher ends a class's register for a day.
// The pupils without a registration are then known to be present, not just unregistered; the register
// shows «Registrering ført kl. 08.14». Taken again later (a late registration), the newest time stands;
// each confirmation has its audit row.
import type { Db } from '../../db/create-db';
import { parseIsoDate } from '../../domain/calendar/dates';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { classCalendar } from '../absence/calendar';
import { classScope, visibleClasses } from '../access/scope';
import { isSubstitute } from '../access/teaching-class';

export async function takeRegister(db: Db, actor: Actor, classId: string, date: string, now: Date) {
  const day = parseIsoDate(date);
  if (day === null) throw new AppError('validation', 'Ugyldig dato. Bruk ÅÅÅÅ-MM-DD.');
  return db.withContext(contextOf(actor), async (tx) => {
    // The substitute of the day takes the register of that day, the same day (decision 207).
    const cls =
      (await visibleClasses(tx, classScope(actor)).where('class.id', '=', classId).executeTakeFirst()) ??
      (date === osloDate(now) && (await isSubstitute(tx, actor, classId, date))
        ? await visibleClasses(tx, { classIds: [classId], schoolIds: [] }).executeTakeFirst()
        : undefined);
    if (!cls) throw new AppError('not_found', 'Fant ikke klassen, eller du har ikke tilgang til den.');
    if (date > osloDate(now))
      throw new AppError('validation', 'En dag som ikke har kommet ennå, kan ikke føres som registrert.', {
        fields: [{ field: 'date', message: 'Fram i tid' }],
      });
    const cal = await classCalendar(tx, { classId, schoolId: cls.school_id, schoolYear: cls.school_year });
    const closed = cal.calendar.closedReason(day);
    if (closed)
      throw new AppError('validation', `Det registreres ikke fravær denne dagen: ${closed}.`, {
        fields: [{ field: 'date', message: 'Ikke en skoledag' }],
      });
    await tx
      .insertInto('class_register')
      .values({ kommune_id: actor.kommuneId, class_id: classId, date, taken_by: actor.userId, taken_at: now })
      .onConflict((oc) => oc.columns(['class_id', 'date']).doUpdateSet({ taken_by: actor.userId, taken_at: now }))
      .execute();
    await writeAudit(tx, actor, now, [
      { action: 'absence.register.taken', entity: 'class', entityId: classId, details: { classId, date } },
    ]);
    return { taken: { at: now.toISOString(), byName: actor.displayName } };
  });
}
