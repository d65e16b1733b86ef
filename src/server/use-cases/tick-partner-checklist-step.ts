// The helsesykepleier ticks (or unticks) a step of her checklist in a case shared with her (decision 197):
// only through a consent covering the helsestasjon (otherwise the case is "not found"), only a step of the
// case ladder's checklist. Audited; ticking twice is one tick.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForReader } from '../cases/case-place';
import type { Content } from '../content/load-content';
import { AppError } from '../errors';
import { healthChecklistOf } from '../health/partner-checklist';
import { getPartnerChecklist } from './get-partner-checklist';

export async function tickPartnerChecklistStep(
  db: Db,
  content: Content,
  actor: Actor,
  input: { caseId: string; stepId: string; done: boolean },
  now: Date,
) {
  await db.withContext(contextOf(actor), async (tx) => {
    const { row } = await caseForReader(tx, actor, input.caseId, now);
    if (row.status !== 'open') throw new AppError('conflict', 'Saken er avsluttet. Sjekklisten kan ikke endres.');
    const checklist = await healthChecklistOf(tx, content, actor, row.ladder);
    if (!checklist || !checklist.steps.some((s) => s.id === input.stepId))
      throw new AppError('not_found', 'Fant ikke steget i helsestasjonens sjekkliste for denne saken.');
    if (input.done)
      await tx
        .insertInto('partner_checklist_tick')
        .values({
          id: randomUUID(),
          kommune_id: actor.kommuneId,
          case_id: row.id,
          checklist_id: checklist.id,
          step_id: input.stepId,
          ticked_by: actor.userId,
          ticked_at: now,
        })
        .onConflict((oc) => oc.columns(['case_id', 'checklist_id', 'step_id']).doNothing())
        .execute();
    else
      await tx
        .deleteFrom('partner_checklist_tick')
        .where('case_id', '=', row.id)
        .where('checklist_id', '=', checklist.id)
        .where('step_id', '=', input.stepId)
        .execute();
    await writeAudit(tx, actor, now, [
      {
        action: input.done ? 'case.partner-checklist.tick' : 'case.partner-checklist.untick',
        pupilId: row.pupil_id,
        caseId: row.id,
        entity: 'partner_checklist_tick',
        details: { checklistId: checklist.id, stepId: input.stepId },
      },
    ]);
  });
  return getPartnerChecklist(db, content, actor, input.caseId, now);
}
