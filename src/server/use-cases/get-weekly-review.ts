// The leadership group's weekly review (004 §1.1 (3), issue 19 item 2, decision 139): the school this week against
// the four before it (the share of school time as the rule engine counts it; days, lessons and late arrivals
// apart; documented and undocumented apart), open cases by level (new this week and ongoing), overdue
// evaluations, and pupils with an open concern but no case. For the school's leadership, who see the whole school:
// every pupil named here is one they may open. Reading the named cases and concerns is audited, one row each.
import type { Db } from '../../db/create-db';
import { isEvaluationOverdue } from '../../domain/ladder/evaluation-date';
import { SHARE_BANDS, groupFigures } from '../../domain/oversight/figures';
import { casesByLevel, concernsWithoutCase, weeksUpTo } from '../../domain/oversight/reviews';
import type { WeeklyReviewResponse } from '../../contract/reviews';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { schoolCaseFigures } from '../oversight/case-figures';
import { reviewClasses, reviewSchool, upToToday, type ReviewAudit } from '../reviews/review-school';
import { refreshDayAggregates } from '../oversight/refresh-day-aggregates';
import type { Content } from '../content/load-content';
import { alertReaderFor, alertTexts } from '../absence/alert-texts';

export async function getWeeklyReview(
  db: Db,
  content: Content,
  actor: Actor,
  query: { schoolId?: string | undefined },
  now: Date,
  audit: ReviewAudit = 'reviews.weekly.read',
): Promise<WeeklyReviewResponse> {
  const today = osloDate(now);
  // The per-day figures the review reads, brought up to date first (decision 161).
  await refreshDayAggregates(db, actor.kommuneId);
  return db.withContext(contextOf(actor), async (tx) => {
    const school = await reviewSchool(tx, actor, query.schoolId);
    const reader = await alertReaderFor(tx, content, actor);
    const weeks = weeksUpTo(today);
    const classes = await reviewClasses(
      tx,
      school.id,
      today,
      weeks.map((w) => upToToday(w, today)),
    );
    const pupilIds = classes.flatMap((c) => c.pupilIds);
    const classOf = new Map(classes.flatMap((c) => c.pupilIds.map((p) => [p, c.name] as const)));
    // Open cases of the school's pupils now (a pupil who moved school takes the case with them, as on the board).
    const cases = pupilIds.length
      ? await tx
          .selectFrom('pupil_case as pc')
          .innerJoin('pupil as p', 'p.id', 'pc.pupil_id')
          .select([
            'pc.id',
            'pc.pupil_id',
            'pc.level',
            'pc.evaluation_due',
            'pc.opened_at',
            'p.first_name',
            'p.last_name',
          ])
          .where('pc.pupil_id', 'in', pupilIds)
          .where('pc.status', '=', 'open')
          .orderBy('pc.evaluation_due')
          .orderBy('p.last_name')
          .execute()
      : [];
    const alerts = pupilIds.length
      ? await tx
          .selectFrom('alert as a')
          .innerJoin('pupil as p', 'p.id', 'a.pupil_id')
          .select(['a.id', 'a.pupil_id', 'a.started_on', 'a.explanation', 'p.first_name', 'p.last_name'])
          .where('a.pupil_id', 'in', pupilIds)
          .where('a.school_id', '=', school.id)
          .where('a.status', 'in', ['new', 'seen'])
          .where('a.retired_at', 'is', null)
          .orderBy('a.started_on')
          .execute()
      : [];
    const overdue = cases.filter((c) => c.evaluation_due !== null && isEvaluationOverdue(c.evaluation_due, today));
    const withoutCase = concernsWithoutCase(
      alerts.map((a) => ({ ...a, pupilId: a.pupil_id })),
      new Set(cases.map((c) => c.pupil_id)),
    ).sort((a, b) => `${a.last_name} ${a.first_name}`.localeCompare(`${b.last_name} ${b.first_name}`, 'nb'));
    await writeAudit(tx, actor, now, [
      { action: audit, entity: 'school', entityId: school.id, details: { review: 'uke', week: weeks.at(-1)!.week } },
      ...overdue.map((c) => ({
        action: audit,
        pupilId: c.pupil_id,
        entity: 'pupil_case' as const,
        entityId: c.id,
        caseId: c.id,
        details: { caseId: c.id },
      })),
      ...withoutCase.map((a) => ({
        action: audit,
        pupilId: a.pupil_id,
        entity: 'alert' as const,
        entityId: a.id,
        details: { alertId: a.id },
      })),
    ]);
    return {
      school: { id: school.id, name: school.name },
      schoolChoices: school.choices,
      today,
      bands: [...SHARE_BANDS],
      weeks: weeks.map((w, i) => ({ ...w, figures: groupFigures(classes.flatMap((c) => c.periods[i]!)) })),
      casesByLevel: casesByLevel(
        cases.map((c) => ({ level: c.level, openedOn: osloDate(new Date(c.opened_at)) })),
        weeks.at(-1)!.from,
      ),
      overdueEvaluations: overdue.map((c) => ({
        caseId: c.id,
        pupilName: `${c.first_name} ${c.last_name}`,
        className: classOf.get(c.pupil_id) ?? '',
        level: c.level,
        evaluationDue: c.evaluation_due,
      })),
      concernsWithoutCase: withoutCase.map((a) => ({
        pupilId: a.pupil_id,
        pupilName: `${a.first_name} ${a.last_name}`,
        className: classOf.get(a.pupil_id) ?? '',
        startedOn: a.started_on,
        ruleTitle: alertTexts(a.explanation, reader).title,
      })),
      caseFigures: await schoolCaseFigures(tx, school.id, today),
    };
  });
}
