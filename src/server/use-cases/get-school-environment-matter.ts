// One school environment matter with its steps and aktivitetsplan (decision 187), and when the plan was sent home
// (decision 211).
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { userNames } from '../presenters/absence';
import { presentMatter } from '../presenters/school-environment';
import { editsMatters, matterForReader } from '../school-environment/matters';

export async function getSchoolEnvironmentMatter(db: Db, actor: Actor, matterId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await matterForReader(tx, actor, matterId);
    await writeAudit(tx, actor, now, [
      {
        action: 'school-environment.read',
        pupilId: row.pupil_id,
        entity: 'school_environment_case',
        entityId: row.id,
        caseId: row.case_id,
        details: { matterId: row.id },
      },
    ]);
    const names = await userNames(tx, [row.reported_by], actor);
    // The aktivitetsplan sent home with «Send til foresatte» (decision 211).
    const sent = await tx
      .selectFrom('guardian_document')
      .select('sent_at')
      .where('kind', '=', 'activity-plan')
      .where('source_id', '=', row.id)
      .executeTakeFirst();
    const sentAt = sent ? new Date(sent.sent_at) : null;
    return { matter: presentMatter(row, place, names, osloDate(now), editsMatters(actor, place), sentAt) };
  });
}
