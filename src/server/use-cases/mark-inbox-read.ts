import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';

/** Marks one of the user's own inbox items read (row-level security keeps everyone else's out of reach). */
export async function markInboxRead(db: Db, actor: Actor, itemId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const item = await tx
      .selectFrom('inbox_item')
      .select(['id', 'read_at'])
      .where('id', '=', itemId)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst();
    if (!item) throw new AppError('not_found', 'Fant ikke meldingen.');
    if (!item.read_at) await tx.updateTable('inbox_item').set({ read_at: now }).where('id', '=', itemId).execute();
  });
}
