// Password log-in on or off for a kommune that signs in through its identity providers (decision 084),
// on the admin screen or from the command line, and the emergency admins who keep it either way: the way
// in when the providers fail. Turning it off needs at least one of them.
import type { Db, Tx } from '../../db/create-db';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { writeOperatorAudit } from '../installation/operator-audit';

async function apply(tx: Tx, kommuneId: string, on: boolean): Promise<number> {
  const emergency = await tx
    .selectFrom('app_user')
    .select('id')
    .where('emergency_admin', '=', true)
    .where('disabled_at', 'is', null)
    .execute();
  if (!on && emergency.length === 0)
    throw new AppError(
      'validation',
      'Minst én nødadministrator må beholde passordinnlogging før den slås av for de andre («naervaer oidc emergency-admin»).',
    );
  await tx
    .updateTable('kommune')
    .set((eb) => ({ password_login: on, version: eb('version', '+', 1) }))
    .where('id', '=', kommuneId)
    .execute();
  return emergency.length;
}

/** The admin screen turns password log-in on or off. */
export async function setPasswordLogin(
  db: Db,
  actor: Actor,
  on: boolean,
  now: Date,
): Promise<{ passwordLogin: boolean; emergencyAdmins: number }> {
  return db.withContext({ kommuneId: actor.kommuneId, userId: actor.userId }, async (tx) => {
    const emergencyAdmins = await apply(tx, actor.kommuneId, on);
    await writeAudit(tx, actor, now, [
      { action: 'kommune.password-login.set', entity: 'kommune', entityId: actor.kommuneId, details: { on } },
    ]);
    return { passwordLogin: on, emergencyAdmins };
  });
}

/** `naervaer oidc password-login --on|--off`, as the operator. */
export async function setPasswordLoginAsOperator(
  db: Db,
  kommune: { id: string; name: string },
  on: boolean,
  now: Date,
): Promise<{ emergencyAdmins: number }> {
  return db.withContext({ kommuneId: kommune.id }, async (tx) => {
    const emergencyAdmins = await apply(tx, kommune.id, on);
    await writeOperatorAudit(tx, kommune, now, {
      action: 'kommune.password-login.set',
      entity: 'kommune',
      entityId: kommune.id,
      details: { on },
    });
    return { emergencyAdmins };
  });
}

/** `naervaer oidc emergency-admin --username …`: an administrator who keeps password log-in. */
export async function markEmergencyAdmin(
  db: Db,
  kommune: { id: string; name: string },
  username: string,
  now: Date,
): Promise<void> {
  await db.withContext({ kommuneId: kommune.id }, async (tx) => {
    const user = await tx
      .selectFrom('app_user')
      .select(['id'])
      .where((eb) => eb(eb.fn('lower', ['username']), '=', username.trim().toLowerCase()))
      .executeTakeFirst();
    if (!user) throw new AppError('not_found', `Fant ingen bruker «${username.trim()}» i ${kommune.name}.`);
    const admin = await tx
      .selectFrom('role_assignment')
      .select('id')
      .where('user_id', '=', user.id)
      .where('role', '=', 'administrator')
      .executeTakeFirst();
    if (!admin)
      throw new AppError(
        'validation',
        `«${username.trim()}» er ikke administrator; bare administratorer kan være nødadministrator.`,
      );
    await tx.updateTable('app_user').set({ emergency_admin: true }).where('id', '=', user.id).execute();
    await writeOperatorAudit(tx, kommune, now, {
      action: 'kommune.password-login.set',
      entity: 'app_user',
      entityId: user.id,
      details: { emergencyAdmin: true },
    });
  });
}
