import { randomUUID } from 'node:crypto';
import { blankPlan } from '../../domain/plans/blank';
import { type PlanKind } from '../../domain/plans';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { presentPlanSummary } from '../presenters/plans';
import { parseOrRefuse } from '../cases/plans';

export async function createPlan(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { kind: PlanKind; content?: unknown },
  now: Date,
) {
  const today = osloDate(now);
  const plan = input.content === undefined ? blankPlan(input.kind, today) : parseOrRefuse(input.content);
  if (plan.kind !== input.kind)
    throw new AppError('validation', 'Planens innhold er av en annen type enn den valgte.', {
      fields: [{ field: 'kind', message: 'Plantype: stemmer ikke med innholdet' }],
    });
  return db.withContext(contextOf(actor), async (tx) => {
    const { row: c, place } = await caseForStaff(tx, actor, caseId);
    if (c.status !== 'open')
      throw new AppError('validation', 'Saken er avsluttet. Gjenåpne den for å lage en ny plan.');
    const row = await tx
      .insertInto('case_plan')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        pupil_id: place.pupilId,
        kind: plan.kind,
        status: 'utkast',
        content: JSON.stringify(plan),
        activated_on: null,
        activated_by: null,
        closed_on: null,
        created_by: actor.userId,
        created_at: now,
        updated_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.create',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: row.id,
        caseId,
        details: { caseId, planId: row.id, kind: plan.kind },
      },
    ]);
    return presentPlanSummary(row);
  });
}
