// A teacher registers absence for a pupil. The event is checked against the class's school days and
// timetable, written with its history and audit, and the pupil is re-evaluated at once.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentEvent, userNames } from '../presenters/absence';
import {
  calendarFor,
  checkEvent,
  checkMayRegister,
  NATURAL_KEY,
  openAlerts,
  writeHistory,
  type EventInput,
} from '../absence/events';
import { reevaluatePupil } from '../absence/evaluate-pupil';
import { pupilForStaff } from '../absence/place';
import type { Content } from '../content/load-content';

export async function recordAbsence(
  db: Db,
  content: Content,
  actor: Actor,
  input: EventInput & { pupilId: string },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, input.pupilId);
    const cal = await calendarFor(tx, place);
    const event = checkEvent(input, cal, { today: osloDate(now) });
    checkMayRegister(actor, place, event, cal);
    const inserted = await tx
      .insertInto('absence_event')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        pupil_id: place.pupilId,
        class_id: place.classId,
        ...event,
        source: 'laerer',
        registered_by: actor.userId,
        registered_at: now,
      })
      .onConflict((oc) => oc.expression(NATURAL_KEY).where('deleted_at', 'is', null).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted) {
      throw new AppError(
        'conflict',
        'Dette fraværet er allerede registrert for eleven (samme dag, type og time). Endre den registreringen i stedet.',
      );
    }
    await writeHistory(tx, inserted, 'created', actor, now);
    await writeAudit(tx, actor, now, [
      {
        action: 'absence.create',
        pupilId: place.pupilId,
        entity: 'absence_event',
        entityId: inserted.id,
        details: { eventId: inserted.id },
      },
    ]);
    await reevaluatePupil(tx, content, actor.kommuneId, place, osloDate(now), now, undefined, cal.calendar);
    return {
      event: presentEvent(inserted, await userNames(tx, [inserted.registered_by], actor)),
      ...(await openAlerts(tx, place, osloDate(now))),
    };
  });
}
