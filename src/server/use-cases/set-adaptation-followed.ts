// «Fulgt i dag» (issue 21 item 4, decision 191): a teacher of the class confirms with one click that a
// measure marked for the teaching staff was followed today, or takes the confirmation back the same day.
// Idempotent: one row per teacher, measure and day, however often the button is pressed.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { classPlaces } from '../absence/place';
import { teachingClass } from '../access/teaching-class';
import { classNotes, noteId, parseNoteId } from '../adaptations/class-notes';
import { presentAdaptationNote } from '../presenters/adaptations';

export async function setAdaptationFollowed(
  db: Db,
  actor: Actor,
  classId: string,
  input: { noteId: string; date: string; followed: boolean },
  now: Date,
) {
  const today = osloDate(now);
  const ref = parseNoteId(input.noteId);
  return db.withContext(contextOf(actor), async (tx) => {
    await teachingClass(tx, actor, classId, input.date);
    if (input.date !== today)
      throw new AppError('validation', '«Fulgt i dag» kan bare bekreftes eller angres samme dag (feltet «date»).', {
        fields: [{ field: 'date', message: 'Bare i dag' }],
      });
    const places = await classPlaces(tx, classId);
    // Only a note the class's register shows today: an active plan of an open case of a pupil in the class.
    const note = ref ? (await classNotes(tx, places)).find((n) => noteId(n) === noteId(ref)) : undefined;
    if (!note) throw new AppError('not_found', 'Fant ikke tilretteleggingen for en elev i klassen (feltet «noteId»).');
    if (input.followed)
      await tx
        .insertInto('measure_confirmation')
        .values({
          id: randomUUID(),
          kommune_id: actor.kommuneId,
          case_id: note.caseId,
          plan_id: note.planId,
          pupil_id: note.pupilId,
          class_id: classId,
          measure_id: note.measureId,
          date: today,
          confirmed_by: actor.userId,
          confirmed_at: now,
        })
        .onConflict((oc) => oc.columns(['plan_id', 'measure_id', 'date', 'confirmed_by']).doNothing())
        .execute();
    else
      await tx
        .deleteFrom('measure_confirmation')
        .where('plan_id', '=', note.planId)
        .where('measure_id', '=', note.measureId)
        .where('date', '=', today)
        .where('confirmed_by', '=', actor.userId)
        .execute();
    await writeAudit(tx, actor, now, [
      {
        action: input.followed ? 'adaptation.confirm' : 'adaptation.unconfirm',
        pupilId: note.pupilId,
        entity: 'case_plan',
        entityId: note.planId,
        caseId: note.caseId,
        details: { classId, date: today, measureId: note.measureId },
      },
    ]);
    const confirmations = await tx
      .selectFrom('measure_confirmation')
      .select('confirmed_by')
      .where('plan_id', '=', note.planId)
      .where('measure_id', '=', note.measureId)
      .where('date', '=', today)
      .execute();
    return presentAdaptationNote(note, confirmations, actor.userId);
  });
}
