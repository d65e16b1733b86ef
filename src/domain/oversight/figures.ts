// The figures of the reviews and of the school owner's overview (issue 19 item 1), computed from the same events
// and calendar as the alerts: a pupil's share of school time is the rule engine's own (`DayTotals` of a share
// condition: a day is at most one day, a lesson registered after leaving counts once), so a figure and an alert
// can never disagree about how much a pupil was away. Pure: the caller loads events and calendars.
import type { CompiledCalendar } from '../calendar/calendar';
import { parseIsoDate } from '../calendar/dates';
import { DayTotals, SHARE_UNITS_PER_DAY, compileCondition } from '../rules/engine';
import type { EventStore } from '../rules/event-store';
import { KIND_CODE } from '../rules/event-store';

/** The thresholds the reviews count pupils above (per cent of school time in the period). */
export const SHARE_BANDS = [5, 10, 20] as const;

export type PupilPeriod = {
  schoolDays: number;
  /** Whole days away. */
  absentDays: number;
  /** Single lessons away (leaving early counts the lessons left). */
  absentLessons: number;
  lateArrivals: number;
  /** Share of school time away, in the engine's units (SHARE_UNITS_PER_DAY a day), all, documented, undocumented. */
  shareUnits: { all: number; documented: number; undocumented: number };
};

const share = (documented?: boolean) =>
  compileCondition({
    count: { kinds: ['day', 'lesson', 'left'], ...(documented === undefined ? {} : { documented }) },
    measure: 'share',
    comparator: '>=',
    threshold: 0,
  });
const ALL = share();
const DOCUMENTED = share(true);
const UNDOCUMENTED = share(false);

/**
 * Each pupil's figures for the school days from `from` to `to` (inclusive; days outside the calendar's school
 * days do not count). One entry per pupil of the store, in its order.
 */
export function pupilPeriods(calendar: CompiledCalendar, store: EventStore, from: string, to: string): PupilPeriod[] {
  const first = calendar.firstIndexOnOrAfter(parseDay(from));
  const last = calendar.lastIndexOnOrBefore(parseDay(to));
  const schoolDays = Math.max(0, last - first + 1);
  const totals = new DayTotals();
  const sum = (condition: typeof ALL, start: number, end: number) => {
    totals.fill(condition, store, start, end, calendar.lessons);
    let units = 0;
    for (let i = 0; i < totals.length; i++) {
      const day = totals.day[i]!;
      if (day >= first && day <= last) units += totals.value[i]!;
    }
    return units;
  };
  return store.studentIds.map((_, p) => {
    const start = store.offsets[p]!;
    const end = store.offsets[p + 1]!;
    let absentDays = 0;
    let absentLessons = 0;
    let lateArrivals = 0;
    const wholeDays = new Set<number>();
    for (let e = start; e < end; e++) {
      const day = store.dayIndex[e]!;
      if (day < first || day > last) continue;
      const kind = store.kind[e]!;
      if (kind === KIND_CODE.day) {
        if (!wholeDays.has(day)) absentDays++;
        wholeDays.add(day);
      } else if (kind === KIND_CODE.lesson) absentLessons++;
      else if (kind === KIND_CODE.left)
        absentLessons += Math.max(0, calendar.lessons[day]! - Math.max(1, store.period[e]!) + 1);
      else lateArrivals++;
    }
    return {
      schoolDays,
      absentDays,
      absentLessons,
      lateArrivals,
      shareUnits: {
        all: sum(ALL, start, end),
        documented: sum(DOCUMENTED, start, end),
        undocumented: sum(UNDOCUMENTED, start, end),
      },
    };
  });
}

/**
 * A pupil's figures for one school day (issue 19 item 6, decision 161): what `pupilPeriods` sums, day by day, so
 * a period's figures are the sum of its days' (the engine caps each day at one day; nothing spans days).
 */
export type DayFigures = {
  /** The pupil's place in the store. */
  pupil: number;
  /** The school day's index in the calendar. */
  day: number;
  unitsAll: number;
  unitsDocumented: number;
  unitsUndocumented: number;
  /** 1 when away the whole day. */
  wholeDay: number;
  lessons: number;
  late: number;
};

/** Every pupil's figures for each school day they have a registration on, in the store's order and by day. */
export function pupilDays(calendar: CompiledCalendar, store: EventStore): DayFigures[] {
  const out: DayFigures[] = [];
  const totals = new DayTotals();
  const byDay = (condition: typeof ALL, start: number, end: number) => {
    totals.fill(condition, store, start, end, calendar.lessons);
    const units = new Map<number, number>();
    for (let i = 0; i < totals.length; i++)
      units.set(totals.day[i]!, (units.get(totals.day[i]!) ?? 0) + totals.value[i]!);
    return units;
  };
  for (let p = 0; p < store.studentIds.length; p++) {
    const start = store.offsets[p]!;
    const end = store.offsets[p + 1]!;
    if (start === end) continue;
    const all = byDay(ALL, start, end);
    const documented = byDay(DOCUMENTED, start, end);
    const undocumented = byDay(UNDOCUMENTED, start, end);
    let current: DayFigures | undefined;
    for (let e = start; e < end; e++) {
      const day = store.dayIndex[e]!;
      if (current?.day !== day) {
        current = {
          pupil: p,
          day,
          unitsAll: all.get(day) ?? 0,
          unitsDocumented: documented.get(day) ?? 0,
          unitsUndocumented: undocumented.get(day) ?? 0,
          wholeDay: 0,
          lessons: 0,
          late: 0,
        };
        out.push(current);
      }
      const kind = store.kind[e]!;
      if (kind === KIND_CODE.day) current.wholeDay = 1;
      else if (kind === KIND_CODE.lesson) current.lessons++;
      else if (kind === KIND_CODE.left)
        current.lessons += Math.max(0, calendar.lessons[day]! - Math.max(1, store.period[e]!) + 1);
      else current.late++;
    }
  }
  return out;
}

/** A period's figures from its school days' (those of the period only) and its number of school days. */
export function periodFromDays(days: Iterable<Omit<DayFigures, 'pupil' | 'day'>>, schoolDays: number): PupilPeriod {
  const period: PupilPeriod = {
    schoolDays,
    absentDays: 0,
    absentLessons: 0,
    lateArrivals: 0,
    shareUnits: { all: 0, documented: 0, undocumented: 0 },
  };
  for (const d of days) {
    period.absentDays += d.wholeDay;
    period.absentLessons += d.lessons;
    period.lateArrivals += d.late;
    period.shareUnits.all += d.unitsAll;
    period.shareUnits.documented += d.unitsDocumented;
    period.shareUnits.undocumented += d.unitsUndocumented;
  }
  return period;
}

/** The number of school days of the calendar from `from` to `to`, inclusive. */
export function schoolDaysBetween(calendar: CompiledCalendar, from: string, to: string): number {
  return Math.max(0, calendar.lastIndexOnOrBefore(parseDay(to)) - calendar.firstIndexOnOrAfter(parseDay(from)) + 1);
}

function parseDay(date: string) {
  const day = parseIsoDate(date);
  if (day === null) throw new Error(`Ugyldig dato: ${date}`);
  return day;
}

/** A share in per cent, one decimal, for showing (thresholds compare exactly with `isAbove`). */
export function sharePercent(units: number, schoolDays: number): number {
  return schoolDays > 0 ? Math.round((units / (SHARE_UNITS_PER_DAY * schoolDays)) * 1000) / 10 : 0;
}

/** Whether a share is over a threshold in per cent, exactly as the engine compares («over 10 %» is > 10). */
export function isAbove(units: number, schoolDays: number, percent: number): boolean {
  return schoolDays > 0 && units * 100 > percent * SHARE_UNITS_PER_DAY * schoolDays;
}

export type GroupFigures = {
  pupils: number;
  /** Pupils over each of SHARE_BANDS, in its order. */
  above: number[];
  /** The group's share of school time away: all its pupils' absence over all its pupils' school days, per cent. */
  sharePercent: number;
  documentedPercent: number;
  undocumentedPercent: number;
  absentDays: number;
  absentLessons: number;
  lateArrivals: number;
};

/** A group's figures (a class, a trinn, a school) from its pupils' periods. */
export function groupFigures(periods: readonly PupilPeriod[]): GroupFigures {
  let days = 0;
  const units = { all: 0, documented: 0, undocumented: 0 };
  const out = { absentDays: 0, absentLessons: 0, lateArrivals: 0 };
  const above = SHARE_BANDS.map(() => 0);
  for (const p of periods) {
    days += p.schoolDays;
    units.all += p.shareUnits.all;
    units.documented += p.shareUnits.documented;
    units.undocumented += p.shareUnits.undocumented;
    out.absentDays += p.absentDays;
    out.absentLessons += p.absentLessons;
    out.lateArrivals += p.lateArrivals;
    SHARE_BANDS.forEach((band, i) => {
      if (isAbove(p.shareUnits.all, p.schoolDays, band)) above[i]!++;
    });
  }
  return {
    pupils: periods.length,
    above,
    sharePercent: sharePercent(units.all, days),
    documentedPercent: sharePercent(units.documented, days),
    undocumentedPercent: sharePercent(units.undocumented, days),
    ...out,
  };
}

export type Movement = { movedBelow: number; movedAbove: number; stayedAbove: number; stayedBelow: number };

/**
 * The movement in a group between two periods against one threshold (004 §1.1: «bevegelse i elevfraværet»,
 * progress highlighted): how many were over it and are now at or under it, and the other way. Pupils are
 * matched by their place in the two lists (the same pupils, in the same order); a pupil in only one period is
 * the caller's to leave out.
 */
export function movement(before: readonly PupilPeriod[], after: readonly PupilPeriod[], percent: number): Movement {
  if (before.length !== after.length) throw new Error('movement: the same pupils in both periods');
  const result: Movement = { movedBelow: 0, movedAbove: 0, stayedAbove: 0, stayedBelow: 0 };
  before.forEach((b, i) => {
    const a = after[i]!;
    const was = isAbove(b.shareUnits.all, b.schoolDays, percent);
    const is = isAbove(a.shareUnits.all, a.schoolDays, percent);
    if (was && !is) result.movedBelow++;
    else if (!was && is) result.movedAbove++;
    else if (was) result.stayedAbove++;
    else result.stayedBelow++;
  });
  return result;
}
