import { absenceBeforeAfter, type PeriodFigures } from '../absence/before-after';
import type { CompiledCalendar } from '../calendar/calendar';
import { norwegianDate } from './case-facts';
import type { Plan } from './plan-schema';

// Did attendance change while the plan ran? The plan's period (up to today, if it is still running) is
// compared with as many school days just before it, with the same arithmetic the case evaluation uses
// (src/domain/absence/before-after.ts). 004 §4: «Sørg for at planen lar seg evaluere».

type AbsenceEvent = Parameters<typeof absenceBeforeAfter>[1][number];

/** The days a plan covers: its period, agreement to evaluation, or first to last step. Null for a dagsplan. */
export function planPeriod(plan: Plan): { from: string; to: string | null } | null {
  switch (plan.kind) {
    case 'tiltaksplan':
      return { from: plan.period.from, to: plan.period.to };
    case 'samarbeidsavtale':
      return { from: plan.date, to: plan.evaluationOn };
    case 'gradvis-tilbakeforing': {
      const first = plan.steps[0];
      const last = plan.steps.at(-1);
      return first && last ? { from: first.from, to: last.to } : null;
    }
    case 'opplaering-ved-sykdom':
      return { from: plan.expectedAbsence.from, to: plan.expectedAbsence.until };
    case 'dagsplan':
      return null;
  }
}

export type PlanAttendance = {
  before: PeriodFigures | null;
  during: PeriodFigures | null;
  /** Attendance (100 − absence share) in percent, one decimal. */
  attendanceBefore: number | null;
  attendanceDuring: number | null;
  /** Percentage points, positive when attendance rose. */
  change: number | null;
  /** False while the period is still running on `today`. */
  periodEnded: boolean;
  summary: string;
};

const attendance = (f: PeriodFigures | null): number | null =>
  f === null ? null : Math.round((100 - f.sharePercent) * 10) / 10;
const decimal = (n: number): string => n.toFixed(1).replace('.', ',');
const percent = (n: number): string => `${decimal(n)} %`;

/**
 * Attendance in a period (from `from` to `to`, or to `today` while it runs) against the same number of
 * school days before `from`, with a Norwegian summary.
 */
export function attendanceBeforeAfter(
  calendar: CompiledCalendar,
  events: readonly AbsenceEvent[],
  period: { from: string; to: string | null },
  today: string,
): PlanAttendance {
  const ended = period.to !== null && period.to <= today;
  const until = period.to !== null && period.to < today ? period.to : today;
  const { before, after } = absenceBeforeAfter(calendar, events, period.from, until);
  const a = attendance(before);
  const d = attendance(after);
  const change = a !== null && d !== null ? Math.round((d - a) * 10) / 10 : null;
  let summary: string;
  if (after === null) summary = `Planperioden har ingen skoledager før ${norwegianDate(until)}.`;
  else if (before === null || a === null || d === null || change === null)
    summary = `Tilstedeværelse i planperioden: ${percent(d ?? 0)} (${schoolDays(after.schoolDays)}). Det finnes ingen skoledager før perioden å sammenligne med.`;
  else {
    const trend =
      change > 0
        ? `opp ${decimal(change)} prosentpoeng`
        : change < 0
          ? `ned ${decimal(-change)} prosentpoeng`
          : 'uendret';
    summary = `Tilstedeværelse ${percent(d)} i ${schoolDays(after.schoolDays)} ${ended ? 'i planperioden' : 'så langt i planperioden'}, mot ${percent(a)} i like mange skoledager før (${trend}).`;
  }
  return { before, during: after, attendanceBefore: a, attendanceDuring: d, change, periodEnded: ended, summary };
}

/** Attendance before and during a plan's period; null for a plan without a period (a dagsplan). */
export function planAttendance(
  calendar: CompiledCalendar,
  events: readonly AbsenceEvent[],
  plan: Plan,
  today: string,
): PlanAttendance | null {
  const period = planPeriod(plan);
  return period === null ? null : attendanceBeforeAfter(calendar, events, period, today);
}

/** «1 skoledag», «5 skoledager». */
function schoolDays(n: number): string {
  return `${n} ${n === 1 ? 'skoledag' : 'skoledager'}`;
}
