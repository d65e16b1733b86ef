import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { MEETING_LABEL, presentMeeting } from '../presenters/meetings';
import { type MeetingRecord, checkRecord, earlierMinutes, planNextMeeting, type MeetingRow } from '../cases/meetings';
import { tickTasksByWork } from '../cases/work-ticks';
import type { Content } from '../content/load-content';
import { norwegianDate } from '../../domain/calendar/dates';

/** The agenda of the meeting «neste møte» plans: which meeting it follows up. */
function followUpAgenda(m: MeetingRow): string {
  return `Oppfølging av ${MEETING_LABEL[m.kind].toLowerCase()} ${norwegianDate(m.held_on ?? m.scheduled_on)}.`;
}

export async function recordMeeting(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  meetingId: string,
  input: MeetingRecord,
  now: Date,
) {
  checkRecord(input, osloDate(now));
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const exists = await tx
      .selectFrom('case_meeting')
      .select(['id', 'kind'])
      .where('id', '=', meetingId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!exists) throw new AppError('not_found', 'Fant ikke møtet.');
    await updateVersioned(tx, 'case_meeting', meetingId, input.version, {
      scheduled_on: input.scheduledOn,
      ...(input.scheduledTime !== undefined ? { scheduled_time: input.scheduledTime } : {}),
      ...(input.place !== undefined ? { place: input.place.trim() } : {}),
      participants: input.participants,
      agenda: input.agenda.trim(),
      held_on: input.heldOn,
      minutes: input.minutes?.trim() || null,
      next_meeting_on: input.nextMeetingOn,
      anonymised: input.anonymised,
      recorded_by: actor.userId,
      updated_at: now,
    });
    const saved = await tx.selectFrom('case_meeting').selectAll().where('id', '=', meetingId).executeTakeFirstOrThrow();
    // «Neste møte» plans the next meeting (decision 116), audited as a planned meeting.
    const nextId = await planNextMeeting(tx, saved, input, actor, now, followUpAgenda(saved));
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    // A held meeting ticks the checklist's task for a meeting of its kind (decision 112).
    if (input.heldOn)
      await tickTasksByWork(
        tx,
        content,
        actor,
        { caseId, pupilId: place.pupilId },
        { kind: 'meeting', meetingType: exists.kind, id: meetingId },
        now,
      );
    await writeAudit(tx, actor, now, [
      {
        action: 'case.meeting.record',
        pupilId: place.pupilId,
        entity: 'case_meeting',
        entityId: meetingId,
        caseId,
        details: { caseId, meetingId },
      },
      ...(nextId
        ? [
            {
              action: 'case.meeting.plan' as const,
              pupilId: place.pupilId,
              entity: 'case_meeting' as const,
              entityId: nextId,
              caseId,
              details: { caseId, meetingId: nextId, after: meetingId },
            },
          ]
        : []),
    ]);
    const row = await tx.selectFrom('case_meeting').selectAll().where('id', '=', meetingId).executeTakeFirstOrThrow();
    return presentMeeting(row, (await earlierMinutes(tx, [row])).get(meetingId));
  });
}
