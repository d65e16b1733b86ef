// Who may tick a task of a case's checklist (issue 17 item 9, decision 112): the school's staff who
// keep the case, and a service partner (helsesykepleier, PPT …) the task is assigned to — by name, or
// by the partner's role among the task's responsible — while a consent lets the partner see the case.
// The consent itself is checked where the case is loaded (case-place.ts) and by row-level security.
import { partnerServiceOf, hasRole, type Actor } from '../actor';

/** The school's roles that keep a case and tick any of its tasks (the policy 'cases.write'). */
const CASE_KEEPERS = ['kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'] as const;

export function mayTickTask(actor: Actor, task: { owner_id: string | null; responsible: readonly string[] }): boolean {
  if (partnerServiceOf(actor) === null) return hasRole(actor, ...CASE_KEEPERS);
  if (task.owner_id !== null) return task.owner_id === actor.userId;
  return actor.roles.some((r) => task.responsible.includes(r.role));
}
