import { REFERRAL_SERVICE_NAMES } from './api';
import type { CaseActionType, CaseListEntry, CaseTask, MyTask, NoticeTarget, ReferralService, TaskAction } from './api';

// What the case screens decide without a browser: which actions to offer and in what order, how the
// board is laid out, how a checklist is grouped. Pure, so it is tested as plain data.

/** The actions the screen knows, in the order they are offered (the usual next step first). */
export const CASE_ACTIONS = [
  'start-measures',
  'evaluate',
  'set-evaluation-date',
  'escalate',
  'de-escalate',
  'close',
  'reopen',
  'report-to-child-welfare',
] as const satisfies readonly CaseActionType[];

/** Exactly the server's `allowedActions` that the screen has a form for, in `CASE_ACTIONS` order. */
export function offeredActions(allowed: readonly string[]): CaseActionType[] {
  return CASE_ACTIONS.filter((a) => allowed.includes(a));
}

/** The board's columns: one per level 0–3 (the Saltdal ladder), more if a case stands higher; each column's cases overdue first, then by evaluation date and name. */
export function boardColumns(
  cases: readonly CaseListEntry[],
  minLevels = 4,
): { level: number; cases: CaseListEntry[] }[] {
  const top = Math.max(minLevels - 1, ...cases.map((c) => c.level));
  const columns: { level: number; cases: CaseListEntry[] }[] = [];
  for (let level = 0; level <= top; level++) {
    const inLevel = cases.filter((c) => c.level === level);
    inLevel.sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.evaluationDue ?? '9999').localeCompare(b.evaluationDue ?? '9999') ||
        a.pupilName.localeCompare(b.pupilName, 'nb'),
    );
    columns.push({ level, cases: inLevel });
  }
  return columns;
}

/** The checklist by level, the current level first, then the earlier ones (newest first); open tasks before done ones, by due date. */
export function tasksByLevel(tasks: readonly CaseTask[], currentLevel: number): { level: number; tasks: CaseTask[] }[] {
  const levels = [...new Set(tasks.map((t) => t.level))].sort((a, b) =>
    a === currentLevel ? -1 : b === currentLevel ? 1 : b - a,
  );
  return levels.map((level) => ({
    level,
    tasks: tasks
      .filter((t) => t.level === level)
      .sort(
        (a, b) =>
          Number(a.doneOn !== null) - Number(b.doneOn !== null) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
      ),
  }));
}

/** "Ola Nordmann (lærer)\n\nKari" → ["Ola Nordmann (lærer)", "Kari"]: one participant a line, blanks dropped. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A safe file name for a download: lower case, spaces to dashes, no path characters. */
export function downloadName(...parts: string[]): string {
  return `${parts.join('-')}.pdf`.toLowerCase().replace(/[\s/\\:]+/g, '-');
}

/** The ladder's written notice for a level: to the school leadership at level 1, to the avdelingsdirektør at 2–3 (and above); none at level 0. */
export function suggestedNotice(level: number): NoticeTarget | null {
  if (level <= 0) return null;
  return level === 1 ? 'skoleledelse' : 'avdelingsdirektor';
}

/** Both notices stay available; the one the level asks for comes first. */
export function noticeTargets(level: number): NoticeTarget[] {
  return suggestedNotice(level) === 'avdelingsdirektor'
    ? ['avdelingsdirektor', 'skoleledelse']
    : ['skoleledelse', 'avdelingsdirektor'];
}

/** The services a checklist task may refer to: those its action names, every service for a referral that names none, none otherwise. */
export function referralServicesFor(action: TaskAction | null | undefined): ReferralService[] {
  if (action?.type !== 'referral') return [];
  const named =
    action.to?.filter((s): s is ReferralService => (REFERRAL_SERVICE_NAMES as readonly string[]).includes(s)) ?? [];
  return named.length > 0 ? named : [...REFERRAL_SERVICE_NAMES];
}

/** Whether completing the task needs the holistic assessment up front: a report to child welfare, or a referral with barnevern chosen. */
export function needsHolisticAssessment(action: TaskAction | null | undefined, service: string): boolean {
  return action?.type === 'child-welfare-report' || (action?.type === 'referral' && service === 'barnevern');
}

/** Reminders overdue first, then by due date (undated last), keeping the server's order otherwise. */
export function tasksOverdueFirst(tasks: readonly MyTask[]): MyTask[] {
  return [...tasks].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );
}

/** «Mine oppgaver» by case (decision 112): each case's tasks by due date (undated last), the case due first first. */
export function tasksByCase(
  tasks: readonly MyTask[],
): { caseId: string; pupilName: string; className: string; tasks: MyTask[] }[] {
  const due = (t: MyTask) => t.dueOn ?? '9999-12-31';
  const groups = new Map<string, { caseId: string; pupilName: string; className: string; tasks: MyTask[] }>();
  for (const task of tasks) {
    const group = groups.get(task.caseId) ?? {
      caseId: task.caseId,
      pupilName: task.pupilName,
      className: task.className,
      tasks: [],
    };
    group.tasks.push(task);
    groups.set(task.caseId, group);
  }
  const sorted = [...groups.values()].map((g) => ({
    ...g,
    tasks: [...g.tasks].sort((a, b) => due(a).localeCompare(due(b))),
  }));
  return sorted.sort(
    (a, b) => due(a.tasks[0]!).localeCompare(due(b.tasks[0]!)) || a.pupilName.localeCompare(b.pupilName, 'nb'),
  );
}

/** An ISO instant → its date in the browser's time zone, as "YYYY-MM-DD" (for dd.mm.åååå via formatDate). */
export function instantDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
