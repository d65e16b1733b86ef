// An administrator clears a user's authenticator (a lost or replaced phone): the next login offers a new
// secret to enrol. Every session of the account ends, since whoever held the old device may be logged in.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { endUserSessions } from '../auth/sessions';
import { AppError } from '../errors';

export async function resetSecondFactor(
  db: Db,
  actor: Actor,
  userId: string,
  now: Date,
): Promise<{ id: string; sessionsEnded: number }> {
  return db.withContext(contextOf(actor), async (tx) => {
    const user = await tx.selectFrom('app_user').select(['id', 'version']).where('id', '=', userId).executeTakeFirst();
    if (!user) throw new AppError('not_found', 'Fant ikke brukeren.');
    await tx
      .updateTable('app_user')
      .set({ totp_secret: null, totp_last_step: null, version: user.version + 1 })
      .where('id', '=', user.id)
      .execute();
    const sessionsEnded = await endUserSessions(tx, user.id, now);
    await writeAudit(tx, actor, now, [
      { action: 'user.second-factor.reset', entity: 'app_user', entityId: user.id, details: { sessionsEnded } },
    ]);
    return { id: user.id, sessionsEnded };
  });
}
