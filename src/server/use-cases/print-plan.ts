import { type Plan } from '../../domain/plans';
import type { Db } from '../../db/create-db';
import type { Language } from '../../domain/language/language';
import { kommuneMalform } from '../documents';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { caseForReader } from '../cases/case-place';
import { planPdf } from '../pdf/plan-pdf';
import { loadPlan } from '../cases/plans';

/** A plan as a PDF, in the language asked for (the family's) or else the kommune's målform (decision 178). */
export async function printPlan(db: Db, actor: Actor, caseId: string, planId: string, now: Date, language?: Language) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const row = await loadPlan(tx, caseId, planId);
    const plan = row.content as Plan;
    const lang = language ?? (await kommuneMalform(tx, actor.kommuneId));
    const pdf = await planPdf({
      plan,
      status: row.status,
      version: row.version,
      pupilName: `${place.firstName} ${place.lastName}`,
      className: place.className,
      schoolName: place.schoolName,
      printedOn: osloDate(now),
      createdAt: now,
      language: lang,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.print',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId, version: row.version, language: lang },
      },
    ]);
    return { pdf, fileName: `${row.kind}-${plan.date}-v${row.version}.pdf` };
  });
}
