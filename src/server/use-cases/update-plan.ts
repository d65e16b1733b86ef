import { canActivatePlan, revisePlan, type Plan } from '../../domain/plans';
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError, conflictMessage } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { userNames } from '../presenters/absence';
import { parseOrRefuse, caseFacts, loadPlan, refusal } from '../cases/plans';
import { followPlan, planVersion } from '../cases/evaluation';
import type { Content } from '../content/load-content';

export async function updatePlan(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  planId: string,
  input: { content: unknown; version: number; note?: string | null | undefined },
  now: Date,
) {
  const today = osloDate(now);
  const next = parseOrRefuse(input.content);
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const row = await loadPlan(tx, caseId, planId);
    if (row.version !== input.version) throw new AppError('conflict', conflictMessage, { currentVersion: row.version });
    if (row.status === 'avsluttet')
      throw new AppError('validation', 'Planen er avsluttet og kan ikke endres. Lag en ny plan.');
    const names = await userNames(tx, [actor.userId]);
    const revised = revisePlan(
      {
        planId,
        version: row.version,
        plan: row.content as Plan,
        editedOn: osloDate(new Date(row.updated_at)),
        editedBy: row.updated_by,
        note: null,
      },
      next,
      { editedOn: today, editedBy: names.get(actor.userId) ?? actor.userId, note: input.note ?? null },
    );
    if (!revised.ok) throw new AppError('validation', revised.error);
    // An active plan stays within its guardrails: an edit that activation would refuse is refused.
    if (row.status === 'aktiv') {
      const check = canActivatePlan(next, await caseFacts(tx, caseId, today, planId));
      if (!check.ok)
        throw refusal(
          'Planen er aktiv, og endringen ville gjort at den ikke lenger holder kravene',
          check.reasons,
          check.warnings,
        );
    }
    const version = await updateVersioned(tx, 'case_plan', planId, input.version, {
      content: JSON.stringify(next),
      updated_by: actor.userId,
      updated_at: now,
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    // An active plan's evaluation date is the case's too (decision 102).
    if (row.status === 'aktiv')
      await followPlan(tx, content, actor, caseId, place, next, now, { activated: false, planId });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.update',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId, version, changes: revised.changes.length },
      },
    ]);
    return { version: await planVersion(tx, planId, version), changes: revised.changes };
  });
}
