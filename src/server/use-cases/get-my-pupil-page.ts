// The pupil's own page (issue 21 item 2, decision 184): this week's check-in on 001's scaling tool, the
// pupil's own earlier ones, the latest wish before a meeting and the active plan's words for the pupil.
// Nothing of the case's notes, alerts, forms or other people's views is read here. Audited as the pupil's own.
import type { Db } from '../../db/create-db';
import { parsePlan } from '../../domain/plans';
import { weekKey, weekOf } from '../../domain/pupil-page/pupil-page';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { pupilForSelf } from '../absence/place';
import { openCaseOf } from '../pupil-page/pupil-entries';
import { presentCheckin, presentMeetingWish, presentPlanInWords } from '../presenters/pupil-page';

/** How many earlier check-ins the pupil sees of their own. */
const EARLIER = 8;

export async function getMyPupilPage(db: Db, actor: Actor, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForSelf(tx, actor);
    const today = osloDate(now);
    const week = weekKey(today);
    const open = await openCaseOf(tx, place.pupilId);
    const checkins = await tx
      .selectFrom('pupil_checkin')
      .selectAll()
      .where('pupil_id', '=', place.pupilId)
      .orderBy('iso_week', 'desc')
      .limit(EARLIER + 1)
      .execute();
    const wish = open
      ? await tx
          .selectFrom('pupil_meeting_wish')
          .selectAll()
          .where('case_id', '=', open.id)
          .orderBy('written_at', 'desc')
          .executeTakeFirst()
      : undefined;
    const plans = open
      ? await tx
          .selectFrom('case_plan')
          .select('content')
          .where('case_id', '=', open.id)
          .where('status', '=', 'aktiv')
          .orderBy('activated_on', 'desc')
          .orderBy('updated_at', 'desc')
          .execute()
      : [];
    // The newest active plan with words for the pupil; the others' contents are never sent.
    let plan: ReturnType<typeof presentPlanInWords> = null;
    for (const p of plans) {
      const parsed = parsePlan(p.content);
      plan = parsed.ok ? presentPlanInWords(parsed.plan) : null;
      if (plan) break;
    }
    await writeAudit(tx, actor, now, [
      { action: 'pupil.self.read', pupilId: place.pupilId, caseId: open?.id ?? null, details: { week } },
    ]);
    const current = checkins.find((c) => c.iso_week === week);
    return {
      firstName: place.firstName,
      hasCase: open !== null,
      week,
      ...(({ from, to }) => ({ weekFrom: from, weekTo: to }))(weekOf(today)),
      checkin: current ? presentCheckin(current) : null,
      earlier: checkins
        .filter((c) => c.iso_week !== week)
        .slice(0, EARLIER)
        .map(presentCheckin),
      meetingWish: wish ? presentMeetingWish(wish) : null,
      plan,
    };
  });
}
