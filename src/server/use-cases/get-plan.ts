import { type Plan } from '../../domain/plans';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { caseForReader } from '../cases/case-place';
import { userNames } from '../presenters/absence';
import { presentPlan } from '../presenters/plans';
import { caseFacts, loadPlan, attendanceOf } from '../cases/plans';

export async function getPlan(db: Db, actor: Actor, caseId: string, planId: string, now: Date) {
  const today = osloDate(now);
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const row = await loadPlan(tx, caseId, planId);
    const facts = await caseFacts(tx, caseId, today, planId);
    const names = await userNames(tx, [row.updated_by, row.activated_by]);
    const attendance = await attendanceOf(tx, actor, place, row.content as Plan, today);
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.read',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId },
      },
    ]);
    return presentPlan(row, facts, names, attendance);
  });
}
