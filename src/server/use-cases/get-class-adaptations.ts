// The «tilrettelegging» notes of a class on a day (issue 21 item 4, decision 190): for the class's teachers,
// the leadership and the substitute of the day, each pupil with an active plan whose measures are marked
// for the teaching staff, with the short notes and who has confirmed them followed that day. Need to know:
// nothing else of the case leaves the server, and every pupil whose note is read gets an audit row.
import { parseIsoDate } from '../../domain/calendar/dates';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { classPlaces } from '../absence/place';
import { teachingClass } from '../access/teaching-class';
import { classNotes, noteId } from '../adaptations/class-notes';
import { presentAdaptationNote } from '../presenters/adaptations';

export async function getClassAdaptations(db: Db, actor: Actor, classId: string, date: string, now: Date) {
  if (parseIsoDate(date) === null)
    throw new AppError('validation', `Ugyldig dato «${date}» i «date». Bruk ÅÅÅÅ-MM-DD.`);
  return db.withContext(contextOf(actor), async (tx) => {
    await teachingClass(tx, actor, classId, date);
    const places = await classPlaces(tx, classId);
    const notes = await classNotes(tx, places);
    const confirmations = notes.length
      ? await tx
          .selectFrom('measure_confirmation')
          .select(['plan_id', 'measure_id', 'confirmed_by'])
          .where('class_id', '=', classId)
          .where('date', '=', date)
          .execute()
      : [];
    const pupils = places
      .map((p) => ({
        pupilId: p.pupilId,
        firstName: p.firstName,
        lastName: p.lastName,
        notes: notes
          .filter((n) => n.pupilId === p.pupilId)
          .map((n) =>
            presentAdaptationNote(
              n,
              confirmations.filter((c) => noteId({ planId: c.plan_id, measureId: c.measure_id }) === noteId(n)),
              actor.userId,
            ),
          ),
      }))
      .filter((p) => p.notes.length > 0);
    // A read of what a case decided, so audited like any read of case data: one row per pupil shown.
    await writeAudit(
      tx,
      actor,
      now,
      pupils.map((p) => ({
        action: 'adaptation.read',
        pupilId: p.pupilId,
        details: { classId, date, measures: p.notes.map((n) => n.id) },
      })),
    );
    return { classId, date, mayConfirm: date === osloDate(now), pupils };
  });
}
