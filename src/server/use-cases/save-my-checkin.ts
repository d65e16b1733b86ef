// The pupil's weekly check-in (decision 184): «Hvordan har skoleuka vært?» 1–10 and what would make it one
// step better. One per ISO week: the first is written with version null, a change that week names the
// version it was based on (stale → 409). It belongs to the pupil's open case; without one nothing is written.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import type { SaveMyCheckinBody } from '../../contract/pupil-page';
import { weekKey } from '../../domain/pupil-page/pupil-page';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { AppError, conflictMessage } from '../errors';
import { updateVersioned } from '../versioned';
import { pupilForSelf } from '../absence/place';
import { openCaseOf, tellSchoolPupilWrote } from '../pupil-page/pupil-entries';
import { presentCheckin } from '../presenters/pupil-page';

export async function saveMyCheckin(db: Db, actor: Actor, body: SaveMyCheckinBody, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForSelf(tx, actor);
    const open = await openCaseOf(tx, place.pupilId);
    if (!open)
      throw new AppError('validation', 'Du har ingen oppfølging på skolen nå, så det er ingen som skal lese svaret.');
    const week = weekKey(osloDate(now));
    const values = {
      score: body.score,
      one_step_better: body.oneStepBetter.trim(),
      written_at: now,
      written_by: actor.userId,
    };
    const existing = await tx
      .selectFrom('pupil_checkin')
      .select(['id', 'version'])
      .where('pupil_id', '=', place.pupilId)
      .where('iso_week', '=', week)
      .executeTakeFirst();
    let id: string;
    if (body.version === null) {
      if (existing) throw new AppError('conflict', conflictMessage, { currentVersion: existing.version });
      id = randomUUID();
      const inserted = await tx
        .insertInto('pupil_checkin')
        .values({
          id,
          kommune_id: actor.kommuneId,
          pupil_id: place.pupilId,
          case_id: open.id,
          iso_week: week,
          ...values,
        })
        .onConflict((oc) => oc.columns(['pupil_id', 'iso_week']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) throw new AppError('conflict', conflictMessage);
    } else {
      if (!existing) throw new AppError('not_found', 'Fant ikke svaret ditt for denne uka.');
      id = existing.id;
      await updateVersioned(tx, 'pupil_checkin', id, body.version, values);
    }
    // The contact teacher and the stafettholder are told there is something new (decision 206).
    await tellSchoolPupilWrote(tx, actor.kommuneId, open, place, { kind: 'checkin', id }, now);
    await writeAudit(tx, actor, now, [
      {
        action: body.version === null ? 'pupil.checkin.create' : 'pupil.checkin.update',
        pupilId: place.pupilId,
        caseId: open.id,
        entity: 'pupil_checkin',
        entityId: id,
        details: { week },
      },
    ]);
    return presentCheckin(
      await tx.selectFrom('pupil_checkin').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    );
  });
}
