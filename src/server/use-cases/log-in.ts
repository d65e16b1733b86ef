// Log in with username and password, the first of two steps for everyone who sees case data. The
// user is found before any kommune is known through the login-only setting that shows exactly one
// user row; everything after runs in the user's kommune.
//
// Guessing is bounded however many attempts run at once (decision 052): the failure is counted by one
// SQL statement that also checks the lock, and success is granted only if the account is not locked at
// that moment, so a burst of wrong passwords gets at most MAX_FAILED_LOGINS verdicts and every answer
// after the lock is «locked», right password or not. A known name and an unknown one cost the same hash
// work; a locked one is answered without any.
import type { Db } from '../../db/create-db';
import type { UserKind } from '../../db/schema';
import { AppError } from '../errors';
import { hashPassword, passwordCost, verifyAgainstDummy, verifyPassword, weakerThan } from '../auth/password';
import { createSession, endSession, enterKommune } from '../auth/sessions';
import { countFailure, currentLock, lockedError, notLocked, type PhantomLockout } from '../auth/lockout';
import { generateTotpSecret, otpauthUri } from '../auth/totp';

export { MAX_FAILED_LOGINS, LOCKOUT_MS } from '../auth/lockout';

const wrongCredentials = () => new AppError('unauthenticated', 'Feil brukernavn eller passord.');

/**
 * Everyone but guardians logs in with a one-time code as well (guardians will log in through
 * ID-porten instead). Demo accounts skip it in demo mode only; production refuses them anyway.
 */
export function requiresSecondFactor(user: { kind: UserKind; is_demo: boolean }, mode: 'demo' | 'production'): boolean {
  // Guardians and pupils see only their own (a pupil: what they wrote and the plan's words for them, decision 184).
  return user.kind !== 'guardian' && user.kind !== 'pupil' && !(user.is_demo && mode === 'demo');
}

export type SecondFactorChallenge = { kind: 'totp' } | { kind: 'enrol'; secret: string; otpauthUri: string };
export type LogInInput = { username: string; password: string };
export type LogInDeps = {
  db: Db;
  now: Date;
  mode: 'demo' | 'production';
  /** The session the browser had (complete or awaiting its second step); it is ended first. */
  previous: { kommuneId: string; userId: string; sessionId: string } | null;
  phantoms: PhantomLockout;
  /** Live sessions a user may have at once (the oldest beyond are ended). */
  maxSessions: number;
};
export type LogInResult = { token: string; secondFactor: SecondFactorChallenge | null };

export async function logIn(
  { db, now, mode, previous, phantoms, maxSessions }: LogInDeps,
  input: LogInInput,
): Promise<LogInResult> {
  const username = input.username.trim().toLowerCase();
  const cost = passwordCost(mode);
  // A new session id at every login: whatever session the browser had is ended first.
  if (previous) await endSession(db, previous, now);
  const outcome = await db.withContext(
    { loginUsername: username },
    async (tx): Promise<LogInResult | { error: AppError }> => {
      const user = await tx.selectFrom('app_user').selectAll().executeTakeFirst();
      if (!user || !user.password_hash || user.disabled_at) {
        // No account to lock: the name is locked in memory the same way, so the answers are the same.
        const phantom = phantoms.fail(username, now);
        if (!phantom.counted) return { error: lockedError(phantom.lockedUntil!, now) };
        await verifyAgainstDummy(input.password, cost);
        return { error: phantom.lockedUntil ? lockedError(phantom.lockedUntil, now) : wrongCredentials() };
      }
      if (user.is_demo && mode === 'production') {
        return {
          error: new AppError('forbidden', 'Demobrukere kan ikke logge inn når Nærvær kjører i produksjonsmodus.'),
        };
      }
      if (user.locked_until && new Date(user.locked_until) > now) {
        return { error: lockedError(new Date(user.locked_until), now) };
      }
      if (!(await verifyPassword(user.password_hash, input.password))) {
        const lock = await countFailure(tx, user.id, now);
        return { error: lock ? lockedError(lock, now) : wrongCredentials() };
      }
      await enterKommune(tx, user.kommune_id, user.id);
      // A kommune that signs in through its identity providers keeps passwords for its emergency admins only.
      const kommune = await tx.selectFrom('kommune').select('password_login').executeTakeFirst();
      if (kommune && !kommune.password_login && !user.emergency_admin) {
        return {
          error: new AppError(
            'forbidden',
            'Kommunen har slått av innlogging med passord. Logg inn med Feide, ID-porten eller HelseID.',
          ),
        };
      }
      // Accounts hashed more cheaply than their mode's cost catch up, so every name costs the same to try.
      const rehash = weakerThan(user.password_hash, cost)
        ? { password_hash: await hashPassword(input.password, cost) }
        : {};
      if (!requiresSecondFactor(user, mode)) {
        const done = await tx
          .updateTable('app_user')
          .set({ failed_logins: 0, locked_until: null, last_login_at: now, ...rehash })
          .where('id', '=', user.id)
          .where(notLocked(now))
          .returning('id')
          .executeTakeFirst();
        // Locked by a parallel failure since the check above: the lock stands, for the right password too.
        if (!done) return { error: lockedError((await currentLock(tx, user.id, now)) ?? now, now) };
        const session = await createSession(tx, user, now, { maxSessions });
        return { token: session.token, secondFactor: null };
      }
      // The failure count is not reset here: only a whole login resets it, so a known password does
      // not buy unlimited guesses at the code.
      const lock = await currentLock(tx, user.id, now);
      if (lock) return { error: lockedError(lock, now) };
      if (rehash.password_hash) await tx.updateTable('app_user').set(rehash).where('id', '=', user.id).execute();
      const enrolSecret = user.totp_secret ? null : generateTotpSecret();
      const session = await createSession(tx, user, now, { maxSessions, secondFactor: { enrolSecret } });
      return {
        token: session.token,
        secondFactor: enrolSecret
          ? { kind: 'enrol', secret: enrolSecret, otpauthUri: otpauthUri(enrolSecret, user.username) }
          : { kind: 'totp' },
      };
    },
  );
  // The failed attempt is counted (committed) before the error is raised.
  if ('error' in outcome) throw outcome.error;
  return outcome;
}
