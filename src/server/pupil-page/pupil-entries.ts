// What the pupil's own page and the case share (decision 184): the pupil's open case, which the page's
// answers belong to, and the pupil's entries in a case, as the case page shows them.
import type { Tx } from '../../db/create-db';
import type { PupilCheckin } from '../../domain/plans/case-facts';
import { osloDate } from '../clock';
import { chartMondays, weekKey, weekOf } from '../../domain/pupil-page/pupil-page';
import { presentCheckin, presentMeetingWish } from '../presenters/pupil-page';
import { contactTeachersOf, notify } from '../inbox/notify';

/** The chart shows at most half a year of weeks. */
const CHART_WEEKS = 26;

/** The case's check-ins as the plan gate reads them (decision 186): written on the day of `written_at` in Oslo. */
export async function pupilCheckinFacts(tx: Tx, caseId: string): Promise<PupilCheckin[]> {
  const rows = await tx
    .selectFrom('pupil_checkin')
    .select(['id', 'iso_week', 'one_step_better', 'written_at'])
    .where('case_id', '=', caseId)
    .orderBy('iso_week')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    week: r.iso_week,
    oneStepBetter: r.one_step_better,
    writtenOn: osloDate(new Date(r.written_at)),
  }));
}

/**
 * Tells the school the pupil wrote something new (decision 206): one `pupil-voice` item per entry to the contact
 * teachers of the pupil's class and the case's stafettholder, whoever of them is not disabled. The item names the
 * case and the entry, never what was written; its e-mail says only that a pupil wrote something. A check-in changed
 * later the same week is the same entry, and tells no one again.
 */
export async function tellSchoolPupilWrote(
  tx: Tx,
  kommuneId: string,
  open: { id: string; stafettholderId: string },
  pupil: { pupilId: string; classId: string },
  entry: { kind: 'checkin' | 'wish'; id: string },
  now: Date,
): Promise<void> {
  const teachers = await contactTeachersOf(tx, pupil.classId);
  const holder = await tx
    .selectFrom('app_user')
    .select('id')
    .where('id', '=', open.stafettholderId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  const readers = [...new Set([...teachers, ...(holder ? [holder.id] : [])])];
  await notify(
    tx,
    kommuneId,
    readers.map((userId) => ({
      userId,
      kind: 'pupil-voice' as const,
      caseId: open.id,
      pupilId: pupil.pupilId,
      dedupeKey: `pupil-voice:${entry.kind}:${entry.id}`,
    })),
    now,
  );
}

/** The pupil's open case (the newest, should there be more than one) and who holds it, or null. */
export async function openCaseOf(tx: Tx, pupilId: string): Promise<{ id: string; stafettholderId: string } | null> {
  const row = await tx
    .selectFrom('pupil_case')
    .select(['id', 'stafettholder_id as stafettholderId'])
    .where('pupil_id', '=', pupilId)
    .where('status', '=', 'open')
    .orderBy('opened_at', 'desc')
    .executeTakeFirst();
  return row ?? null;
}

/**
 * «Elevens egne innspill» in a case: every check-in (oldest first), every meeting wish (newest first), and the
 * weeks from the first check-in to `today`'s with the score beside the days and lessons registered away.
 */
export async function pupilEntriesOf(tx: Tx, caseId: string, pupilId: string, author: string, today: string) {
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
  const shown = checkins.map((c) => ({ ...presentCheckin(c), writtenAt: new Date(c.written_at).toISOString() }));
  return {
    author,
    checkins: shown,
    meetingWishes: wishes.map(presentMeetingWish),
    weeks: shown.length ? await weeksBesideAbsence(tx, pupilId, shown, today) : [],
  };
}

async function weeksBesideAbsence(
  tx: Tx,
  pupilId: string,
  checkins: { week: string; weekFrom: string; score: number }[],
  today: string,
) {
  const mondays = chartMondays(checkins[0]!.weekFrom, today, CHART_WEEKS);
  if (mondays.length === 0) return [];
  const events = await tx
    .selectFrom('absence_event')
    .select(['date', 'kind'])
    .where('pupil_id', '=', pupilId)
    .where('deleted_at', 'is', null)
    .where('kind', 'in', ['day', 'lesson'])
    .where('date', '>=', mondays[0]!)
    .where('date', '<=', weekOf(mondays.at(-1)!).to)
    .execute();
  const score = new Map(checkins.map((c) => [c.week, c.score]));
  return mondays.map((monday) => {
    const inWeek = events.filter((e) => weekOf(e.date).from === monday);
    return {
      week: weekKey(monday),
      weekFrom: monday,
      score: score.get(weekKey(monday)) ?? null,
      daysAway: new Set(inWeek.filter((e) => e.kind === 'day').map((e) => e.date)).size,
      lessonsAway: inWeek.filter((e) => e.kind === 'lesson').length,
    };
  });
}
