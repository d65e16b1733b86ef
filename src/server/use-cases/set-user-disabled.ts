// An administrator disables (or enables again) a user in their kommune. Disabling ends every session
// of the account at once, in the same transaction; the change is audited.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { endUserSessions } from '../auth/sessions';
import { AppError } from '../errors';

export type UserStatus = {
  id: string;
  username: string;
  displayName: string;
  disabledAt: string | null;
  sessionsEnded: number;
};

export async function setUserDisabled(
  db: Db,
  actor: Actor,
  userId: string,
  disabled: boolean,
  now: Date,
): Promise<UserStatus> {
  if (disabled && userId === actor.userId)
    throw new AppError('conflict', 'Du kan ikke deaktivere din egen konto. Be en annen administrator om å gjøre det.');
  return db.withContext(contextOf(actor), async (tx) => {
    // Row-level security limits this to the actor's kommune: another kommune's user is simply not found.
    const user = await tx
      .selectFrom('app_user')
      .select(['id', 'username', 'display_name', 'disabled_at', 'version'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) throw new AppError('not_found', 'Fant ikke brukeren.');
    const disabledAt = disabled ? (user.disabled_at ? new Date(user.disabled_at) : now) : null;
    await tx
      .updateTable('app_user')
      .set({
        disabled_at: disabledAt,
        version: user.version + 1,
        ...(disabled ? {} : { failed_logins: 0, locked_until: null }),
      })
      .where('id', '=', user.id)
      .execute();
    const sessionsEnded = disabled ? await endUserSessions(tx, user.id, now) : 0;
    await writeAudit(tx, actor, now, [
      {
        action: disabled ? 'user.disable' : 'user.enable',
        entity: 'app_user',
        entityId: user.id,
        details: { sessionsEnded },
      },
    ]);
    return {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      disabledAt: disabledAt?.toISOString() ?? null,
      sessionsEnded,
    };
  });
}
