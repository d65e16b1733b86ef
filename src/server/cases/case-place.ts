// Loading a case for a staff member: the case exists in the kommune (RLS) and the pupil is one the
// user may see (their classes, or their school for leadership and the resource team).
import type { Selectable } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { CaseState } from '../../domain/ladder/case-machine';
import { checklistForLevel } from '../../domain/ladder/tasks';
import type { Ladder } from '../../domain/ladder/ladder-schema';
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { pupilForStaff, type PupilPlace } from '../absence/place';

export type CaseRow = Selectable<Database['pupil_case']>;

export async function caseForStaff(tx: Tx, actor: Actor, caseId: string): Promise<{ row: CaseRow; place: PupilPlace }> {
  const row = await tx.selectFrom('pupil_case').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke saken.');
  const place = await pupilForStaff(tx, actor, row.pupil_id).catch(() => {
    throw new AppError('not_found', 'Fant ikke saken.');
  });
  return { row, place };
}

/** Adds the ladder's checklist for a level the case has just reached. */
export async function addLevelTasks(tx: Tx, kommuneId: string, caseId: string, ladder: Ladder, state: CaseState): Promise<void> {
  if (state.status !== 'open') return;
  const existing = await tx.selectFrom('case_task').select('ladder_task_id').where('case_id', '=', caseId).where('level', '=', state.level).execute();
  const have = new Set(existing.map((t) => t.ladder_task_id));
  const items = checklistForLevel(ladder, state.level, state.since).filter((t) => !have.has(t.taskId));
  if (!items.length) return;
  await tx
    .insertInto('case_task')
    .values(items.map((t) => ({ id: randomUUID(), kommune_id: kommuneId, case_id: caseId, level: state.level, ladder_task_id: t.taskId, text: t.text, responsible: t.responsible, owner_id: null, due_on: t.dueOn, done_on: null, done_by: null, completion: null, source: 'ladder' as const })))
    .execute();
}

export function stateColumns(state: CaseState) {
  return { state: JSON.stringify(state), status: state.status, level: state.level, evaluation_due: state.status === 'open' ? state.evaluationDue : null };
}
