// Log in with username and password. The user is found before any kommune is known through the
// login-only setting that shows exactly one user row; everything after runs in the user's kommune.
import type { Db } from '../../db/create-db';
import { AppError } from '../errors';
import { verifyAgainstDummy, verifyPassword } from '../auth/password';
import { createSession, endSession, enterKommune } from '../auth/sessions';
import type { Actor } from '../actor';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

const wrongCredentials = () => new AppError('unauthenticated', 'Feil brukernavn eller passord.');

export type LogInInput = { username: string; password: string };
export type LogInDeps = { db: Db; now: Date; mode: 'demo' | 'production'; previous: Actor | null };

export async function logIn({ db, now, mode, previous }: LogInDeps, input: LogInInput): Promise<{ token: string; userId: string; kommuneId: string }> {
  const username = input.username.trim().toLowerCase();
  // A new session id at every login: whatever session the browser had is ended first.
  if (previous) await endSession(db, previous, now);
  const outcome = await db.withContext({ loginUsername: username }, async (tx) => {
    const user = await tx.selectFrom('app_user').selectAll().executeTakeFirst();
    if (!user || !user.password_hash || user.disabled_at) {
      await verifyAgainstDummy(input.password);
      return { error: wrongCredentials() };
    }
    if (user.is_demo && mode === 'production') {
      return { error: new AppError('forbidden', 'Demobrukere kan ikke logge inn når Nærvær kjører i produksjonsmodus.') };
    }
    if (user.locked_until && new Date(user.locked_until) > now) {
      return { error: lockedError(new Date(user.locked_until), now) };
    }
    if (!(await verifyPassword(user.password_hash, input.password))) {
      const failed = user.failed_logins + 1;
      const lock = failed >= MAX_FAILED_LOGINS;
      await tx
        .updateTable('app_user')
        .set({ failed_logins: lock ? 0 : failed, locked_until: lock ? new Date(now.getTime() + LOCKOUT_MS) : null })
        .where('id', '=', user.id)
        .execute();
      return { error: lock ? lockedError(new Date(now.getTime() + LOCKOUT_MS), now) : wrongCredentials() };
    }
    await tx.updateTable('app_user').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    await enterKommune(tx, user.kommune_id, user.id);
    const session = await createSession(tx, user, now);
    return { token: session.token, userId: user.id, kommuneId: user.kommune_id };
  });
  // The failed attempt is counted (committed) before the error is raised.
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError('locked', `Kontoen er midlertidig låst etter for mange mislykkede innloggingsforsøk. Prøv igjen om ${minutes} minutter, eller kontakt skolens administrator.`);
}
