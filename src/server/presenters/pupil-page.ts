import type { Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { ForPupil, Plan } from '../../domain/plans';
import { weekOf } from '../../domain/pupil-page/pupil-page';
import type { MeetingPerson } from '../../domain/pupil-page/pupil-page';

type CheckinRow = Selectable<Database['pupil_checkin']>;
type WishRow = Selectable<Database['pupil_meeting_wish']>;

/** The Monday of an ISO week key («2026-W50»): Jan 4th is always in week 1. */
function mondayOf(week: string): string {
  const [year, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = Date.UTC(year, 0, 4);
  const day = new Date(jan4 + (w - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  return weekOf(day).from;
}

export function presentCheckin(r: CheckinRow) {
  const { from, to } = weekOf(mondayOf(r.iso_week));
  return {
    week: r.iso_week,
    weekFrom: from,
    weekTo: to,
    score: r.score,
    oneStepBetter: r.one_step_better,
    version: r.version,
  };
}

export function presentMeetingWish(r: WishRow) {
  return {
    wantAdultsToKnow: r.want_adults_to_know,
    who: r.who as MeetingPerson[],
    whoElse: r.who_else,
    writtenAt: new Date(r.written_at).toISOString(),
  };
}

/** Only the words written for the pupil (decision 185); null when the plan has none. */
export function presentPlanInWords(plan: Plan) {
  const words: ForPupil | null | undefined = plan.forPupil;
  const schoolDoes = words?.schoolDoes?.trim() ?? '';
  const iTry = words?.iTry?.trim() ?? '';
  const whoToGoTo = words?.whoToGoTo?.trim() ?? '';
  return schoolDoes || iTry || whoToGoTo ? { schoolDoes, iTry, whoToGoTo } : null;
}
