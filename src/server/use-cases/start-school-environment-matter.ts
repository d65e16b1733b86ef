// Starting the aktivitetsplikt by hand, from the pupil page or the case (decision 187).
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { pupilForStaff } from '../absence/place';
import { readsPupil, startMatter } from '../school-environment/matters';

export async function startSchoolEnvironmentMatter(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: { knownOn: string; report: string; adultInvolved: boolean },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, pupilId);
    if (input.knownOn > osloDate(now))
      throw new AppError('validation', 'Datoen du fikk vite om det, kan ikke være fram i tid.', {
        fields: [{ field: 'knownOn', message: 'Fram i tid' }],
      });
    const row = await startMatter(tx, actor, place, { ...input, startedFrom: 'manual' }, now);
    // A subject teacher tells the leadership but does not read the matter afterwards (the policy table).
    return { id: row.id, canRead: readsPupil(actor, place) };
  });
}
