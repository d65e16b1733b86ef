import { formatIsoDate, parseIsoDate } from '../calendar/dates';

// 004 §4.2: «Aktørene følger opp og evaluerer tiltakene etter tre uker». Three weeks are counted in
// calendar days, not school days: 21 days after a weekday is the same weekday, and a date that lands
// in a holiday is moved by the team, who knows the school's plans better than the skolerute does.

/** Three weeks, the default time from the start of measures to their evaluation (004 §4.2). */
export const DEFAULT_EVALUATION_AFTER_DAYS = 21;

/** The default evaluation date: `afterDays` calendar days after the measures start (YYYY-MM-DD). */
export function defaultEvaluationDate(
  measuresStartOn: string,
  afterDays: number = DEFAULT_EVALUATION_AFTER_DAYS,
): string {
  const start = parseIsoDate(measuresStartOn);
  if (start === null) throw new Error(`Ugyldig dato «${measuresStartOn}» (bruk ÅÅÅÅ-MM-DD)`);
  if (!Number.isInteger(afterDays) || afterDays < 1) throw new Error(`Ugyldig antall dager «${afterDays}»`);
  return formatIsoDate(start + afterDays);
}

/** Whether an evaluation due on `evaluationDue` is overdue on `today`: the due day itself is not. */
export function isEvaluationOverdue(evaluationDue: string, today: string): boolean {
  return evaluationDue < today;
}
