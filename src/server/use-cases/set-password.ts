// Setting one's own password through a one-time link (decision 080). The link names the account and
// carries a token; the account is found through the login-only setting, then everything runs in its
// kommune. A wrong, used or expired token and an unknown name get the same answer, before any hashing.
import type { Db } from '../../db/create-db';
import { AppError } from '../errors';
import { hashPassword, passwordCost } from '../auth/password';
import { enterKommune, hashToken } from '../auth/sessions';
import { writeOperatorAudit } from '../installation/operator-audit';

export const MIN_PASSWORD_LENGTH = 12;

/** Why a new password is refused, or null. Length over rules (NSM's advice: a long passphrase). */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn. Tips: bruk tre–fire ord med mellomrom.`;
  if (password.length > 200) return 'Passordet kan ha høyst 200 tegn.';
  if (new Set(password).size < 5) return 'Passordet har for få forskjellige tegn.';
  const name = username.toLowerCase();
  if (password.toLowerCase().includes(name) || name.includes(password.toLowerCase()))
    return 'Passordet kan ikke inneholde brukernavnet.';
  return null;
}

const invalidLink = () =>
  new AppError(
    'unauthenticated',
    'Lenken er ugyldig, allerede brukt eller utløpt. Be den som laget kontoen din om en ny lenke.',
  );

export type SetPasswordInput = { username: string; token: string; password: string };

export async function setPassword(
  db: Db,
  mode: 'demo' | 'production',
  input: SetPasswordInput,
  now: Date,
): Promise<{ username: string }> {
  const username = input.username.trim().toLowerCase();
  return db.withContext({ loginUsername: username }, async (tx) => {
    const user = await tx
      .selectFrom('app_user')
      .select(['id', 'kommune_id', 'username', 'disabled_at', 'is_demo'])
      .executeTakeFirst();
    if (!user || user.disabled_at || user.is_demo) throw invalidLink();
    await enterKommune(tx, user.kommune_id, user.id);
    const setup = await tx
      .selectFrom('password_setup')
      .select(['id', 'expires_at'])
      .where('user_id', '=', user.id)
      .where('token_hash', '=', hashToken(input.token))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (!setup || new Date(setup.expires_at) <= now) throw invalidLink();
    const problem = passwordProblem(input.password, user.username);
    if (problem) throw new AppError('validation', problem, { fields: [{ field: 'password', message: problem }] });
    const used = await tx
      .updateTable('password_setup')
      .set({ used_at: now })
      .where('id', '=', setup.id)
      .where('used_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!used) throw invalidLink(); // the same link posted twice at once: one wins
    const password_hash = await hashPassword(input.password, passwordCost(mode));
    await tx
      .updateTable('app_user')
      .set({ password_hash, failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await tx
      .updateTable('user_session')
      .set({ ended_at: now })
      .where('user_id', '=', user.id)
      .where('ended_at', 'is', null)
      .execute();
    const roles = await tx.selectFrom('role_assignment').select('role').where('user_id', '=', user.id).execute();
    const kommune = await tx
      .selectFrom('kommune')
      .select(['id', 'name'])
      .where('id', '=', user.kommune_id)
      .executeTakeFirstOrThrow();
    await writeOperatorAudit(tx, kommune, now, {
      action: 'account.password.set',
      entity: 'app_user',
      entityId: user.id,
      userId: user.id,
      role: [...new Set(roles.map((r) => r.role))].join(',') || 'ingen rolle',
    });
    return { username: user.username };
  });
}
