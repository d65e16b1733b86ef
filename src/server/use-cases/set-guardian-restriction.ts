// Restrict or restore a parent's right to information from the school about a child (barnelova § 47 third
// paragraph; decision 152). The school leadership of the pupil's school records it, with its basis («avgjørelse
// fra domstol», «vedtak fra statsforvalteren»); audited and reversible. A restricted parent is not that
// child's guardian anywhere in Nærvær (pupilForGuardian, decision 131). Set here, a roster sync never lifts it.
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError, conflictMessage } from '../errors';
import { isLeadership, pupilForStaff } from '../absence/place';

export async function setGuardianRestriction(
  db: Db,
  actor: Actor,
  input: { pupilId: string; guardianId: string; restricted: boolean; reason?: string | undefined; version: number },
  now: Date,
) {
  const reason = input.reason?.trim() ?? '';
  if (input.restricted && !reason)
    throw new AppError('validation', 'Skriv grunnlaget for begrensningen, for eksempel «avgjørelse fra domstol».', {
      fields: [{ field: 'reason', message: 'Grunnlaget mangler' }],
    });
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, input.pupilId);
    if (!isLeadership(actor, place.schoolId))
      throw new AppError('forbidden', 'Bare skoleledelsen ved elevens skole kan begrense retten til informasjon.');
    const link = await tx
      .selectFrom('guardian_pupil')
      .select(['version'])
      .where('pupil_id', '=', place.pupilId)
      .where('guardian_id', '=', input.guardianId)
      .forUpdate()
      .executeTakeFirst();
    if (!link) throw new AppError('not_found', 'Fant ikke den foresatte til eleven.');
    if (link.version !== input.version)
      throw new AppError('conflict', conflictMessage, { currentVersion: link.version });
    const updated = await tx
      .updateTable('guardian_pupil')
      .set({
        information_restricted: input.restricted,
        information_restricted_reason: input.restricted ? reason : null,
        information_restricted_at: input.restricted ? now : null,
        information_restricted_by: input.restricted ? actor.userId : null,
        information_restricted_source: input.restricted ? 'school' : null,
        version: sql<number>`version + 1`,
      })
      .where('pupil_id', '=', place.pupilId)
      .where('guardian_id', '=', input.guardianId)
      .returning('version')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, now, [
      {
        action: 'pupil.guardian-restriction.set',
        pupilId: place.pupilId,
        details: {
          guardianId: input.guardianId,
          restricted: input.restricted,
          ...(input.restricted ? { reason } : {}),
        },
      },
    ]);
    return { guardianId: input.guardianId, restricted: input.restricted, version: updated.version };
  });
}
