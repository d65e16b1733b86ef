// What the pupil's own page and the case share (decision 184): the pupil's open case, which the page's
// answers belong to, and the pupil's entries in a case, as the case page shows them.
import type { Tx } from '../../db/create-db';
import { presentCheckin, presentMeetingWish } from '../presenters/pupil-page';

/** The pupil's open case (the newest, should there be more than one), or null. */
export async function openCaseOf(tx: Tx, pupilId: string): Promise<{ id: string } | null> {
  const row = await tx
    .selectFrom('pupil_case')
    .select('id')
    .where('pupil_id', '=', pupilId)
    .where('status', '=', 'open')
    .orderBy('opened_at', 'desc')
    .executeTakeFirst();
  return row ?? null;
}

/** «Elevens egne innspill» in a case: every check-in (oldest first) and every meeting wish (newest first). */
export async function pupilEntriesOf(tx: Tx, caseId: string, author: string) {
  const checkins = await tx
    .selectFrom('pupil_checkin')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('iso_week')
    .execute();
  const wishes = await tx
    .selectFrom('pupil_meeting_wish')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('written_at', 'desc')
    .execute();
  return {
    author,
    checkins: checkins.map((c) => ({ ...presentCheckin(c), writtenAt: new Date(c.written_at).toISOString() })),
    meetingWishes: wishes.map(presentMeetingWish),
  };
}
