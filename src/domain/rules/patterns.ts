import type { CompiledCalendar } from '../calendar/calendar';
import { formatIsoDate, isoWeekday, norwegianDate, parseIsoDate } from '../calendar/dates';
import type { EpochDay } from '../calendar/dates';
import type { AbsenceEvent, AbsenceReason, AbsenceSource } from './event-store';

// Pattern findings (000 §6.1.2): days next to weekends, particular subjects or activities, the first
// days after holidays, a rising trend, repeated lateness, absence the guardians did not report, and
// absence returning after a long illness. A finding is only reported when the counts clear a stated
// minimum sample AND a one-sided binomial test against what an even spread over the pupil's school
// days would give (p ≤ 0.05), so that noise is never called a pattern — except for the counted
// patterns (lateness, unreported absence, absence after illness), where the thing itself is the sign
// the source names and Nærvær's thresholds say when it is repeated (decision 023).

export type PatternKind =
  | 'weekend-adjacent'
  | 'subject'
  | 'after-holiday'
  | 'rising-trend'
  | 'repeated-late'
  | 'unreported-by-guardians'
  | 'after-long-illness';

export interface PatternFinding {
  pattern: PatternKind;
  /** Norwegian heading. */
  title: string;
  /** Norwegian sentence with the counts behind the finding. */
  detail: string;
  /** Registrations that show the pattern. */
  observed: number;
  /** Registrations looked at. */
  total: number;
  /** Share an even spread would give (when a test was made). */
  expectedShare?: number;
  /** One-sided binomial tail probability (when a test was made). */
  pValue?: number;
  /** The smallest `total` for which this pattern is looked for at all. */
  minimumSample: number;
  subject?: string;
  dates: string[];
}

export const PATTERN_MINIMUM_SAMPLE = {
  weekendAdjacent: 5,
  subject: 4,
  afterHoliday: 5,
  risingTrend: 4,
  repeatedLate: 3,
  unreportedByGuardians: 3,
  longIllness: 10,
} as const;
/**
 * After a documented illness of at least PATTERN_MINIMUM_SAMPLE.longIllness consecutive school days,
 * this many undocumented registrations (days, lessons, leaving early) within `withinDays` calendar
 * days of its last day are «fravær etter langvarig sykdom». Nærvær's choice: the source gives no figure.
 */
export const AFTER_ILLNESS = { withinDays: 28, newAbsences: 2 } as const;
/** Reasons that make a documented whole day part of an illness. */
const ILLNESS_REASONS = new Set(['sykdom', 'helse']);
const SIGNIFICANCE = 0.05;
/** Subjects and activities the sources single out (000 §6.1.2, 002): gym, swimming, presentations. */
const SENSITIVE_ACTIVITIES = [
  'kroppsøving',
  'gym',
  'svømming',
  'presentasjon',
  'fremføring',
  'framføring',
  'muntlig',
  'tur',
];

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let term = Math.pow(1 - p, n); // P(X = 0)
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= ((n - i) / (i + 1)) * (p / (1 - p));
  }
  return Math.max(0, Math.min(1, 1 - below));
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const dayText = (day: EpochDay) => norwegianDate(formatIsoDate(day));
/** «01.09.2026, 08.09.2026 og 15.09.2026» */
const dateList = (days: readonly EpochDay[]) => {
  const texts = days.map(dayText);
  return texts.length <= 1 ? texts.join('') : `${texts.slice(0, -1).join(', ')} og ${texts.at(-1)}`;
};

/**
 * What the patterns need of the calendar as of a date, the same for every pupil: the school days so
 * far, the shares an even spread would give, the days after breaks, the timetable's slots. Computed
 * once when many pupils are looked at (`naervaer evaluate`), by `findPatterns` itself otherwise.
 */
export interface PatternContext {
  readonly calendar: CompiledCalendar;
  readonly asOf: EpochDay;
  /** Index of the last school day on or before `asOf`; −1 before the school year. */
  readonly lastIdx: number;
  readonly schoolDays: readonly EpochDay[];
  /** Share of the school days so far that lie next to a weekend or day off. */
  readonly nextToBreakShare: number;
  /** The first two school days after a break of at least three weekdays, and their share of the school days so far. */
  readonly afterBreak: ReadonlySet<EpochDay>;
  readonly afterBreakShare: number;
  /** Lessons per subject in the timetable over the school days so far (null without a timetable). */
  readonly slots: ReadonlyMap<string, number> | null;
  readonly totalSlots: number;
  readonly recentFrom: EpochDay;
  readonly earlierFrom: EpochDay;
  readonly recentDays: number;
  readonly earlierDays: number;
}

export function patternContext(calendar: CompiledCalendar, asOf: EpochDay): PatternContext {
  const lastIdx = calendar.lastIndexOnOrBefore(asOf);
  const schoolDays = lastIdx < 0 ? [] : Array.from(calendar.days.subarray(0, lastIdx + 1));
  const isSchoolDay = (d: EpochDay) => calendar.indexOf(d) >= 0;
  const nextToBreak = (d: EpochDay) => !isSchoolDay(d - 1) || !isSchoolDay(d + 1);
  const afterBreak = new Set<EpochDay>();
  for (let i = 1; i < schoolDays.length; i++) {
    const gap = schoolDays[i]! - schoolDays[i - 1]!;
    if (gap >= 5) {
      afterBreak.add(schoolDays[i]!);
      if (schoolDays[i + 1] !== undefined) afterBreak.add(schoolDays[i + 1]!);
    }
  }
  const timetable = calendar.source.timetable;
  let slots: Map<string, number> | null = null;
  let totalSlots = 0;
  if (timetable) {
    slots = new Map();
    for (const d of schoolDays) {
      for (const s of timetable[isoWeekday(d) - 1] ?? []) {
        slots.set(s, (slots.get(s) ?? 0) + 1);
        totalSlots++;
      }
    }
  }
  const recentFrom = asOf - 27;
  const earlierFrom = asOf - 55;
  const daysIn = (from: EpochDay, to: EpochDay) => schoolDays.filter((d) => d >= from && d <= to).length;
  return {
    calendar,
    asOf,
    lastIdx,
    schoolDays,
    nextToBreakShare: schoolDays.filter(nextToBreak).length / schoolDays.length,
    afterBreak,
    afterBreakShare: schoolDays.filter((d) => afterBreak.has(d)).length / schoolDays.length,
    slots,
    totalSlots,
    recentFrom,
    earlierFrom,
    recentDays: daysIn(recentFrom, asOf),
    earlierDays: daysIn(earlierFrom, recentFrom - 1),
  };
}

/** One registration as the patterns read it: its day as an epoch day, and what was registered. */
export interface PatternEvent {
  day: EpochDay;
  kind: AbsenceEvent['kind'];
  subject: string | null;
  minutes: number | null;
  documented: boolean;
  reason: AbsenceReason | null;
  source: AbsenceSource | null;
}

/** Pattern findings for one pupil's events up to and including `asOf`, within the school year. */
export function findPatterns(
  events: readonly AbsenceEvent[],
  calendar: CompiledCalendar,
  asOf: EpochDay,
  context?: PatternContext,
): PatternFinding[] {
  const ctx = context ?? patternContext(calendar, asOf);
  if (ctx.lastIdx < 0) return [];
  const known: PatternEvent[] = [];
  for (const e of events) {
    const day = parseIsoDate(e.date);
    if (day === null || day > asOf || calendar.indexOf(day) < 0) continue;
    known.push({
      day,
      kind: e.kind,
      subject: e.subject ?? null,
      minutes: e.minutes ?? null,
      documented: e.documented,
      reason: e.reason ?? null,
      source: e.source ?? null,
    });
  }
  return findPatternsIn(known, ctx);
}

/**
 * Pattern findings from registrations already read: every one a school day on or before the context's
 * date, in any order. `naervaer evaluate` builds them from its columns, without dates as text.
 */
export function findPatternsIn(known: readonly PatternEvent[], ctx: PatternContext): PatternFinding[] {
  if (ctx.lastIdx < 0) return [];
  const { calendar, lastIdx } = ctx;
  const absentDays = [...new Set(known.filter((x) => x.kind === 'day').map((x) => x.day))].sort((a, b) => a - b);
  const findings: PatternFinding[] = [];

  // Days next to weekends (or other days off): Mondays, Fridays and the like.
  const isSchoolDay = (d: EpochDay) => calendar.indexOf(d) >= 0;
  const nextToBreak = (d: EpochDay) => !isSchoolDay(d - 1) || !isSchoolDay(d + 1);
  if (absentDays.length >= PATTERN_MINIMUM_SAMPLE.weekendAdjacent) {
    const p = ctx.nextToBreakShare;
    const hits = absentDays.filter(nextToBreak);
    const pValue = binomialTail(hits.length, absentDays.length, p);
    if (pValue <= SIGNIFICANCE) {
      findings.push({
        pattern: 'weekend-adjacent',
        title: 'Fravær ved siden av helger og fridager',
        detail: `${hits.length} av ${absentDays.length} fraværsdager ligger inntil en helg eller fridag; jevnt fordelt ville gitt omtrent ${pct(p)}.`,
        observed: hits.length,
        total: absentDays.length,
        expectedShare: p,
        pValue,
        minimumSample: PATTERN_MINIMUM_SAMPLE.weekendAdjacent,
        dates: hits.map(formatIsoDate),
      });
    }
  }

  // First two school days after a break of at least three weekdays (autumn, Christmas, winter, Easter).
  const afterBreak = ctx.afterBreak;
  if (absentDays.length >= PATTERN_MINIMUM_SAMPLE.afterHoliday && afterBreak.size > 0) {
    const p = ctx.afterBreakShare;
    const hits = absentDays.filter((d) => afterBreak.has(d));
    const pValue = binomialTail(hits.length, absentDays.length, p);
    if (hits.length >= 2 && pValue <= SIGNIFICANCE) {
      findings.push({
        pattern: 'after-holiday',
        title: 'Fravær de første dagene etter ferier',
        detail: `${hits.length} av ${absentDays.length} fraværsdager er blant de to første skoledagene etter en ferie; jevnt fordelt ville gitt omtrent ${pct(p)}.`,
        observed: hits.length,
        total: absentDays.length,
        expectedShare: p,
        pValue,
        minimumSample: PATTERN_MINIMUM_SAMPLE.afterHoliday,
        dates: hits.map(formatIsoDate),
      });
    }
  }

  // Subjects and activities, against their share of the timetable (needs the class timetable).
  const slots = ctx.slots;
  const totalSlots = ctx.totalSlots;
  const lessons = known.filter((x) => x.kind === 'lesson' && x.subject);
  if (slots && lessons.length >= PATTERN_MINIMUM_SAMPLE.subject) {
    const bySubject = new Map<string, PatternEvent[]>();
    for (const x of lessons) {
      const list = bySubject.get(x.subject!);
      if (list) list.push(x);
      else bySubject.set(x.subject!, [x]);
    }
    // Bonferroni: testing every subject at once must not make one of them look special by chance.
    const level = SIGNIFICANCE / Math.max(1, bySubject.size);
    for (const [subject, xs] of [...bySubject].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const p = (slots.get(subject) ?? 0) / Math.max(1, totalSlots);
      const pValue = p === 0 ? 0 : binomialTail(xs.length, lessons.length, p);
      if (xs.length < 3 || pValue > level) continue;
      const activity = SENSITIVE_ACTIVITIES.some((a) => subject.toLowerCase().includes(a));
      findings.push({
        pattern: 'subject',
        title: activity
          ? `Fravær samler seg i ${subject} (aktivitet kildene peker på)`
          : `Fravær samler seg i ${subject}`,
        detail: `${xs.length} av ${lessons.length} timer med fravær er i ${subject}, som utgjør ${pct(p)} av timeplanen.`,
        observed: xs.length,
        total: lessons.length,
        expectedShare: p,
        pValue,
        minimumSample: PATTERN_MINIMUM_SAMPLE.subject,
        subject,
        dates: [...new Set(xs.map((x) => x.day))].sort((a, b) => a - b).map(formatIsoDate),
      });
    }
  }

  // Rising trend: registrations in the last four weeks against the four weeks before.
  const { recentFrom, earlierFrom, recentDays, earlierDays } = ctx;
  const absence = known.filter((x) => x.kind !== 'late');
  const recent = absence.filter((x) => x.day >= recentFrom);
  const earlier = absence.filter((x) => x.day >= earlierFrom && x.day < recentFrom);
  if (recent.length >= PATTERN_MINIMUM_SAMPLE.risingTrend && recentDays >= 10 && earlierDays >= 10) {
    const p = recentDays / (recentDays + earlierDays);
    const pValue = binomialTail(recent.length, recent.length + earlier.length, p);
    if (pValue <= SIGNIFICANCE) {
      findings.push({
        pattern: 'rising-trend',
        title: 'Økende fravær',
        detail: `${recent.length} fraværsregistreringer de siste fire ukene mot ${earlier.length} de fire ukene før (${recentDays} og ${earlierDays} skoledager).`,
        observed: recent.length,
        total: recent.length + earlier.length,
        expectedShare: p,
        pValue,
        minimumSample: PATTERN_MINIMUM_SAMPLE.risingTrend,
        dates: [...new Set(recent.map((x) => x.day))].sort((a, b) => a - b).map(formatIsoDate),
      });
    }
  }

  // Repeated late arrivals in the last four weeks: counted, never turned into a share.
  const late = known.filter((x) => x.kind === 'late' && x.day >= recentFrom);
  if (late.length >= PATTERN_MINIMUM_SAMPLE.repeatedLate) {
    const minutes = late.reduce((s, x) => s + (x.minutes ?? 0), 0);
    findings.push({
      pattern: 'repeated-late',
      title: 'Gjentatte forsentkomminger',
      detail: `${late.length} forsentkomminger de siste fire ukene, til sammen ${minutes} minutter.`,
      observed: late.length,
      total: late.length,
      minimumSample: PATTERN_MINIMUM_SAMPLE.repeatedLate,
      dates: [...new Set(late.map((x) => x.day))].sort((a, b) => a - b).map(formatIsoDate),
    });
  }

  // Absence the guardians did not report (000 §6.1.2 «fravær uten melding fra foresatte»): whole days
  // away in the last four weeks that a teacher registered, with no documentation and no report from
  // the guardians for the day. Imported registrations, and those whose origin is unknown (an events
  // file), say nothing about who reported, so they never count.
  const reportedOrDocumented = new Set(known.filter((x) => x.source === 'foresatt' || x.documented).map((x) => x.day));
  const recentAbsentDays = absentDays.filter((d) => d >= recentFrom);
  const unreported = [
    ...new Set(
      known
        .filter(
          (x) => x.kind === 'day' && x.source === 'laerer' && x.day >= recentFrom && !reportedOrDocumented.has(x.day),
        )
        .map((x) => x.day),
    ),
  ].sort((a, b) => a - b);
  if (unreported.length >= PATTERN_MINIMUM_SAMPLE.unreportedByGuardians) {
    findings.push({
      pattern: 'unreported-by-guardians',
      title: 'Fravær uten melding fra foresatte',
      detail: `${unreported.length} av ${recentAbsentDays.length} fraværsdager de siste fire ukene kom uten melding fra foresatte og uten dokumentasjon (${dateList(unreported)}). Grensen på ${PATTERN_MINIMUM_SAMPLE.unreportedByGuardians} dager på fire uker er Nærværs valg; kilden nevner mønsteret uten tall.`,
      observed: unreported.length,
      total: recentAbsentDays.length,
      minimumSample: PATTERN_MINIMUM_SAMPLE.unreportedByGuardians,
      dates: unreported.map(formatIsoDate),
    });
  }

  // Absence returning after a long illness (000 §6.1.2 «Er det mer fravær … etter langvarig sykdom?»):
  // the latest run of consecutive school days each away with documented illness, long enough, followed
  // within four weeks by new undocumented absence.
  const illnessDays = new Set(
    known
      .filter((x) => x.kind === 'day' && x.documented && x.reason != null && ILLNESS_REASONS.has(x.reason))
      .map((x) => x.day),
  );
  const runs: { from: number; to: number }[] = [];
  // (Fewer illness days than a long illness has cannot make a run long enough.)
  for (let i = 0; i <= (illnessDays.size >= PATTERN_MINIMUM_SAMPLE.longIllness ? lastIdx : -1); i++) {
    if (!illnessDays.has(calendar.days[i]!)) continue;
    const run = runs.at(-1);
    if (run && run.to === i - 1) run.to = i;
    else runs.push({ from: i, to: i });
  }
  const undocumented = known.filter((x) => !x.documented && x.kind !== 'late');
  for (const run of runs.filter((r) => r.to - r.from + 1 >= PATTERN_MINIMUM_SAMPLE.longIllness).reverse()) {
    const first = calendar.days[run.from]!;
    const last = calendar.days[run.to]!;
    const after = undocumented.filter((x) => x.day > last && x.day <= last + AFTER_ILLNESS.withinDays);
    if (after.length < AFTER_ILLNESS.newAbsences) continue;
    const length = run.to - run.from + 1;
    const afterDays = [...new Set(after.map((x) => x.day))].sort((a, b) => a - b);
    findings.push({
      pattern: 'after-long-illness',
      title: 'Fravær etter langvarig sykdom',
      detail: `Etter ${length} skoledager med dokumentert sykdom (${dayText(first)}–${dayText(last)}) kom ${after.length} registreringer av udokumentert fravær innen fire uker (${dateList(afterDays)}). Grensene – minst ${PATTERN_MINIMUM_SAMPLE.longIllness} skoledager sykdom og ${AFTER_ILLNESS.newAbsences} nye registreringer innen fire uker – er Nærværs valg; kilden nevner mønsteret uten tall.`,
      observed: after.length,
      total: length,
      minimumSample: PATTERN_MINIMUM_SAMPLE.longIllness,
      dates: afterDays.map(formatIsoDate),
    });
    break;
  }
  return findings;
}
