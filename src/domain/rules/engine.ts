import type { CompiledCalendar } from '../calendar/calendar';
import { formatIsoDate, parseIsoDate } from '../calendar/dates';
import type { EpochDay } from '../calendar/dates';
import type { EventStore } from './event-store';
import { KIND_CODE } from './event-store';
import { explainAlert } from './explain';
import type { Condition, EventRule, ObservationRule, Profile, RuleWindow } from './profile-schema';
import { selectorsOf } from './profile-schema';
import { windowRange } from './window';

// The rule engine: pure functions of a profile, a calendar and the events. No clock: the evaluation
// date is always an argument. Replay (episodes.ts) and evaluation share the aggregation below, so an
// alert and an episode can never disagree on what counts.

/**
 * One lesson's share of a school day is 1/lessons. All lesson counts 1–12 divide 27 720 (their least
 * common multiple), so shares are whole "units" and thresholds compare exactly, without rounding.
 */
export const SHARE_UNITS_PER_DAY = 27720;

const MEASURE_CODE = { events: 0, schoolDays: 1, share: 2 } as const;

export interface CompiledCondition {
  readonly source: Condition;
  /** Per selector: bit k set when KIND_CODE k counts. */
  readonly kindMasks: Int32Array;
  /** Per selector: -1 any, 0 undocumented only, 1 documented only. */
  readonly documented: Int8Array;
  readonly measure: 0 | 1 | 2;
  readonly strict: boolean;
  readonly threshold: number;
  readonly bySubject: boolean;
}

export interface CompiledRule {
  readonly rule: EventRule;
  readonly conditions: readonly CompiledCondition[];
  /** For each school day i, the index of the first school day in the rule's window as of day i. */
  readonly windowStart: Int32Array;
  /** For an event on school day d, the first school day whose window no longer contains it. */
  readonly exitIndex: Int32Array;
  /**
   * For rules that measure a share, whose denominator (school days in the window) changes as the
   * window moves: `nextAbove[i * (maxWindowDays + 1) + m]` is the first school day ≥ i whose window
   * has more than m school days, `nextAtMost[...]` the first with at most m. Replay uses them to jump
   * straight to the day a constant share crosses its threshold.
   */
  readonly maxWindowDays: number;
  readonly nextAbove: Int32Array | null;
  readonly nextAtMost: Int32Array | null;
}

export interface CompiledProfile {
  readonly profile: Profile;
  readonly calendar: CompiledCalendar;
  readonly rules: readonly CompiledRule[];
  readonly observationRules: readonly ObservationRule[];
}

/** Prepares a validated profile for a calendar: selectors as bit masks, window starts per school day. */
export function compileProfile(profile: Profile, calendar: CompiledCalendar): CompiledProfile {
  const rules: CompiledRule[] = [];
  const observationRules: ObservationRule[] = [];
  for (const rule of profile.rules) {
    if (rule.kind === 'observation') {
      observationRules.push(rule);
      continue;
    }
    const windowStart = windowStarts(rule.window, calendar);
    const exitIndex = new Int32Array(windowStart.length);
    // windowStart is non-decreasing, so one pass finds, for each day d, the first i with windowStart[i] > d.
    let i = 0;
    for (let d = 0; d < windowStart.length; d++) {
      while (i < windowStart.length && windowStart[i]! <= d) i++;
      exitIndex[d] = i;
    }
    const tables = rule.conditions.some((c) => c.measure === 'share') ? windowSizeTables(windowStart) : null;
    rules.push({
      rule,
      conditions: rule.conditions.map(compileCondition),
      windowStart,
      exitIndex,
      maxWindowDays: tables?.max ?? 0,
      nextAbove: tables?.above ?? null,
      nextAtMost: tables?.atMost ?? null,
    });
  }
  return { profile, calendar, rules, observationRules };
}

function windowSizeTables(windowStart: Int32Array): { max: number; above: Int32Array; atMost: Int32Array } {
  const days = windowStart.length;
  let max = 0;
  for (let i = 0; i < days; i++) max = Math.max(max, i - windowStart[i]! + 1);
  const width = max + 1;
  const above = new Int32Array((days + 1) * width).fill(days);
  const atMost = new Int32Array((days + 1) * width).fill(days);
  for (let i = days - 1; i >= 0; i--) {
    const size = i - windowStart[i]! + 1;
    for (let m = 0; m <= max; m++) {
      above[i * width + m] = size > m ? i : above[(i + 1) * width + m]!;
      atMost[i * width + m] = size <= m ? i : atMost[(i + 1) * width + m]!;
    }
  }
  return { max, above, atMost };
}

export function compileCondition(c: Condition): CompiledCondition {
  const selectors = selectorsOf(c);
  return {
    source: c,
    kindMasks: Int32Array.from(selectors.map((s) => s.kinds.reduce((m, k) => m | (1 << KIND_CODE[k]), 0))),
    documented: Int8Array.from(selectors.map((s) => (s.documented === undefined ? -1 : s.documented ? 1 : 0))),
    measure: MEASURE_CODE[c.measure],
    strict: c.comparator === '>',
    threshold: c.threshold,
    bySubject: c.groupBy === 'subject',
  };
}

function windowStarts(window: RuleWindow, calendar: CompiledCalendar): Int32Array {
  const starts = new Int32Array(calendar.days.length);
  for (let i = 0; i < calendar.days.length; i++) starts[i] = windowRange(window, calendar, calendar.days[i]!).first;
  return starts;
}

/** True when event `e` of the store is counted by the condition. */
export function countsEvent(c: CompiledCondition, store: EventStore, e: number): boolean {
  const kindBit = 1 << store.kind[e]!;
  const doc = store.documented[e]!;
  for (let s = 0; s < c.kindMasks.length; s++) {
    if ((c.kindMasks[s]! & kindBit) !== 0) {
      const want = c.documented[s]!;
      if (want < 0 || want === doc) return true;
    }
  }
  return false;
}

/**
 * A pupil's counted events for one condition, summed per school day (and per subject when the rule
 * groups by subject): the only input windows need. Reused buffers keep a national replay free of
 * per-pupil allocation.
 */
export class DayTotals {
  day = new Int32Array(64);
  group = new Int32Array(64);
  value = new Int32Array(64);
  length = 0;

  private push(day: number, group: number, value: number): void {
    if (this.length === this.day.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.day = grow(this.day);
      this.group = grow(this.group);
      this.value = grow(this.value);
    }
    this.day[this.length] = day;
    this.group[this.length] = group;
    this.value[this.length] = value;
    this.length++;
  }

  /** Fills the totals from the pupil's events `[start, end)` of the store (sorted by school day). */
  fill(c: CompiledCondition, store: EventStore, start: number, end: number, lessons: Uint8Array): void {
    this.length = 0;
    let e = start;
    while (e < end) {
      const day = store.dayIndex[e]!;
      let dayEnd = e;
      while (dayEnd < end && store.dayIndex[dayEnd] === day) dayEnd++;
      if (c.bySubject) this.fillSubjects(c, store, e, dayEnd, day);
      else {
        let count = 0;
        let whole = false;
        let mask = 0;
        let unplaced = 0;
        const perDay = lessons[day]!;
        for (let k = e; k < dayEnd; k++) {
          if (!countsEvent(c, store, k)) continue;
          count++;
          if (c.measure !== 2) continue;
          const kind = store.kind[k]!;
          const period = store.period[k]!;
          if (kind === 0) whole = true;
          else if (kind === 1) {
            if (period >= 1 && period <= perDay) mask |= 1 << period;
            else unplaced++;
          } else if (kind === 3) {
            // Leaving from period p means missing p … the last lesson of the day.
            for (let p = Math.max(1, period); p <= perDay; p++) mask |= 1 << p;
          }
        }
        if (count > 0) {
          if (c.measure === 0) this.push(day, 0, count);
          else if (c.measure === 1) this.push(day, 0, 1);
          else {
            // A day is at most one day: overlapping registrations (a lesson after leaving) count once.
            const missed = whole ? perDay : Math.min(perDay, popcount(mask) + unplaced);
            this.push(day, 0, perDay === 0 ? 0 : (missed * SHARE_UNITS_PER_DAY) / perDay);
          }
        }
      }
      e = dayEnd;
    }
  }

  private fillSubjects(c: CompiledCondition, store: EventStore, start: number, end: number, day: number): void {
    const first = this.length;
    for (let k = start; k < end; k++) {
      if (!countsEvent(c, store, k)) continue;
      const s = store.subject[k]!;
      let found = -1;
      for (let j = first; j < this.length; j++) if (this.group[j] === s) found = j;
      if (found >= 0) {
        if (c.measure === 0) this.value[found]!++;
      } else this.push(day, s, 1);
    }
  }
}

function popcount(x: number): number {
  let n = 0;
  while (x !== 0) {
    x &= x - 1;
    n++;
  }
  return n;
}

/** Whether a window total meets the condition; `schoolDays` is the window's denominator for shares. */
export function meetsThreshold(c: CompiledCondition, total: number, schoolDays: number): boolean {
  if (c.measure === 2) {
    if (schoolDays <= 0) return false;
    const lhs = total * 100;
    const rhs = c.threshold * SHARE_UNITS_PER_DAY * schoolDays;
    return c.strict ? lhs > rhs : lhs >= rhs;
  }
  return c.strict ? total > c.threshold : total >= c.threshold;
}

export interface ConditionResult {
  measure: Condition['measure'];
  comparator: Condition['comparator'];
  threshold: number;
  /** Events, school days, or percent of school time (for subject grouping: the largest subject's). */
  value: number;
  holds: boolean;
  /** With subject grouping: the subjects at or over the threshold. */
  subjects?: string[];
}

export interface Alert {
  ruleId: string;
  title: string;
  severity: EventRule['severity'];
  action: string;
  source: string;
  window: { type: RuleWindow['type']; from: string; to: string; schoolDays: number };
  conditions: ConditionResult[];
  /** Sorted unique dates of the events that count. */
  evidence: string[];
  /** Norwegian sentence saying why the rule holds. */
  explanation: string;
}

/** One DayTotals for every evaluation: evaluateRule is synchronous and keeps none of it, so a national file does not allocate three typed arrays per rule per pupil. */
const scratchTotals = new DayTotals();

/** Evaluates one rule for one pupil as of a date; null when it does not hold. */
export function evaluateRule(
  compiled: CompiledRule,
  calendar: CompiledCalendar,
  store: EventStore,
  pupil: number,
  asOf: EpochDay,
): Alert | null {
  const range = windowRange(compiled.rule.window, calendar, asOf);
  if (range.last < range.first) return null; // Nothing fires when the window has no school day.
  const schoolDays = range.last - range.first + 1;
  const start = store.offsets[pupil]!;
  const end = store.offsets[pupil + 1]!;
  const totals = scratchTotals;
  const results: ConditionResult[] = [];
  const evidence = new Set<number>();
  for (const c of compiled.conditions) {
    totals.fill(c, store, start, end, calendar.lessons);
    const perGroup = new Map<number, number>();
    for (let j = 0; j < totals.length; j++) {
      const d = totals.day[j]!;
      if (d < range.first || d > range.last) continue;
      const g = totals.group[j]!;
      perGroup.set(g, (perGroup.get(g) ?? 0) + totals.value[j]!);
    }
    const holdingGroups = [...perGroup].filter(([, v]) => meetsThreshold(c, v, schoolDays)).map(([g]) => g);
    const best = Math.max(0, ...perGroup.values());
    const holds = holdingGroups.length > 0;
    const value = c.measure === 2 ? (best * 100) / (SHARE_UNITS_PER_DAY * schoolDays) : best;
    const result: ConditionResult = {
      measure: c.source.measure,
      comparator: c.source.comparator,
      threshold: c.threshold,
      value: c.measure === 2 ? Math.round(value * 10) / 10 : value,
      holds,
    };
    if (c.bySubject) result.subjects = holdingGroups.map((g) => store.subjects[g] ?? '(uten fag)').sort();
    results.push(result);
    if (!holds) continue;
    const groups = new Set(holdingGroups);
    for (let e = start; e < end; e++) {
      const d = store.dayIndex[e]!;
      if (d < range.first || d > range.last || !countsEvent(c, store, e)) continue;
      if (c.bySubject && !groups.has(store.subject[e]!)) continue;
      evidence.add(calendar.days[d]!);
    }
  }
  if (!results.some((r) => r.holds)) return null;
  const rule = compiled.rule;
  const alert: Alert = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    action: rule.action,
    source: rule.source,
    window: { type: rule.window.type, from: formatIsoDate(range.from), to: formatIsoDate(range.to), schoolDays },
    conditions: results,
    evidence: [...evidence].sort((a, b) => a - b).map(formatIsoDate),
    explanation: '',
  };
  alert.explanation = explainAlert(rule, alert);
  return alert;
}

/** Evaluates every event rule of a profile for one pupil as of a date (observation rules never fire from events). */
export function evaluatePupil(
  profile: CompiledProfile,
  store: EventStore,
  pupil: number,
  asOf: string | EpochDay,
): Alert[] {
  const day = typeof asOf === 'number' ? asOf : parseIsoDate(asOf);
  if (day === null) throw new Error(`Ugyldig dato «${String(asOf)}»`);
  const alerts: Alert[] = [];
  for (const rule of profile.rules) {
    const alert = evaluateRule(rule, profile.calendar, store, pupil, day);
    if (alert) alerts.push(alert);
  }
  return alerts;
}

/** Evaluates a profile for all pupils of a store as of a date, pupils in id order. */
export function evaluateAll(
  profile: CompiledProfile,
  store: EventStore,
  asOf: string | EpochDay,
): { studentId: string; alerts: Alert[] }[] {
  return store.studentIds.map((studentId, pupil) => ({
    studentId,
    alerts: evaluatePupil(profile, store, pupil, asOf),
  }));
}
