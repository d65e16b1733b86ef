// The case figures as the school owner sees them (issue 19 items 1 and 3, decisions 128 and 156): per school, each
// table of counts through `suppressTable` with the kommune as its column totals, so no figure of 1–4 pupils or
// cases is published and none can be worked out from the rest; a median or percentile only over five or more.
import type { PeriodCaseFigures, SchoolCaseFigures } from './case-figures';
import { CASE_LEVELS } from './case-figures';
import type { ReferralService } from '../ladder/ladder-lists';
import { MIN_PUPILS, suppressTable, type Published } from './suppression';

export type PublishedDays = { median: Published; p80: Published };

export type OwnerCaseRow = {
  /** Per month: pupils with a concern, and cases opened. */
  pupilsWithConcern: Published[];
  newCases: Published[];
  /** The last month: cases open in it by level, new in it and ongoing. */
  casesByLevel: { level: number; new: Published; ongoing: Published }[];
  /** The school year so far: concerns begun, contacted, waiting for a contact, and the days. */
  concernsBegun: Published;
  contacted: Published;
  waitingForContact: Published;
  daysToContact: PublishedDays;
  waitingDays: PublishedDays;
  caseOpened: Published;
  daysToCase: PublishedDays;
  evaluations: { onTime: Published; late: Published; overdue: Published };
  outcomes: { solved: Published; better: Published; moreNeeded: Published };
  /** Per service, in the order of `services`. */
  referralsWaiting: Published[];
};

export type OwnerCaseFigures = {
  services: ReferralService[];
  schools: OwnerCaseRow[];
  kommune: OwnerCaseRow;
  /** The kommune's waiting referrals per service: median and longest days, over five or more. */
  referralDays: { service: ReferralService; median: Published; longest: Published }[];
};

type Table = {
  row: (r: number) => Published[];
  kommune: Published[];
  total: (r: number) => Published;
  grandTotal: Published;
};

/** A median and an 80th percentile, published over MIN_PUPILS or more concerns or cases. */
const gated = (d: { count: number; median: number | null; p80: number | null }): PublishedDays =>
  d.count >= MIN_PUPILS ? { median: d.median, p80: d.p80 } : { median: null, p80: null };

/**
 * Publishes each school's figures (in `schools`' order) and the kommune's: `pooled` is the kommune computed as one
 * group, whose days give the kommune's medians (medians do not add up); its counts are the schools' sums.
 */
export function publishOwnerCaseFigures(
  schools: readonly SchoolCaseFigures[],
  pooled: SchoolCaseFigures,
): OwnerCaseFigures {
  const services = pooled.referralsWaiting.map((r) => r.service);
  const months = pooled.months.length;
  const last = (s: SchoolCaseFigures): PeriodCaseFigures => s.months.at(-1) ?? s.year;
  // One table per kind of figure: rows the schools, columns its parts; the kommune row is the column totals.
  const table = (cells: (s: SchoolCaseFigures) => number[]): Table => {
    const t = suppressTable(schools.map(cells));
    return {
      row: (r: number) => t.cells[r]!,
      kommune: t.columnTotals,
      total: (r: number) => t.rowTotals[r]!,
      grandTotal: t.total,
    };
  };
  const concern = table((s) => s.months.map((m) => m.pupilsWithConcern));
  const opened = table((s) => s.months.map((m) => m.casesByLevel.reduce((n, l) => n + l.new, 0)));
  const levels = table((s) => [
    ...last(s).casesByLevel.map((l) => l.new),
    ...last(s).casesByLevel.map((l) => l.ongoing),
  ]);
  // Contacted and waiting make up the concerns begun: the row total, published with them.
  const contact = table((s) => [s.year.toContact.count, s.year.waitingForContact.count]);
  const caseOpened = table((s) => [s.year.toCase.count]);
  const evaluations = table((s) => [s.year.evaluations.onTime, s.year.evaluations.late, s.overdueEvaluations]);
  const outcomes = table((s) => [s.year.outcomes.solved, s.year.outcomes.better, s.year.outcomes.moreNeeded]);
  const referrals = table((s) => s.referralsWaiting.map((r) => r.count));

  const row = (
    source: SchoolCaseFigures,
    pick: (t: Table) => { cells: Published[]; total: Published },
  ): OwnerCaseRow => {
    const levelCells = pick(levels).cells;
    const [contacted, waiting] = pick(contact).cells;
    const [onTime, late, overdue] = pick(evaluations).cells;
    const [solved, better, moreNeeded] = pick(outcomes).cells;
    return {
      pupilsWithConcern: pick(concern).cells,
      newCases: pick(opened).cells,
      casesByLevel: CASE_LEVELS.map((level, i) => ({
        level,
        new: levelCells[i]!,
        ongoing: levelCells[CASE_LEVELS.length + i]!,
      })),
      concernsBegun: pick(contact).total,
      contacted: contacted!,
      waitingForContact: waiting!,
      daysToContact: gated(source.year.toContact),
      waitingDays: gated(source.year.waitingForContact),
      caseOpened: pick(caseOpened).cells[0]!,
      daysToCase: gated(source.year.toCase),
      evaluations: { onTime: onTime!, late: late!, overdue: overdue! },
      outcomes: { solved: solved!, better: better!, moreNeeded: moreNeeded! },
      referralsWaiting: pick(referrals).cells,
    };
  };
  if (schools.some((s) => s.months.length !== months)) throw new Error('publishOwnerCaseFigures: the same months');
  return {
    services,
    schools: schools.map((s, r) => row(s, (t) => ({ cells: t.row(r), total: t.total(r) }))),
    kommune: row(pooled, (t) => ({ cells: t.kommune, total: t.grandTotal })),
    referralDays: pooled.referralsWaiting.map((r) => ({
      service: r.service,
      median: r.count >= MIN_PUPILS ? r.median : null,
      longest: r.count >= MIN_PUPILS ? r.longest : null,
    })),
  };
}

/** Every count a row publishes (not the days): what must never be 1–4. */
export function publishedCounts(r: OwnerCaseRow): Published[] {
  return [
    ...r.pupilsWithConcern,
    ...r.newCases,
    ...r.casesByLevel.flatMap((l) => [l.new, l.ongoing]),
    r.concernsBegun,
    r.contacted,
    r.waitingForContact,
    r.caseOpened,
    ...Object.values(r.evaluations),
    ...Object.values(r.outcomes),
    ...r.referralsWaiting,
  ];
}
