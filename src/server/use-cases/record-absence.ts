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
import { pupilForRegistering } from '../absence/place';
import type { Content } from '../content/load-content';
import { alertReaderFor } from '../absence/alert-texts';

/**
 * One registration; with `periodTo` a run of lessons (a double lesson, 3.–4. time) as one registration:
 * one event per lesson, all or none, so the rules count each lesson as they do when saved one by one.
 */
export async function recordAbsence(
  db: Db,
  content: Content,
  actor: Actor,
  input: EventInput & { pupilId: string; periodTo?: number | null | undefined },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const today = osloDate(now);
    const { place, substitute } = await pupilForRegistering(tx, actor, input.pupilId, [input.date], today);
    const cal = await calendarFor(tx, place);
    const periods = lessonRun(input);
    // Each lesson its own subject from the timetable; the one the user chose names the first.
    const checked = periods.map((period, i) =>
      checkEvent({ ...input, period, subject: i === 0 || input.kind !== 'lesson' ? input.subject : null }, cal, {
        today,
      }),
    );
    // The substitute of the day registers in the whole class that day (decision 207).
    if (!substitute) for (const event of checked) checkMayRegister(actor, place, event, cal);
    const rows = [];
    for (const event of checked) {
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
          event.period !== null && checked.length > 1
            ? `${event.period}. time er allerede registrert for eleven denne dagen. Endre den registreringen, eller registrer de andre timene hver for seg.`
            : 'Dette fraværet er allerede registrert for eleven (samme dag, type og time). Endre den registreringen i stedet.',
        );
      }
      await writeHistory(tx, inserted, 'created', actor, now);
      rows.push(inserted);
    }
    await writeAudit(
      tx,
      actor,
      now,
      rows.map((r) => ({
        action: 'absence.create' as const,
        pupilId: place.pupilId,
        entity: 'absence_event' as const,
        entityId: r.id,
        details: { eventId: r.id, ...(rows.length > 1 ? { periods: periods } : {}) },
      })),
    );
    await reevaluatePupil(tx, content, actor.kommuneId, place, today, now, undefined, cal.calendar);
    const names = await userNames(tx, [actor.userId], actor);
    const events = rows.map((r) => presentEvent(r, names));
    return {
      event: events[0]!,
      events,
      ...(await openAlerts(tx, place, today, await alertReaderFor(tx, content, actor))),
    };
  });
}

/** The lessons of one registration: just `period`, or `period`…`periodTo` for a lesson run. */
function lessonRun(input: { kind: string; period?: number | null | undefined; periodTo?: number | null | undefined }) {
  const from = input.period ?? null;
  const to = input.periodTo ?? null;
  if (to === null || from === null || to === from) return [from];
  if (input.kind !== 'lesson')
    throw new AppError('validation', 'Bare en time kan registreres som dobbelttime («til og med time»).', {
      fields: [{ field: 'periodTo', message: 'Bare for en time' }],
    });
  if (to < from)
    throw new AppError('validation', '«Til og med time» må være samme eller en senere time.', {
      fields: [{ field: 'periodTo', message: 'Før første time' }],
    });
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
