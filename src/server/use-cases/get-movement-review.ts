// The resource team's monthly review and the semester review (004 §1.1 (3): «bevegelse i elevfraværet», progress
// highlighted; issue 19 item 2, decision 141): the movement in absence per trinn and class, and for the school,
// between the two halves of a range — the last four weeks against the four before them, or the semester so far
// split in two — with how many pupils moved below or above 5, 10 and 20 % of school time. Counts only: no pupil
// is named, so the resource team reads it as the routine's anonymised discussion allows. Audited as one read.
import type { Db } from '../../db/create-db';
import { formatIsoDate, parseIsoDate } from '../../domain/calendar/dates';
import { groupFigures, type PupilPeriod } from '../../domain/oversight/figures';
import { bandMovements, casesByLevel, halves, type DateRange } from '../../domain/oversight/reviews';
import { schoolYearOf } from '../../domain/roster/fields';
import type { MovementReviewResponse, MovementRow } from '../../contract/reviews';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { schoolCaseFigures } from '../oversight/case-figures';
import { reviewClasses, reviewSchool, type ReviewAudit } from '../reviews/review-school';
import { refreshDayAggregates } from '../oversight/refresh-day-aggregates';

/** The monthly review compares the last four weeks with the four before them. */
export const MONTHLY_DAYS = 56;

export async function getMovementReview(
  db: Db,
  actor: Actor,
  kind: 'maned' | 'semester',
  query: { schoolId?: string | undefined; from?: string | undefined; to?: string | undefined },
  now: Date,
  audit: ReviewAudit = kind === 'maned' ? 'reviews.monthly.read' : 'reviews.semester.read',
): Promise<MovementReviewResponse> {
  const today = osloDate(now);
  // The per-day figures the review reads, brought up to date first (decision 161).
  await refreshDayAggregates(db, actor.kommuneId);
  return db.withContext(contextOf(actor), async (tx) => {
    const school = await reviewSchool(tx, actor, query.schoolId);
    let range: DateRange;
    if (query.from || query.to) {
      if (!query.from || !query.to)
        throw new AppError('validation', 'Velg både fra- og til-dato, eller ingen av dem.', {
          fields: { [query.from ? 'to' : 'from']: 'Mangler dato.' },
        });
      range = { from: query.from, to: query.to };
    } else if (kind === 'maned') {
      range = { from: formatIsoDate(parseIsoDate(today)! - MONTHLY_DAYS + 1), to: today };
    } else {
      const cal = await tx
        .selectFrom('school_calendar')
        .select(['first_day', 'spring_starts'])
        .where('school_id', '=', school.id)
        .where('school_year', '=', schoolYearOf(today))
        .executeTakeFirst();
      if (!cal) throw new AppError('not_found', 'Skolen har ingen skolerute for dette skoleåret.');
      range = { from: today >= cal.spring_starts ? cal.spring_starts : cal.first_day, to: today };
    }
    if (parseIsoDate(range.from) === null || parseIsoDate(range.to) === null || range.to <= range.from)
      throw new AppError('validation', 'Til-datoen må komme etter fra-datoen.', {
        fields: { to: 'Til-datoen må komme etter fra-datoen.' },
      });
    const [before, after] = halves(range);
    const classes = await reviewClasses(tx, school.id, today, [before, after]);
    const row = (label: string, groups: { periods: PupilPeriod[][] }[]): MovementRow => {
      const a = groups.flatMap((g) => g.periods[0]!);
      const b = groups.flatMap((g) => g.periods[1]!);
      return {
        label,
        pupils: a.length,
        beforePercent: groupFigures(a).sharePercent,
        afterPercent: groupFigures(b).sharePercent,
        bands: bandMovements(a, b),
      };
    };
    const trinns = [...new Set(classes.map((c) => c.trinn))];
    const cases = await tx
      .selectFrom('pupil_case')
      .select(['level', 'opened_at'])
      .where('status', '=', 'open')
      .where('pupil_id', 'in', [...classes.flatMap((c) => c.pupilIds), '00000000-0000-0000-0000-000000000000'])
      .execute();
    await writeAudit(tx, actor, now, [
      { action: audit, entity: 'school', entityId: school.id, details: { review: kind, ...range } },
    ]);
    return {
      kind,
      school: { id: school.id, name: school.name },
      schoolChoices: school.choices,
      today,
      before,
      after,
      total: row(school.name, classes),
      trinn: trinns.map((n) =>
        row(
          `${n}. trinn`,
          classes.filter((c) => c.trinn === n),
        ),
      ),
      classes: classes.map((c) => row(c.name, [c])),
      casesByLevel: casesByLevel(
        cases.map((c) => ({ level: c.level, openedOn: osloDate(new Date(c.opened_at)) })),
        after.from,
      ),
      caseFigures: await schoolCaseFigures(tx, school.id, today),
    };
  });
}
