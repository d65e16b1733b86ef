// The school marks an undring from the health service received, then followed up (decision 196): the
// contact teacher of the pupil's class or the school's leadership. Versioned (stale → 409) and audited; a
// followed-up undring leaves the inbox and the front page, and the helsesykepleier sees that it was.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { classScope, inScope } from '../access/scope';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentConcerns, type ConcernRow } from '../health/health-concerns';
import { updateVersioned } from '../versioned';
import type { Tx } from '../../db/create-db';

/** The undring, if it is about a pupil in the reader's classes or schools; "not found" otherwise. */
export async function concernForStaff(tx: Tx, actor: Actor, concernId: string): Promise<ConcernRow> {
  const row = await tx
    .selectFrom('health_concern as h')
    .selectAll('h')
    .where('h.id', '=', concernId)
    .where(inScope(classScope(actor), 'h.class_id', 'h.school_id'))
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke undringen, eller du har ikke tilgang til den.');
  return row;
}

export async function setHealthConcernStatus(
  db: Db,
  actor: Actor,
  input: { concernId: string; status: 'received' | 'followed-up'; version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const row = await concernForStaff(tx, actor, input.concernId);
    if (row.status === 'followed-up')
      throw new AppError('conflict', 'Undringen er allerede fulgt opp.', { currentVersion: row.version });
    if (input.status === 'received' && row.status === 'received')
      throw new AppError('conflict', 'Undringen er allerede merket som mottatt.', { currentVersion: row.version });
    const values =
      input.status === 'received'
        ? { status: 'received', received_by: actor.userId, received_at: now }
        : {
            status: 'followed-up',
            followed_up_by: actor.userId,
            followed_up_at: now,
            // Followed up without a receipt first: it was received then too.
            ...(row.received_by ? {} : { received_by: actor.userId, received_at: now }),
          };
    await updateVersioned(tx, 'health_concern', row.id, input.version, values);
    await writeAudit(tx, actor, now, [
      {
        action: input.status === 'received' ? 'health-concern.receive' : 'health-concern.follow-up',
        pupilId: row.pupil_id,
        entity: 'health_concern',
        entityId: row.id,
      },
    ]);
    const updated = await concernForStaff(tx, actor, row.id);
    const [concern] = await presentConcerns(tx, actor, [updated]);
    return { concern: concern! };
  });
}
