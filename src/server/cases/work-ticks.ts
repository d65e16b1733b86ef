// The checklist follows the work (decision 112): the use-case that holds a meeting, fills a form,
// activates a plan, registers a consent or sends a referral calls `tickTasksByWork` in its own
// transaction; the ladder tasks that work carries out are ticked, with what ticked them, and each tick
// has its audit row like a tick by hand.
import { sql } from 'kysely';
import type { Tx } from '../../db/create-db';
import { tasksTickedBy, type CaseWork, type TickedBy } from '../../domain/ladder/work-ticks';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { resolveLadder } from '../ladder/resolve-ladder';
import type { Content } from '../content/load-content';

/** Ticks the case's open ladder tasks that `work` carries out; returns the ticked tasks' ids. */
export async function tickTasksByWork(
  tx: Tx,
  content: Content,
  actor: Actor,
  target: { caseId: string; pupilId: string },
  work: CaseWork,
  now: Date,
): Promise<string[]> {
  const open = await tx
    .selectFrom('case_task as t')
    .innerJoin('pupil_case as pc', 'pc.id', 't.case_id')
    .select(['t.id', 't.ladder_task_id', 'pc.ladder'])
    .where('t.case_id', '=', target.caseId)
    .where('t.done_on', 'is', null)
    .where('t.ladder_task_id', 'is not', null)
    .where('pc.status', '=', 'open')
    .execute();
  if (open.length === 0) return [];
  const ladder = await resolveLadder(tx, content, open[0]!.ladder);
  const ticks = new Set(
    tasksTickedBy(
      ladder,
      open.map((t) => t.ladder_task_id!),
      work,
    ),
  );
  const ids = open.filter((t) => ticks.has(t.ladder_task_id!)).map((t) => t.id);
  if (ids.length === 0) return [];
  const tickedBy: TickedBy = { kind: work.kind, id: work.id };
  await tx
    .updateTable('case_task')
    .set({
      done_on: osloDate(now),
      done_by: actor.userId,
      completion: JSON.stringify({ tickedBy }),
      version: sql`version + 1`,
    })
    .where('id', 'in', ids)
    .where('done_on', 'is', null)
    .execute();
  await writeAudit(
    tx,
    actor,
    now,
    ids.map((taskId) => ({
      action: 'case.task.done' as const,
      pupilId: target.pupilId,
      entity: 'case_task' as const,
      entityId: taskId,
      caseId: target.caseId,
      details: { caseId: target.caseId, taskId, tickedBy },
    })),
  );
  return ids;
}
