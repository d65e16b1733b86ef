import { findTask, reportsToChildWelfare, type Ladder, type LadderTask, type ReferralService } from './ladder-schema';

// The checklist follows the work (issue 17 item 9, decision 112): a held meeting, a filled form, an
// activated plan, a granted consent and a sent referral tick the ladder tasks they carry out, so the
// team does not keep the same book twice. Which work ticks which task is data: the task's `action` of
// the same kind (a meeting task is ticked by a held meeting of its kind, and so on), and `doneBy` for
// any other work (a form). A report to child welfare is never ticked by itself: it goes through the
// guardrail of 004 §5.1 when a person ticks it.

/** Work done in a case, as the case's use-cases know it; `id` is the row that did it. */
export type CaseWork =
  | { kind: 'meeting'; meetingType: string; id: string }
  | { kind: 'form'; formId: string; id: string }
  | { kind: 'plan'; plan: string; id: string }
  | { kind: 'consent'; id: string }
  | { kind: 'referral'; service: ReferralService; id: string };

/** What ticked a task: stored with the tick, so the checklist links to it. */
export type TickedBy = { kind: CaseWork['kind']; id: string };

/** Whether `work` carries out the ladder task `task`. */
export function workDoesTask(task: LadderTask, work: CaseWork): boolean {
  if (work.kind === 'referral' && reportsToChildWelfare(task, work.service)) return false;
  if (task.action?.type === 'child-welfare-report') return false;
  const ways = [...(task.doneBy ?? []), ...(task.action ? [task.action] : [])];
  return ways.some((way) => {
    switch (way.type) {
      case 'meeting':
        return work.kind === 'meeting' && work.meetingType === way.meetingType;
      case 'form':
        return work.kind === 'form' && work.formId === way.form;
      case 'plan':
        return work.kind === 'plan' && work.plan === way.plan;
      case 'consent':
        return work.kind === 'consent';
      case 'referral':
        return work.kind === 'referral' && (way.to === undefined || way.to.includes(work.service));
      default:
        return false;
    }
  });
}

/** The ids, among the case's open ladder task ids, that `work` ticks (in the order given). */
export function tasksTickedBy(ladder: Ladder, openTaskIds: readonly string[], work: CaseWork): string[] {
  return openTaskIds.filter((id) => {
    const task = findTask(ladder, id);
    return task !== undefined && workDoesTask(task, work);
  });
}

/** The task's words as the app shows them, and the source's words when they differ (decision 113). */
export function taskWording(task: LadderTask): { text: string; sourceText: string | null } {
  return task.appText ? { text: task.appText, sourceText: task.text } : { text: task.text, sourceText: null };
}
