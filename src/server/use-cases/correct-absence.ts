// Correct a registered absence event. Based on the version the user saw: a newer version means someone
// else changed it, and nothing is overwritten. The old version stays in the history.
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentEvent, userNames } from '../presenters/absence';
import {
  calendarFor,
  checkEvent,
  checkMayRegister,
  openAlerts,
  writeHistory,
  type EventInput,
} from '../absence/events';
import { reevaluatePupil } from '../absence/evaluate-pupil';
import { pupilForRegistering } from '../absence/place';
import type { Content } from '../content/load-content';
import { alertReaderFor } from '../absence/alert-texts';

export async function loadLiveEvent(tx: Parameters<Parameters<Db['withContext']>[1]>[0], eventId: string) {
  const event = await tx
    .selectFrom('absence_event')
    .selectAll()
    .where('id', '=', eventId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!event) throw new AppError('not_found', 'Fant ikke fraværsregistreringen. Den kan være slettet av noen andre.');
  return event;
}

export async function correctAbsence(
  db: Db,
  content: Content,
  actor: Actor,
  eventId: string,
  input: EventInput & { version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const before = await loadLiveEvent(tx, eventId);
    const today = osloDate(now);
    const { place, substitute } = await pupilForRegistering(
      tx,
      actor,
      before.pupil_id,
      [before.date, input.date],
      today,
    );
    const cal = await calendarFor(tx, place);
    if (!substitute) checkMayRegister(actor, place, { ...before }, cal);
    const event = checkEvent(input, cal, { today, keepsDate: before.date });
    if (!substitute) checkMayRegister(actor, place, event, cal);
    try {
      await updateVersioned(tx, 'absence_event', eventId, input.version, event);
    } catch (e) {
      if ((e as { code?: string }).code === '23505')
        throw new AppError(
          'conflict',
          'Eleven har allerede en registrering med samme dag, type og time. Endre den i stedet.',
        );
      throw e;
    }
    const after = await loadLiveEvent(tx, eventId);
    await writeHistory(tx, after, 'updated', actor, now);
    await writeAudit(tx, actor, now, [
      {
        action: 'absence.update',
        pupilId: place.pupilId,
        entity: 'absence_event',
        entityId: eventId,
        details: { eventId },
      },
    ]);
    await reevaluatePupil(tx, content, actor.kommuneId, place, osloDate(now), now, undefined, cal.calendar);
    return {
      event: presentEvent(after, await userNames(tx, [after.registered_by], actor)),
      ...(await openAlerts(tx, place, osloDate(now), await alertReaderFor(tx, content, actor))),
    };
  });
}
