// Delete a registered absence event: marked deleted (never removed), with the deletion in its history.
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { calendarFor, checkMayRegister, openAlerts, writeHistory } from '../absence/events';
import { reevaluatePupil } from '../absence/evaluate-pupil';
import { pupilForRegistering } from '../absence/place';
import { loadLiveEvent } from './correct-absence';
import type { Content } from '../content/load-content';
import { alertReaderFor } from '../absence/alert-texts';

export async function deleteAbsence(
  db: Db,
  content: Content,
  actor: Actor,
  eventId: string,
  version: number,
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const before = await loadLiveEvent(tx, eventId);
    const { place, substitute } = await pupilForRegistering(tx, actor, before.pupil_id, [before.date], osloDate(now));
    if (!substitute) checkMayRegister(actor, place, before, await calendarFor(tx, place));
    await updateVersioned(tx, 'absence_event', eventId, version, { deleted_at: now });
    const after = await tx.selectFrom('absence_event').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
    await writeHistory(tx, after, 'deleted', actor, now);
    await writeAudit(tx, actor, now, [
      {
        action: 'absence.delete',
        pupilId: place.pupilId,
        entity: 'absence_event',
        entityId: eventId,
        details: { eventId },
      },
    ]);
    await reevaluatePupil(tx, content, actor.kommuneId, place, osloDate(now), now);
    return openAlerts(tx, place, osloDate(now), await alertReaderFor(tx, content, actor));
  });
}
