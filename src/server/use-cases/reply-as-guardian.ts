// A guardian writes back on something the school sent home or on an invitation to a meeting (issue 18
// item 3, decision 132): a short text that lands in the pupil's contact log (in the case, when there is
// one), where the contact teacher and the case's people read it, and in the teacher's inbox. The contact
// log's own audit row records the write.
import type { Db } from '../../db/create-db';
import { norwegianDate } from '../../domain/calendar/dates';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { insertGuardianMessage } from '../absence/contacts';
import { pupilForGuardian } from '../absence/place';
import { contactTeachersOf, notify } from '../inbox/notify';
import { MEETING_LABEL } from '../presenters/meetings';
import { PLAN_KIND_NAMES } from '../../domain/plans/plan-schema';
import { GUARDIAN_MEETING_KINDS } from './get-my-child';

/** The longest reply: a message, not a letter. */
export const MAX_REPLY_LENGTH = 2000;

export async function replyAsGuardian(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: { documentId?: string | null | undefined; meetingId?: string | null | undefined; text: string },
  now: Date,
) {
  const text = input.text.trim();
  if (!text)
    throw new AppError('validation', 'Skriv svaret.', { fields: [{ field: 'text', message: 'Skriv svaret.' }] });
  if (text.length > MAX_REPLY_LENGTH)
    throw new AppError('validation', `Svaret kan være høyst ${MAX_REPLY_LENGTH} tegn.`, {
      fields: [{ field: 'text', message: `Høyst ${MAX_REPLY_LENGTH} tegn` }],
    });
  if (!input.documentId === !input.meetingId)
    throw new AppError('validation', 'Svar på ett dokument eller én møteinnkalling.');
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForGuardian(tx, actor, pupilId);
    let about: string;
    let caseId: string | null;
    if (input.documentId) {
      const doc = await tx
        .selectFrom('guardian_document')
        .selectAll()
        .where('id', '=', input.documentId)
        .where('pupil_id', '=', place.pupilId)
        .executeTakeFirst();
      if (!doc) throw new AppError('not_found', 'Fant ikke dokumentet.');
      caseId = doc.case_id;
      about =
        doc.kind === 'letter'
          ? 'brevet om fravær'
          : doc.kind === 'minutes'
            ? 'referatet'
            : `${PLAN_KIND_NAMES[(await tx.selectFrom('case_plan').select('kind').where('id', '=', doc.source_id).executeTakeFirstOrThrow()).kind].toLowerCase()}`;
    } else {
      const m = await tx
        .selectFrom('case_meeting as m')
        .innerJoin('pupil_case as c', 'c.id', 'm.case_id')
        .select(['m.id', 'm.kind', 'm.scheduled_on', 'm.case_id'])
        .where('m.id', '=', input.meetingId!)
        .where('c.pupil_id', '=', place.pupilId)
        .where('m.kind', 'in', [...GUARDIAN_MEETING_KINDS])
        .executeTakeFirst();
      if (!m) throw new AppError('not_found', 'Fant ikke møtet.');
      caseId = m.case_id;
      about = `innkallingen til ${MEETING_LABEL[m.kind].toLowerCase()} ${norwegianDate(m.scheduled_on)}`;
    }
    const row = await insertGuardianMessage(
      tx,
      actor,
      place.pupilId,
      null,
      `Svar fra ${actor.displayName} på ${about}: ${text}`,
      caseId,
      now,
    );
    await notify(
      tx,
      actor.kommuneId,
      (await contactTeachersOf(tx, place.classId)).map((userId) => ({
        userId,
        kind: 'guardian-reply' as const,
        pupilId: place.pupilId,
        dedupeKey: `guardian-reply:${row.id}`,
      })),
      now,
    );
    return { id: row.id, at: now.toISOString() };
  });
}
