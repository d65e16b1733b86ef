// The aktivitetsplan as a PDF (decision 188): in the language asked for (a guardian's, decision 178) or else
// the kommune's målform, the school's copy. Printing is logged.
import type { Db } from '../../db/create-db';
import type { Language } from '../../domain/language/language';
import type { ActivityPlan } from '../../domain/school-environment/activity-plan';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { kommuneMalform, documentTexts } from '../documents';
import { activityPlanPdf } from '../pdf/activity-plan-pdf';
import { matterForReader } from '../school-environment/matters';

export async function printActivityPlan(db: Db, actor: Actor, matterId: string, now: Date, language?: Language) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await matterForReader(tx, actor, matterId);
    if (!row.plan) throw new AppError('not_found', 'Saken har ingen aktivitetsplan ennå.');
    const lang = language ?? (await kommuneMalform(tx, actor.kommuneId));
    const pdf = await activityPlanPdf({
      plan: row.plan as ActivityPlan,
      version: row.version,
      pupilName: `${place.firstName} ${place.lastName}`,
      className: place.className,
      schoolName: place.schoolName,
      knownOn: row.known_on,
      adultInvolved: row.adult_involved,
      findings: row.findings,
      printedOn: osloDate(now),
      createdAt: now,
      language: lang,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'school-environment.plan.print',
        pupilId: row.pupil_id,
        entity: 'school_environment_case',
        entityId: row.id,
        caseId: row.case_id,
        details: { matterId: row.id, version: row.version, language: lang },
      },
    ]);
    return { pdf, fileName: `${documentTexts(lang).activityPlan.fileName}-${row.plan_made_on}-v${row.version}.pdf` };
  });
}
