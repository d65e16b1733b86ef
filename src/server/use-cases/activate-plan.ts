import { canActivatePlan, type Plan } from '../../domain/plans';
import { trimHeard } from '../../domain/ladder/heard';
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError, conflictMessage } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { caseFacts, loadPlan, refusal } from '../cases/plans';
import { followPlan, planVersion } from '../cases/evaluation';
import type { Content } from '../content/load-content';
import { tickTasksByWork } from '../cases/work-ticks';

export async function activatePlan(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  planId: string,
  input: { version: number; heard?: unknown },
  now: Date,
) {
  const today = osloDate(now);
  // A refusal is audited too: who tried, and why it was refused, is committed before the 400 is sent.
  const outcome = await db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const row = await loadPlan(tx, caseId, planId);
    if (row.version !== input.version) throw new AppError('conflict', conflictMessage, { currentVersion: row.version });
    if (row.status !== 'utkast')
      throw new AppError(
        'validation',
        row.status === 'aktiv'
          ? 'Planen er allerede aktiv.'
          : 'Planen er avsluttet og kan ikke aktiveres igjen. Lag en ny plan.',
      );
    // Activating starts the plan's measures: the record of the pupil's views and barnets beste is asked as at
    // every step along the ladder (decision 204), beside the plan's own gates.
    const check = canActivatePlan(row.content as Plan, await caseFacts(tx, caseId, today, planId), {
      heard: input.heard,
    });
    if (!check.ok) {
      await writeAudit(tx, actor, now, [
        {
          action: 'case.plan.activation-refused',
          pupilId: place.pupilId,
          entity: 'case_plan',
          entityId: planId,
          caseId,
          details: { caseId, planId, reasons: check.reasons.map((r) => r.code) },
        },
      ]);
      return { ok: false as const, reasons: check.reasons, warnings: check.warnings };
    }
    const heard = trimHeard(input.heard);
    const version = await updateVersioned(tx, 'case_plan', planId, input.version, {
      status: 'aktiv',
      activation_heard: JSON.stringify(heard),
      activated_on: today,
      activated_by: actor.userId,
      updated_by: actor.userId,
      updated_at: now,
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    // The plan's measures start now, and the case takes its evaluation date (decision 102).
    // The record goes with the step «Tiltak startet» when this plan is what starts them (the case's history).
    await followPlan(tx, content, actor, caseId, place, row.content as Plan, now, { activated: true, planId, heard });
    // An activated plan ticks the checklist's task for a plan of its kind (decision 112).
    await tickTasksByWork(
      tx,
      content,
      actor,
      { caseId, pupilId: place.pupilId },
      { kind: 'plan', plan: row.kind, id: planId },
      now,
    );
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.activate',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId, warnings: check.warnings.map((w) => w.code) },
      },
    ]);
    return {
      ok: true as const,
      version: await planVersion(tx, planId, version),
      activatedOn: today,
      warnings: check.warnings,
    };
  });
  if (!outcome.ok) throw refusal('Planen kan ikke aktiveres ennå', outcome.reasons, outcome.warnings);
  return outcome;
}
