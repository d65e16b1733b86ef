// The front page's case rows (decision 114): the next step of each case and its due date, whether the
// evaluation is overdue and whether nothing has happened in the case for a while.
import { isEvaluationOverdue } from '../../domain/ladder/evaluation-date';
import type { Ladder } from '../../domain/ladder/ladder-schema';
import { osloDate } from '../clock';

export type HomeCaseRow = {
  id: string;
  pupil_id: string;
  level: number;
  ladder: string;
  evaluation_due: string | null;
  stafettholder_id: string;
  last_activity_at: Date | string;
  first_name: string;
  last_name: string;
  class_name: string;
  school_id: string;
  class_id: string;
  school_year: number;
  state: unknown;
  weekly_contact: boolean | null;
  weekly_contact_since: string | null;
};

type OpenTask = { ladder_task_id: string | null; text: string; due_on: string | null };

/**
 * The case's next step among its open tasks at its level: the one due first; without due dates, the
 * first in the ladder's order that is a piece of work the app carries out (a meeting, a form, a plan …),
 * before the ongoing ones («Registrering av fravær» is never done); the team's own tasks after the ladder's.
 */
export function nextStepOf(tasks: OpenTask[], ladder: Ladder): { text: string; dueOn: string | null } | null {
  const order = new Map(
    ladder.levels.flatMap((l) =>
      l.tasks.map((t, i) => [t.id, (t.action || t.doneBy ? 0 : 100_000) + l.level * 1000 + i] as const),
    ),
  );
  const rank = (t: OpenTask) => (t.ladder_task_id ? (order.get(t.ladder_task_id) ?? 999_999) : 1_000_000);
  const sorted = [...tasks].sort(
    (a, b) => (a.due_on ?? '9999-12-31').localeCompare(b.due_on ?? '9999-12-31') || rank(a) - rank(b),
  );
  const first = sorted[0];
  return first ? { text: first.text, dueOn: first.due_on } : null;
}

export function presentHomeCase(
  r: HomeCaseRow,
  nextStep: { text: string; dueOn: string | null } | null,
  names: Map<string, string>,
  now: Date,
  today: string,
  inactiveAfterDays: number,
  /** The weeks over without the weekly contact (decision 193), from src/server/cases/weekly-contact.ts. */
  gaps: readonly { monday: string; week: number; year: number }[] = [],
) {
  const last = new Date(r.last_activity_at);
  const idleDays = Math.floor((now.getTime() - last.getTime()) / 86_400_000);
  return {
    id: r.id,
    pupilName: `${r.first_name} ${r.last_name}`,
    className: r.class_name,
    level: r.level,
    nextStep,
    evaluationDue: r.evaluation_due,
    evaluationOverdue: r.evaluation_due !== null && isEvaluationOverdue(r.evaluation_due, today),
    lastActivityOn: osloDate(last),
    inactive: idleDays >= inactiveAfterDays,
    stafettholderName: names.get(r.stafettholder_id) ?? 'Ukjent',
    contactGapWeeks: gaps.map(({ monday, week, year }) => ({ monday, week, year })),
  };
}
