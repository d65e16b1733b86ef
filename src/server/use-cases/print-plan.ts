import { type Plan } from '../../domain/plans';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { caseForReader } from '../cases/case-place';
import { planPdf } from '../pdf/plan-pdf';
import { STATUS_LABEL } from '../presenters/plans';
import { loadPlan } from '../cases/plans';

export async function printPlan(db: Db, actor: Actor, caseId: string, planId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const row = await loadPlan(tx, caseId, planId);
    const plan = row.content as Plan;
    const pdf = await planPdf({
      plan,
      status: STATUS_LABEL[row.status],
      version: row.version,
      pupilName: `${place.firstName} ${place.lastName}`,
      className: place.className,
      schoolName: place.schoolName,
      printedOn: osloDate(now),
      createdAt: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.print',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId, version: row.version },
      },
    ]);
    return { pdf, fileName: `${row.kind}-${plan.date}-v${row.version}.pdf` };
  });
}
