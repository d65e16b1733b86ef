import { formatIsoDate } from '../calendar/dates';
import type { EventStore } from './event-store';
import type { CompiledProfile, CompiledRule } from './engine';
import { DayTotals, meetsThreshold, SHARE_UNITS_PER_DAY } from './engine';
import type { RuleWindow } from './profile-schema';

// Replaying a period school day by school day turns a rule into episodes: the day it starts to hold
// and the day it stops. A rule that keeps holding is one episode, not a new alert every day; a rolling
// rule that stops and holds again within a few school days is still the same episode (decision 021).

/**
 * Runs of a rolling rule (`days`, `rollingMonth`) separated by at most this many school days on which
 * it does not hold are one episode: a window that slides lets an old event fall out a day before a new
 * one comes in, and a pupil should not get a new alert every other day for the same absence. One
 * school week. Calendar windows (`month`, `semester`) are never joined: their reset is real.
 */
export const EPISODE_MERGE_GAP = 5;

/** Whether episodes of a rule with this window are joined across short gaps. */
export function mergesShortGaps(window: RuleWindow): boolean {
  return window.type === 'days' || window.type === 'rollingMonth';
}

/**
 * A stretch of school days on which a rule holds, as school-day indices: consecutive, or for a rolling
 * rule with gaps of at most EPISODE_MERGE_GAP school days.
 */
export interface EpisodeSpan {
  /** First school day the rule holds. */
  start: number;
  /** Last school day it holds. */
  end: number;
  /** False when it still holds on the last replayed day. */
  closed: boolean;
}

export interface Episode {
  ruleId: string;
  start: string;
  /** Last school day the rule held. */
  end: string;
  /** First school day it no longer holds; null when it still held at the end of the replay. */
  stopsOn: string | null;
}

/**
 * Sliding window state for one condition. The window start only moves forward (windows are
 * monotone in the date), so entries enter and leave once: a replay is linear in days plus events.
 */
class ConditionCursor {
  readonly totals = new DayTotals();
  lo = 0;
  hi = 0;
  sum = 0;
  groupsMeeting = 0;
  groupSums: Int32Array = new Int32Array(0);
}

/** Reusable replay state: one per thread, so a national replay allocates almost nothing per pupil. */
export class Replayer {
  private cursors: ConditionCursor[] = [];

  constructor(private readonly profile: CompiledProfile) {}

  /**
   * Episodes of one rule for one pupil over school days `[from, to]` (indices), in order. Calls
   * `emit` per episode instead of building arrays: the benchmark replays 620 000 pupils. A run that
   * starts within EPISODE_MERGE_GAP school days of the previous run's end continues that episode
   * (rolling windows only), so an episode's start never changes once found; its end and `closed`
   * are as of `to` (an episode that stopped holding is closed, and reopens if the rule holds again
   * within the gap).
   */
  replayRule(
    rule: CompiledRule,
    store: EventStore,
    pupil: number,
    from: number,
    to: number,
    emit: (start: number, end: number, closed: boolean) => void,
  ): void {
    const lessons = this.profile.calendar.lessons;
    const start = store.offsets[pupil]!;
    const end = store.offsets[pupil + 1]!;
    if (start === end) return;
    const n = rule.conditions.length;
    while (this.cursors.length < n) this.cursors.push(new ConditionCursor());
    let any = false;
    for (let c = 0; c < n; c++) {
      const cur = this.cursors[c]!;
      const cond = rule.conditions[c]!;
      cur.totals.fill(cond, store, start, end, lessons);
      cur.lo = 0;
      cur.hi = 0;
      cur.sum = 0;
      cur.groupsMeeting = 0;
      if (cond.bySubject && cur.groupSums.length < store.subjects.length + 1)
        cur.groupSums = new Int32Array(store.subjects.length + 1);
      if (cur.totals.length > 0) any = true;
    }
    if (!any) return;
    const ws = rule.windowStart;
    const gap = mergesShortGaps(rule.rule.window) ? EPISODE_MERGE_GAP : 0;
    let runStart = -1;
    // The last run that stopped, held back until we know whether the next run joins it.
    let pendingStart = -1;
    let pendingEnd = -1;
    let i = from;
    while (i <= to) {
      let held = false;
      for (let c = 0; c < n; c++) {
        const cur = this.cursors[c]!;
        const cond = rule.conditions[c]!;
        const t = cur.totals;
        const first = ws[i]!;
        while (cur.hi < t.length && t.day[cur.hi]! <= i) {
          if (cond.bySubject) {
            const g = t.group[cur.hi]! + 1;
            const before = cur.groupSums[g]!;
            const after = before + t.value[cur.hi]!;
            cur.groupSums[g] = after;
            if (!meetsThreshold(cond, before, 1) && meetsThreshold(cond, after, 1)) cur.groupsMeeting++;
          } else cur.sum += t.value[cur.hi]!;
          cur.hi++;
        }
        while (cur.lo < cur.hi && t.day[cur.lo]! < first) {
          if (cond.bySubject) {
            const g = t.group[cur.lo]! + 1;
            const before = cur.groupSums[g]!;
            const after = before - t.value[cur.lo]!;
            cur.groupSums[g] = after;
            if (meetsThreshold(cond, before, 1) && !meetsThreshold(cond, after, 1)) cur.groupsMeeting--;
          } else cur.sum -= t.value[cur.lo]!;
          cur.lo++;
        }
        if (cur.lo < cur.hi) {
          if (!held) held = cond.bySubject ? cur.groupsMeeting > 0 : meetsThreshold(cond, cur.sum, i - first + 1);
        }
      }
      if (held) {
        if (runStart < 0) {
          if (pendingStart >= 0 && i - pendingEnd - 1 <= gap) runStart = pendingStart;
          else {
            if (pendingStart >= 0) emit(pendingStart, pendingEnd, true);
            runStart = i;
          }
          pendingStart = -1;
        }
      } else if (runStart >= 0) {
        pendingStart = runStart;
        pendingEnd = i - 1;
        runStart = -1;
      }
      // Between change points (an event enters or leaves a window) the totals stay the same, so only
      // a share can flip, as its denominator moves: jump to the next change or the next flip.
      let next = to + 1;
      for (let c = 0; c < n; c++) {
        const cur = this.cursors[c]!;
        const t = cur.totals;
        if (cur.hi < t.length) next = Math.min(next, t.day[cur.hi]!);
        if (cur.lo < cur.hi) {
          next = Math.min(next, rule.exitIndex[t.day[cur.lo]!]!);
          const cond = rule.conditions[c]!;
          if (cond.measure === 2 && i + 1 <= to) {
            // The largest window (in school days) in which this sum still meets the threshold.
            const bound = (cur.sum * 100) / (cond.threshold * SHARE_UNITS_PER_DAY);
            const maxDays = Math.min(
              rule.maxWindowDays,
              cond.threshold === 0 ? Infinity : cond.strict ? Math.ceil(bound) - 1 : Math.floor(bound),
            );
            if (maxDays < 0) continue;
            const row = (i + 1) * (rule.maxWindowDays + 1) + maxDays;
            const holdsNow = i - ws[i]! + 1 <= maxDays;
            next = Math.min(next, holdsNow ? rule.nextAbove![row]! : rule.nextAtMost![row]!);
          }
        }
      }
      i = Math.max(i + 1, next);
    }
    if (runStart >= 0) emit(runStart, to, false);
    else if (pendingStart >= 0) emit(pendingStart, pendingEnd, true);
    // Leave the group sums zeroed for the next pupil.
    for (let c = 0; c < n; c++) {
      const cur = this.cursors[c]!;
      if (!rule.conditions[c]!.bySubject) continue;
      for (let j = cur.lo; j < cur.hi; j++) cur.groupSums[cur.totals.group[j]! + 1] = 0;
    }
  }

  /** Episodes of every event rule for one pupil over the whole school year (or `[from, to]`). */
  episodes(store: EventStore, pupil: number, from = 0, to = this.profile.calendar.days.length - 1): Episode[] {
    const days = this.profile.calendar.days;
    const out: Episode[] = [];
    for (const rule of this.profile.rules) {
      this.replayRule(rule, store, pupil, from, to, (s, e, closed) => {
        out.push({
          ruleId: rule.rule.id,
          start: formatIsoDate(days[s]!),
          end: formatIsoDate(days[e]!),
          stopsOn: closed ? formatIsoDate(days[e + 1]!) : null,
        });
      });
    }
    return out;
  }
}

/** Episodes of every event rule of a profile for one pupil over the school year. */
export function replayPupil(profile: CompiledProfile, store: EventStore, pupil: number): Episode[] {
  return new Replayer(profile).episodes(store, pupil);
}
