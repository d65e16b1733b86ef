import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { pupilForStaff } from '../absence/place';
import { type ContactInput, insertContact } from '../absence/contacts';

export async function logContact(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: ContactInput & { alertId?: string | null | undefined },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    await pupilForStaff(tx, actor, pupilId);
    if (input.alertId) {
      const a = await tx.selectFrom('alert').select('pupil_id').where('id', '=', input.alertId).executeTakeFirst();
      if (!a || a.pupil_id !== pupilId) throw new AppError('validation', 'Varselet hører ikke til denne eleven.');
    }
    return insertContact(tx, actor, pupilId, input.alertId ?? null, input, now);
  });
}
