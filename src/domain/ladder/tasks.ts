import { formatIsoDate, parseIsoDate } from '../calendar/dates';
import { checkChildWelfareReport, type HolisticAssessment } from './child-welfare-guardrail';
import {
  findTask,
  reportsToChildWelfare,
  REFERRAL_SERVICES,
  type Ladder,
  type LadderRole,
  type ReferralService,
  type TaskAction,
} from './ladder-schema';

// The checklist a case gets at a level, and the one check a ticked-off task needs: a task that reports
// to child welfare (Hardanger's level 3, or a referral where BVT is chosen) goes through the same
// guardrail as the case action, so no ladder can route around it.

export type ChecklistItem = {
  taskId: string;
  text: string;
  responsible: LadderRole[];
  dueOn: string | null;
  action: TaskAction | null;
};

/** The level's tasks as checklist items for a case that reached the level on `levelStartedOn`. */
export function checklistForLevel(ladder: Ladder, level: number, levelStartedOn: string): ChecklistItem[] {
  const start = parseIsoDate(levelStartedOn);
  if (start === null) throw new Error(`Ugyldig dato «${levelStartedOn}» (bruk ÅÅÅÅ-MM-DD)`);
  const found = ladder.levels.find((l) => l.level === level);
  if (!found) throw new Error(`Nivå ${level} finnes ikke i «${ladder.name}»`);
  return found.tasks.map((t) => ({
    taskId: t.id,
    // The app's words (decision 113); the source's stay in the ladder, shown under «Kilde».
    text: t.appText ?? t.text,
    responsible: t.responsible,
    dueOn: t.dueWithinDays === undefined ? null : formatIsoDate(start + t.dueWithinDays),
    action: t.action ?? null,
  }));
}

export type TaskCompletion = { on: string; service?: ReferralService; holisticAssessment?: HolisticAssessment | null };
export type TaskCompletionResult = { ok: true; reportsToChildWelfare: boolean } | { ok: false; error: string };

/** Whether a task may be marked done; a report to child welfare needs the documented holistic assessment. */
export function checkTaskCompletion(ladder: Ladder, taskId: string, completion: TaskCompletion): TaskCompletionResult {
  const task = findTask(ladder, taskId);
  if (!task) return { ok: false, error: `Oppgaven «${taskId}» finnes ikke i «${ladder.name}».` };
  if (completion.service !== undefined) {
    if (task.action?.type !== 'referral') return { ok: false, error: 'Bare en henvisning har en mottakende tjeneste.' };
    if (!REFERRAL_SERVICES.includes(completion.service))
      return { ok: false, error: `Ukjent tjeneste «${String(completion.service)}».` };
    const allowed = task.action.to;
    if (allowed && !allowed.includes(completion.service))
      return { ok: false, error: `Denne henvisningen gjelder ${allowed.join(', ')}, ikke ${completion.service}.` };
  }
  const reports = reportsToChildWelfare(task, completion.service);
  if (reports) {
    const guard = checkChildWelfareReport(completion.on, completion.holisticAssessment);
    if (!guard.ok) return guard;
  }
  return { ok: true, reportsToChildWelfare: reports };
}
