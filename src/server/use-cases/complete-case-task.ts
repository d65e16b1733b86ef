// Tick off a task of the case's checklist, or add the team's own. A ladder task that reports to child
// welfare goes through the same guardrail as the case action: not without a documented holistic
// assessment (004 §5.1).
import { notify } from '../inbox/notify';
import { randomUUID } from 'node:crypto';
import type { HolisticAssessment } from '../../domain/ladder/child-welfare-guardrail';
import type { ReferralService } from '../../domain/ladder/ladder-schema';
import { checkTaskCompletion } from '../../domain/ladder/tasks';
import { storedCaseState } from '../../domain/ladder/case-machine';
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, partnerServiceOf, type Actor } from '../actor';
import type { Tx } from '../../db/create-db';
import { sql } from 'kysely';
import { writeAudit } from '../audit';
import { AppError, conflictMessage } from '../errors';
import { resolveLadder } from '../ladder/resolve-ladder';
import { caseForReader, caseForStaff } from '../cases/case-place';
import { mayTickTask } from '../cases/task-access';
import { referencedUser, STAFF_KINDS } from '../access/user-reference';
import type { Content } from '../content/load-content';

export async function completeCaseTask(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  taskId: string,
  input: {
    version: number;
    service?: ReferralService | undefined;
    holisticAssessment?: HolisticAssessment | null | undefined;
    /** Why it is done, when a person ticks it by hand. */
    comment?: string | null | undefined;
  },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    // A service partner ticks a task assigned to them, through the consent (decision 112).
    const { row, place } = await caseForReader(tx, actor, caseId, now);
    const task = await tx
      .selectFrom('case_task')
      .selectAll()
      .where('id', '=', taskId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!task) throw new AppError('not_found', 'Fant ikke oppgaven.');
    if (task.done_on) throw new AppError('conflict', 'Oppgaven er allerede utført.');
    if (!mayTickTask(actor, task))
      throw new AppError(
        'forbidden',
        'Oppgaven er ikke din. Den som har oppgaven, eller den som fører saken, krysser den av.',
      );
    const on = osloDate(now);
    let reports = false;
    if (task.ladder_task_id) {
      const check = checkTaskCompletion(await resolveLadder(tx, content, row.ladder), task.ladder_task_id, {
        on,
        ...(input.service ? { service: input.service } : {}),
        holisticAssessment: input.holisticAssessment ?? null,
      });
      if (!check.ok) throw new AppError('validation', check.error);
      reports = check.reportsToChildWelfare;
    }
    const values = {
      done_on: on,
      done_by: actor.userId,
      completion: JSON.stringify({
        service: input.service ?? null,
        holisticAssessment: input.holisticAssessment ?? null,
        comment: input.comment?.trim() || null,
      }),
    };
    // A service partner may not write the school's edit history (migration 0011); an open task's
    // earlier version holds nothing a tick loses, so theirs is a plain versioned update.
    const version =
      partnerServiceOf(actor) === null
        ? await updateVersioned(tx, 'case_task', taskId, input.version, values)
        : await tickWithoutHistory(tx, taskId, input.version, values);
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: reports ? 'case.task.child-welfare-report' : 'case.task.done',
        pupilId: place.pupilId,
        entity: 'case_task',
        entityId: taskId,
        caseId,
        details: { caseId, taskId },
      },
    ]);
    return { version, doneOn: on };
  });
}

async function tickWithoutHistory(
  tx: Tx,
  taskId: string,
  expected: number,
  values: { done_on: string; done_by: string; completion: string },
): Promise<number> {
  const done = await tx
    .updateTable('case_task')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', taskId)
    .where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  if (!done) throw new AppError('conflict', conflictMessage);
  return done.version;
}

export async function addCaseTask(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { text: string; dueOn?: string | null | undefined; ownerId?: string | null | undefined },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    const state = storedCaseState(row.state);
    if (state.status !== 'open')
      throw new AppError('validation', 'Saken er avsluttet. Gjenåpne den for å legge til oppgaver.');
    // The foreign key alone would accept another kommune's user, or a guardian's account.
    if (input.ownerId)
      await referencedUser(tx, input.ownerId, {
        field: 'ownerId',
        role: 'Den ansvarlige for oppgaven',
        kinds: STAFF_KINDS,
      });
    const id = randomUUID();
    await tx
      .insertInto('case_task')
      .values({
        id,
        kommune_id: actor.kommuneId,
        case_id: caseId,
        level: state.level,
        ladder_task_id: null,
        text: input.text.trim(),
        responsible: [],
        owner_id: input.ownerId ?? actor.userId,
        due_on: input.dueOn ?? null,
        done_on: null,
        done_by: null,
        completion: null,
        source: 'team',
      })
      .execute();
    if (input.ownerId && input.ownerId !== actor.userId)
      await notify(
        tx,
        actor.kommuneId,
        [{ userId: input.ownerId, kind: 'task-assigned', caseId, pupilId: place.pupilId, taskId: id }],
        now,
      );
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.task.add',
        pupilId: place.pupilId,
        entity: 'case_task',
        entityId: id,
        caseId,
        details: { caseId, taskId: id },
      },
    ]);
    return { id };
  });
}
