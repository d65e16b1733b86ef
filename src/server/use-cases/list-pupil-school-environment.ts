// A pupil's school environment matters, newest first: the pupil page and the case show them (decision 187).
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { pupilForStaff } from '../absence/place';
import { presentMatterSummary } from '../presenters/school-environment';
import { readsPupil } from '../school-environment/matters';

export async function listPupilSchoolEnvironment(db: Db, actor: Actor, pupilId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, pupilId);
    if (!readsPupil(actor, place))
      throw new AppError('not_found', 'Fant ikke eleven, eller du har ikke tilgang til eleven.');
    const rows = await tx
      .selectFrom('school_environment_case')
      .selectAll()
      .where('pupil_id', '=', pupilId)
      .where('school_id', '=', place.schoolId)
      .orderBy('reported_at', 'desc')
      .execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'school-environment.list',
        pupilId,
        details: { matters: rows.map((r) => r.id) },
      },
    ]);
    return { matters: rows.map((r) => presentMatterSummary(r, place, osloDate(now))) };
  });
}
