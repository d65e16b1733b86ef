// The school owner's overview (issue 19 items 1 and 3): per school, trinn and month of the school year, the pupils
// over 5, 10 and 20 % of school time away and the share of school time away (documented and undocumented apart;
// days, lessons and late arrivals apart), computed as the alerts count absence (src/domain/oversight/figures.ts)
// and suppressed before it leaves the server (decision 128, the bands by decision 162). The owner's role sees no
// pupil (the scope of classes counts school roles only); this use-case reads the kommune's per-day figures under
// row-level security, brought up to date just before (decision 161), and answers with aggregates alone.
import type { Db } from '../../db/create-db';
import { schoolYearOf } from '../../domain/roster/fields';
import { sharePercent } from '../../domain/oversight/figures';
import { MIN_PUPILS, isSmall, suppressTable, type Published } from '../../domain/oversight/suppression';
import type { OwnerOverviewResponse } from '../../contract/oversight';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { ownerCaseFigures } from '../oversight/case-figures';
import { ownerFiguresFromDays, type GroupMonth, type OwnerFigures } from '../oversight/owner-figures';
import { refreshDayAggregates } from '../oversight/refresh-day-aggregates';

const THRESHOLD_PERCENT = 10;
/** Places in SHARE_BANDS (5, 10, 20). */
const OVER_5 = 0;
const OVER_10 = 1;
const OVER_20 = 2;

export async function getOwnerOverview(
  db: Db,
  actor: Actor,
  query: { schoolYear?: number | undefined },
  today: string,
  now: Date,
): Promise<OwnerOverviewResponse> {
  const schoolYear = query.schoolYear ?? schoolYearOf(today);
  await refreshDayAggregates(db, actor.kommuneId);
  return db.withContext(contextOf(actor), async (tx) => {
    const figures = await ownerFiguresFromDays(tx, schoolYear, today);
    await writeAudit(tx, actor, now, [
      { action: 'oversight.owner.read', entity: 'kommune', entityId: actor.kommuneId, details: { schoolYear } },
    ]);
    // The case side's figures (decisions 155–156) over the same months, suppressed table by table.
    const range = { from: figures.months[0]?.from ?? today, to: figures.months.at(-1)?.to ?? today };
    return {
      ...publishOwnerOverview(figures),
      caseFigures: await ownerCaseFigures(tx, figures.schools, range, today),
    };
  });
}

/** The table with its totals as suppressTable sees it: row `rows` the column totals, column `columns` the row totals. */
function augmented(counts: number[][]): (r: number, c: number) => number {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  return (r, c) => {
    const rowsOf = r < rows ? [counts[r]!] : counts;
    return rowsOf.reduce((sum, row) => sum + (c < columns ? row[c]! : row.reduce((a, b) => a + b, 0)), 0);
  };
}

/** The figures as the owner may see them (decision 128): every count through suppressTable, shares with their pupils. */
export function publishOwnerOverview(figures: OwnerFigures): Omit<OwnerOverviewResponse, 'caseFigures'> {
  const { schools, trinn, months } = figures;
  const over = (rows: { months: GroupMonth[] }[], band: number) => rows.map((r) => r.months.map((m) => m.over[band]!));
  const table = suppressTable(over(schools, OVER_10));
  const pupils = suppressTable([schools.map((s) => s.pupils)]);
  // The trinn table shares the kommune's monthly totals with the schools' (decision 128): they count as known
  // there, and a month whose total the schools' table hides is hidden whole.
  const byTrinnTable = suppressTable(over(trinn, OVER_10), { knownColumnTotals: true });
  const trinnPupils = suppressTable([trinn.map((t) => t.pupils)]);
  // The other bands (decision 162): each its own table, a figure whose difference from the 10 % one is 1–4
  // pupils hidden from the start, so that no band's figure less another's gives a small group away.
  const band = (band: number) => {
    const ten = augmented(over(schools, OVER_10));
    const counts = over(schools, band);
    const own = augmented(counts);
    const bySchool = suppressTable(counts, { hide: (r, c) => isSmall(Math.abs(own(r, c) - ten(r, c))) });
    const tenTrinn = augmented(over(trinn, OVER_10));
    const trinnCounts = over(trinn, band);
    const ownTrinn = augmented(trinnCounts);
    const byTrinn = suppressTable(trinnCounts, {
      knownColumnTotals: true,
      hide: (r, c) => isSmall(Math.abs(ownTrinn(r, c) - tenTrinn(r, c))),
    });
    return { bySchool, byTrinn };
  };
  const five = band(OVER_5);
  const twenty = band(OVER_20);
  // A share, and the days, lessons and late arrivals, are published only where the pupils they rest on would be.
  const ifEnough = (m: GroupMonth, value: number): Published => (m.periods >= MIN_PUPILS ? value : null);
  const share = (m: GroupMonth) => ifEnough(m, sharePercent(m.units.all, m.schoolDays));
  const breakdown = (
    m: GroupMonth,
    month: string,
    pupilsOver5: Published,
    pupilsOver20: Published,
  ): OwnerOverviewResponse['kommune']['absence'][number] => ({
    month,
    pupilsOver5,
    pupilsOver20,
    documentedPercent: ifEnough(m, sharePercent(m.units.documented, m.schoolDays)),
    undocumentedPercent: ifEnough(m, sharePercent(m.units.undocumented, m.schoolDays)),
    absentDays: ifEnough(m, m.absentDays),
    absentLessons: ifEnough(m, m.absentLessons),
    lateArrivals: ifEnough(m, m.lateArrivals),
  });
  const kommuneMonths = months.map((_, c) => {
    const sum: GroupMonth = {
      periods: 0,
      schoolDays: 0,
      over: [0, 0, 0],
      units: { all: 0, documented: 0, undocumented: 0 },
      absentDays: 0,
      absentLessons: 0,
      lateArrivals: 0,
    };
    for (const s of schools) {
      const m = s.months[c]!;
      sum.periods += m.periods;
      sum.schoolDays += m.schoolDays;
      sum.units.all += m.units.all;
      sum.units.documented += m.units.documented;
      sum.units.undocumented += m.units.undocumented;
      sum.absentDays += m.absentDays;
      sum.absentLessons += m.absentLessons;
      sum.lateArrivals += m.lateArrivals;
    }
    return sum;
  });
  // A trinn figure of a month whose kommune total the schools' table hides is hidden whole (decision 128).
  const inMonth = (total: Published, cell: Published) => (total === null ? null : cell);
  return {
    schoolYear: figures.schoolYear,
    months: months.map((m) => m.month),
    thresholdPercent: THRESHOLD_PERCENT,
    schools: schools.map((s, r) => ({
      id: s.id,
      name: s.name,
      pupils: pupils.cells[0]![r]!,
      months: months.map((m, c) => ({
        month: m.month,
        pupilsOver: table.cells[r]![c]!,
        sharePercent: share(s.months[c]!),
      })),
      absence: months.map((m, c) =>
        breakdown(s.months[c]!, m.month, five.bySchool.cells[r]![c]!, twenty.bySchool.cells[r]![c]!),
      ),
    })),
    trinn: trinn.map((t, r) => ({
      trinn: t.trinn,
      pupils: trinnPupils.cells[0]![r]!,
      months: months.map((m, c) => ({
        month: m.month,
        pupilsOver: inMonth(table.columnTotals[c]!, byTrinnTable.cells[r]![c]!),
        sharePercent: share(t.months[c]!),
      })),
      absence: months.map((m, c) =>
        breakdown(
          t.months[c]!,
          m.month,
          inMonth(five.bySchool.columnTotals[c]!, five.byTrinn.cells[r]![c]!),
          inMonth(twenty.bySchool.columnTotals[c]!, twenty.byTrinn.cells[r]![c]!),
        ),
      ),
    })),
    kommune: {
      pupils: pupils.total,
      months: months.map((m, c) => ({
        month: m.month,
        pupilsOver: table.columnTotals[c]!,
        sharePercent: share(kommuneMonths[c]!),
      })),
      absence: months.map((m, c) =>
        breakdown(kommuneMonths[c]!, m.month, five.bySchool.columnTotals[c]!, twenty.bySchool.columnTotals[c]!),
      ),
    },
  };
}
