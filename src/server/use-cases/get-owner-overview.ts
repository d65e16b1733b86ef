// The school owner's overview (issue 19 items 1 and 3): per school and month of the school year, the pupils over
// 10 % of school time away and the school's share of school time away, computed from the same events and
// calendars as the alerts (src/domain/oversight/figures.ts) and suppressed before it leaves the server
// (decision 128). The owner's role sees no pupil (the scope of classes counts school roles only); this use-case
// reads the kommune's events under row-level security and answers with aggregates alone. Computed per request
// from the events: fine for a kommune of Nabodal's size; the city-scale target of issue 19 item 6 needs the
// per-day aggregates that issue names.
import type { Db } from '../../db/create-db';
import { schoolYearOf } from '../../domain/roster/fields';
import { buildEventStore } from '../../domain/rules/event-store';
import { groupFigures, isAbove, pupilPeriods, type PupilPeriod } from '../../domain/oversight/figures';
import { MIN_PUPILS, suppressTable } from '../../domain/oversight/suppression';
import type { OwnerOverviewResponse } from '../../contract/oversight';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { classCalendar } from '../absence/calendar';
import { toDomainEvent } from '../absence/evaluate-pupil';
import { AppError } from '../errors';
import { ownerCaseFigures } from '../oversight/case-figures';

const THRESHOLD_PERCENT = 10;

export async function getOwnerOverview(
  db: Db,
  actor: Actor,
  query: { schoolYear?: number | undefined },
  today: string,
  now: Date,
): Promise<OwnerOverviewResponse> {
  const schoolYear = query.schoolYear ?? schoolYearOf(today);
  return db.withContext(contextOf(actor), async (tx) => {
    const schools = await tx.selectFrom('school').select(['id', 'name']).orderBy('name').execute();
    const classes = await tx
      .selectFrom('class')
      .select(['id', 'school_id', 'school_year', 'trinn'])
      .where('school_year', '=', schoolYear)
      .execute();
    const first = await tx
      .selectFrom('school_calendar')
      .select(['first_day', 'last_day'])
      .where('school_year', '=', schoolYear)
      .orderBy('first_day')
      .executeTakeFirst();
    if (!first)
      throw new AppError('not_found', `Ingen skole har skolerute for skoleåret ${schoolYear}–${schoolYear + 1}.`);
    const end = today < first.last_day ? today : first.last_day;
    const months = monthsBetween(first.first_day, end);
    // Per school and month, every pupil's period; a pupil counts at the school of the class they were in.
    const bySchool = new Map(schools.map((s) => [s.id, months.map((): PupilPeriod[] => [])]));
    const pupilsAt = new Map(schools.map((s) => [s.id, new Set<string>()]));
    // The same pupils by trinn across the kommune.
    const trinns = [...new Set(classes.map((c) => c.trinn))].sort((a, b) => a - b);
    const byTrinn = new Map(trinns.map((n) => [n, months.map((): PupilPeriod[] => [])]));
    const pupilsIn = new Map(trinns.map((n) => [n, new Set<string>()]));
    for (const cls of classes) {
      const members = await tx
        .selectFrom('class_membership')
        .select('pupil_id')
        .where('class_id', '=', cls.id)
        .execute();
      if (members.length === 0) continue;
      const { calendar } = await classCalendar(tx, { classId: cls.id, schoolId: cls.school_id, schoolYear });
      const rows = await tx
        .selectFrom('absence_event')
        .select(['pupil_id', 'date', 'kind', 'subject', 'period', 'minutes', 'documented', 'reason', 'source'])
        .where('class_id', '=', cls.id)
        .where('deleted_at', 'is', null)
        .where('date', '>=', first.first_day)
        .where('date', '<=', end)
        .execute();
      const ids = [...new Set(members.map((m) => m.pupil_id))];
      for (const id of ids) {
        pupilsAt.get(cls.school_id)?.add(id);
        pupilsIn.get(cls.trinn)?.add(id);
      }
      const store = buildEventStore(rows.map(toDomainEvent), calendar, ids);
      months.forEach((month, i) => {
        const from = month.from < first.first_day ? first.first_day : month.from;
        const to = month.to > end ? end : month.to;
        const periods = pupilPeriods(calendar, store, from, to).filter((p) => p.schoolDays > 0);
        bySchool.get(cls.school_id)?.[i]!.push(...periods);
        byTrinn.get(cls.trinn)?.[i]!.push(...periods);
      });
    }
    const countOver = (periods: PupilPeriod[]) =>
      periods.filter((p) => isAbove(p.shareUnits.all, p.schoolDays, THRESHOLD_PERCENT)).length;
    const table = suppressTable(schools.map((s) => bySchool.get(s.id)!.map(countOver)));
    const pupils = suppressTable([schools.map((s) => pupilsAt.get(s.id)!.size)]);
    // The trinn table shares the kommune's monthly totals with the schools' (decision 128): they count as known
    // there, and a month whose total the schools' table hides is hidden whole.
    const byTrinnTable = suppressTable(
      trinns.map((n) => byTrinn.get(n)!.map(countOver)),
      { knownColumnTotals: true },
    );
    const trinnPupils = suppressTable([trinns.map((n) => pupilsIn.get(n)!.size)]);
    // A share is published only where the pupils it is computed over would be (decision 128).
    const share = (periods: PupilPeriod[]) =>
      periods.length >= MIN_PUPILS ? groupFigures(periods).sharePercent : null;
    await writeAudit(tx, actor, now, [
      { action: 'oversight.owner.read', entity: 'kommune', entityId: actor.kommuneId, details: { schoolYear } },
    ]);
    return {
      schoolYear,
      months: months.map((m) => m.month),
      thresholdPercent: THRESHOLD_PERCENT,
      schools: schools.map((s, r) => ({
        id: s.id,
        name: s.name,
        pupils: pupils.cells[0]![r]!,
        months: months.map((m, c) => ({
          month: m.month,
          pupilsOver: table.cells[r]![c]!,
          sharePercent: share(bySchool.get(s.id)![c]!),
        })),
      })),
      trinn: trinns.map((n, r) => ({
        trinn: n,
        pupils: trinnPupils.cells[0]![r]!,
        months: months.map((m, c) => ({
          month: m.month,
          pupilsOver: table.columnTotals[c] === null ? null : byTrinnTable.cells[r]![c]!,
          sharePercent: share(byTrinn.get(n)![c]!),
        })),
      })),
      kommune: {
        pupils: pupils.total,
        months: months.map((m, c) => ({
          month: m.month,
          pupilsOver: table.columnTotals[c]!,
          sharePercent: share(schools.flatMap((s) => bySchool.get(s.id)![c]!)),
        })),
      },
      caseFigures: await ownerCaseFigures(tx, schools, { from: first.first_day, to: end }, today),
    };
  });
}

/** The calendar months from the month of `from` to the month of `to`, each with its first and last day. */
function monthsBetween(from: string, to: string): { month: string; from: string; to: string }[] {
  const out: { month: string; from: string; to: string }[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const lastKey = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > lastKey) break;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    out.push({ month, from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
