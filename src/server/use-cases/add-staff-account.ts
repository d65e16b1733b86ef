// «Ny bruker» on the «Brukere» screen (issue 16 item 3): an administrator makes a staff account with
// school roles at their own schools; the kommune-wide administrator also the school owner's and the
// services' accounts (decision 111), whose kind follows from their roles. Like `naervaer user create`, the account has no password: the
// administrator gets the one-time link to hand over (shown once), and the person enrols the second factor
// at the first log-in. Audited.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { checkDisplayName, checkUsername, insertAccount } from '../installation/accounts';
import type { PasswordSetupLink } from '../installation/password-setup';
import { checkRoles, kindOf, type RoleInput } from '../installation/staff-roles';

export type AddStaffInput = { username: string; displayName: string; roles: RoleInput[] };

export async function addStaffAccount(
  db: Db,
  actor: Actor,
  input: AddStaffInput,
  now: Date,
  publicUrl: string,
): Promise<{ id: string; username: string; link: PasswordSetupLink }> {
  const username = checkUsername(input.username);
  const displayName = checkDisplayName(input.displayName);
  if (input.roles.length === 0)
    throw new AppError('validation', 'Gi brukeren minst én rolle.', {
      fields: [{ field: 'roles', message: 'minst én rolle' }],
    });
  return db.withContext(contextOf(actor), async (tx) => {
    const roles = await checkRoles(tx, actor, input.roles);
    const { id, link } = await insertAccount(
      tx,
      actor.kommuneId,
      { username, displayName, kind: kindOf(roles) },
      roles,
      now,
      publicUrl,
    );
    await writeAudit(tx, actor, now, [
      { action: 'user.create', entity: 'app_user', entityId: id, details: { roles: roles.map((r) => r.role) } },
    ]);
    return { id, username, link };
  });
}
