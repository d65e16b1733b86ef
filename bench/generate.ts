import type { CompiledCalendar } from '../src/domain/calendar/calendar';
import type { EventStore } from '../src/domain/rules/event-store';

// A synthetic school year for the benchmark: deterministic (seeded), with the skew real absence
// has — most pupils a few days, a long tail of heavy absence in streaks — plus the signs the
// sources name: Mondays and Fridays, gym and swimming, undocumented lessons, late arrivals.

export const BENCH_CALENDAR = {
  schoolYear: '2025-2026',
  firstDay: '2025-08-18',
  lastDay: '2026-06-19',
  springStarts: '2026-01-01',
  closed: [
    { from: '2025-09-29', to: '2025-10-03', name: 'Høstferie' },
    { from: '2025-11-21', to: '2025-11-21', name: 'Planleggingsdag' },
    { from: '2025-12-22', to: '2026-01-02', name: 'Juleferie' },
    { from: '2026-02-23', to: '2026-02-27', name: 'Vinterferie' },
    { from: '2026-03-30', to: '2026-04-03', name: 'Påskeferie' },
  ],
  lessonsPerWeekday: [6, 6, 6, 6, 5],
  timetable: [
    ['norsk', 'matematikk', 'engelsk', 'naturfag', 'kroppsøving', 'kroppsøving'],
    ['matematikk', 'norsk', 'samfunnsfag', 'KRLE', 'musikk', 'kunst og håndverk'],
    ['engelsk', 'norsk', 'matematikk', 'svømming', 'svømming', 'naturfag'],
    ['norsk', 'matematikk', 'samfunnsfag', 'engelsk', 'kroppsøving', 'mat og helse'],
    ['matematikk', 'norsk', 'KRLE', 'engelsk', 'kunst og håndverk'],
  ],
};

/** mulberry32: a small, fast, seedable PRNG so every run generates the same school year. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function poisson(rand: () => number, lambda: number): number {
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(rand)));
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

export interface GeneratedYear {
  store: EventStore;
  /** Events per pupil summary. */
  events: number;
}

/**
 * Generates `pupils` pupils' absence over the school year straight into the engine's columnar store
 * (sorted by pupil, school day, kind, period), without one object per event.
 */
export function generateYear(pupils: number, calendar: CompiledCalendar, seed = 20250818): GeneratedYear {
  const rand = prng(seed);
  const days = calendar.days.length;
  const timetable = BENCH_CALENDAR.timetable;
  const subjects = [...new Set(timetable.flat())];
  const subjectId = new Map(subjects.map((s, i) => [s, i]));
  const weekdayOf = (i: number) => (((calendar.days[i]! + 3) % 7) + 7) % 7; // 0 = Monday
  const mondayOrFriday: number[] = [];
  for (let i = 0; i < days; i++) if (weekdayOf(i) === 0 || weekdayOf(i) === 4) mondayOrFriday.push(i);

  let cap = pupils * 30;
  let dayIndex = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let documented = new Uint8Array(cap);
  let subject = new Int32Array(cap);
  let period = new Uint8Array(cap);
  const offsets = new Int32Array(pupils + 1);
  let n = 0;
  const grow = () => {
    cap *= 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const g8 = (a: Uint8Array) => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    dayIndex = g32(dayIndex);
    subject = g32(subject);
    kind = g8(kind);
    documented = g8(documented);
    period = g8(period);
  };

  // Per pupil scratch: a key per (day, kind, period) so no duplicate is generated.
  const used = new Set<number>();
  const wholeDay = new Uint8Array(days);
  const rows: number[] = [];
  for (let p = 0; p < pupils; p++) {
    offsets[p] = n;
    used.clear();
    wholeDay.fill(0);
    rows.length = 0;
    // Skew: 4 % never absent; the rest log-normal around a median of 18.5 registrations a year.
    const lambda = rand() < 0.04 ? 0 : Math.min(420, Math.exp(Math.log(18.5) + 0.95 * normal(rand)));
    const count = poisson(rand, lambda);
    const heavy = lambda > 45;
    const undocumentedBias = rand() * (heavy ? 0.7 : 0.45);
    let streakDay = -1;
    let streakLeft = 0;
    for (let k = 0; k < count; k++) {
      const r = rand();
      const kd = r < (heavy ? 0.5 : 0.33) ? 0 : r < 0.74 ? 1 : r < 0.9 ? 2 : 3;
      let d: number;
      if (kd === 0 && streakLeft > 0) {
        d = Math.min(days - 1, streakDay + 1);
        streakLeft--;
      } else if (rand() < 0.3) d = mondayOrFriday[Math.floor(rand() * mondayOrFriday.length)]!;
      else d = Math.floor(rand() * days);
      if (kd === 0) {
        streakDay = d;
        if (streakLeft === 0 && rand() < (heavy ? 0.45 : 0.15)) streakLeft = 1 + Math.floor(rand() * (heavy ? 6 : 2));
      }
      if (wholeDay[d]) continue;
      const lessons = calendar.lessons[d]!;
      let per = 0;
      let subj = -1;
      if (kd === 1) {
        // Gym and swimming draw more single-lesson absence.
        const row = timetable[weekdayOf(d)]!;
        per = 1 + Math.floor(rand() * lessons);
        if (rand() < 0.25) {
          const sensitive = row.findIndex((s) => s === 'kroppsøving' || s === 'svømming');
          if (sensitive >= 0) per = sensitive + 1;
        }
        subj = subjectId.get(row[per - 1]!)!;
      } else if (kd === 3) per = 2 + Math.floor(rand() * (lessons - 1));
      const key = (d * 4 + kd) * 16 + per;
      if (used.has(key)) continue;
      if (kd === 0) {
        // A whole day replaces any lesson registrations already made that day.
        wholeDay[d] = 1;
      }
      used.add(key);
      const doc =
        kd === 0 ? rand() > 0.3 + undocumentedBias : kd === 2 ? rand() < 0.2 : rand() > 0.5 + undocumentedBias / 2;
      rows.push(d, kd, per, subj, doc ? 1 : 0);
    }
    // Sort this pupil's rows by (day, kind, period); drop lessons on whole-day absences.
    const order: number[] = [];
    for (let i = 0; i < rows.length; i += 5) if (rows[i + 1] === 0 || !wholeDay[rows[i]!]) order.push(i);
    order.sort((a, b) => rows[a]! - rows[b]! || rows[a + 1]! - rows[b + 1]! || rows[a + 2]! - rows[b + 2]!);
    for (const i of order) {
      if (n === cap) grow();
      dayIndex[n] = rows[i]!;
      kind[n] = rows[i + 1]!;
      period[n] = rows[i + 2]!;
      subject[n] = rows[i + 3]!;
      documented[n] = rows[i + 4]!;
      n++;
    }
  }
  offsets[pupils] = n;
  const studentIds = Array.from({ length: pupils }, (_, p) => `e${String(p).padStart(7, '0')}`);
  // Shared memory, so worker threads read the same columns without a copy.
  const shared32 = (a: Int32Array) => {
    const b = new Int32Array(new SharedArrayBuffer(a.length * 4));
    b.set(a);
    return b;
  };
  const shared8 = (a: Uint8Array) => {
    const b = new Uint8Array(new SharedArrayBuffer(a.length));
    b.set(a);
    return b;
  };
  return {
    store: {
      studentIds,
      offsets: shared32(offsets),
      dayIndex: shared32(dayIndex.subarray(0, n)),
      kind: shared8(kind.subarray(0, n)),
      documented: shared8(documented.subarray(0, n)),
      subject: shared32(subject.subarray(0, n)),
      period: shared8(period.subarray(0, n)),
      subjects,
    },
    events: n,
  };
}
