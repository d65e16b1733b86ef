// An Actor for a named user without a session: the command line acts as a real user, so every change
// it makes is attributed and audited like one made in the browser, with `via: 'cli'` in each audit row's
// details (decision 227).
import type { Db } from '../../db/create-db';
import { AppError } from '../errors';
import type { Actor } from '../actor';
import { enterKommune } from './sessions';

export async function actorForUser(db: Db, username: string): Promise<Actor> {
  return db.withContext({ loginUsername: username }, async (tx) => {
    const user = await tx
      .selectFrom('app_user')
      .select(['id', 'kommune_id', 'username', 'display_name', 'kind', 'disabled_at'])
      .executeTakeFirst();
    if (!user || user.disabled_at) throw new AppError('not_found', `Fant ingen aktiv bruker «${username}».`);
    await enterKommune(tx, user.kommune_id, user.id);
    const roles = await tx
      .selectFrom('role_assignment')
      .select(['role', 'school_id as schoolId', 'class_id as classId', 'service_unit_id as serviceUnitId', 'subject'])
      .where('user_id', '=', user.id)
      .execute();
    return {
      userId: user.id,
      kommuneId: user.kommune_id,
      username: user.username,
      displayName: user.display_name,
      kind: user.kind,
      roles,
      sessionId: 'cli',
      csrfToken: '',
      via: 'cli',
    };
  });
}
