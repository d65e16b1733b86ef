import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { loadPlan } from '../cases/plans';

export async function closePlan(
  db: Db,
  actor: Actor,
  caseId: string,
  planId: string,
  input: { version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const row = await loadPlan(tx, caseId, planId);
    if (row.status === 'avsluttet') throw new AppError('validation', 'Planen er allerede avsluttet.');
    const version = await updateVersioned(tx, 'case_plan', planId, input.version, {
      status: 'avsluttet',
      closed_on: osloDate(now),
      updated_by: actor.userId,
      updated_at: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.close',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId },
      },
    ]);
    return { version, closedOn: osloDate(now) };
  });
}
