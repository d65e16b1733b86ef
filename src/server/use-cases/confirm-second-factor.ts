// The second login step: a six-digit code from the user's authenticator app. At first login the code
// also confirms the secret just offered, which only then becomes the account's. A wrong code counts
// as a failed login (the same lock-out as wrong passwords). Success replaces the waiting session by a
// full one with a new id.
//
// Limits that hold in parallel (decision 052): each code tried is first counted on the waiting session
// by the statement that checks its limit (the session's row stays locked until the attempt is over, so
// the attempts on one session run one after another), a wrong code is counted on the account by the
// statement that checks its lock, and a right code is accepted only by the statement that checks the
// lock and that the code's time step is newer than the last one used.
import type { Db } from '../../db/create-db';
import { AppError } from '../errors';
import { createSession, type PendingSession } from '../auth/sessions';
import { countFailure, currentLock, lockedError, MAX_FAILED_LOGINS, notLocked } from '../auth/lockout';
import { verifyTotp } from '../auth/totp';

/** Codes that may be tried on one waiting session; the account's own limit usually ends it sooner. */
export const MAX_CODES_PER_WAITING_SESSION = MAX_FAILED_LOGINS;

// `retry`: the same waiting session may try another code (every other refusal means starting over).
const wrongCode = () =>
  new AppError('unauthenticated', 'Feil engangskode. Skriv inn koden som vises i autentiseringsappen nå.', {
    retry: true,
  });
const abandoned = () => new AppError('unauthenticated', 'Innloggingen er avbrutt. Logg inn på nytt.');

export async function confirmSecondFactor(
  db: Db,
  pending: PendingSession,
  code: string,
  now: Date,
  maxSessions: number,
): Promise<{ token: string }> {
  const outcome = await db.withContext(
    { kommuneId: pending.kommuneId, userId: pending.userId },
    async (tx): Promise<{ token: string } | { error: AppError }> => {
      const session = await tx
        .updateTable('user_session')
        .set((eb) => ({ totp_attempts: eb('totp_attempts', '+', 1) }))
        .where('id', '=', pending.sessionId)
        .where('ended_at', 'is', null)
        .where('second_factor_pending', '=', true)
        .where('totp_attempts', '<', MAX_CODES_PER_WAITING_SESSION)
        .returning(['id', 'totp_attempts', 'totp_enrol_secret', 'oidc_provider_id', 'oidc_id_token'])
        .executeTakeFirst();
      if (!session) {
        // Ended, or out of tries: this waiting session is over either way.
        await tx
          .updateTable('user_session')
          .set({ ended_at: now, totp_enrol_secret: null, oidc_id_token: null })
          .where('id', '=', pending.sessionId)
          .where('ended_at', 'is', null)
          .execute();
        return { error: abandoned() };
      }
      const user = await tx.selectFrom('app_user').selectAll().where('id', '=', pending.userId).executeTakeFirst();
      if (!user || user.disabled_at) return { error: abandoned() };
      const endWaiting = () =>
        tx
          .updateTable('user_session')
          .set({ ended_at: now, totp_enrol_secret: null, oidc_id_token: null })
          .where('id', '=', session.id)
          .execute();
      if (user.locked_until && new Date(user.locked_until) > now) {
        await endWaiting();
        return { error: lockedError(new Date(user.locked_until), now) };
      }
      const secret = user.totp_secret ?? session.totp_enrol_secret;
      if (!secret) {
        await endWaiting();
        return { error: abandoned() };
      }
      const step = verifyTotp(secret, code.replace(/\s/g, ''), now, user.totp_last_step);
      const accepted =
        step !== null &&
        (await tx
          .updateTable('app_user')
          .set({ totp_secret: secret, totp_last_step: step, failed_logins: 0, locked_until: null, last_login_at: now })
          .where('id', '=', user.id)
          .where(notLocked(now))
          // A code works once, also when the same code arrives on two sessions at the same moment.
          .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
          .returning('id')
          .executeTakeFirst());
      if (!accepted) {
        // Locked meanwhile by a parallel failure: the lock stands, for the right code too.
        const lockedMeanwhile = step !== null ? await currentLock(tx, user.id, now) : null;
        const lock = lockedMeanwhile ?? (await countFailure(tx, user.id, now));
        if (lock) {
          await endWaiting();
          return { error: lockedError(lock, now) };
        }
        if (session.totp_attempts >= MAX_CODES_PER_WAITING_SESSION) {
          await endWaiting();
          return { error: abandoned() };
        }
        return { error: wrongCode() };
      }
      await endWaiting();
      // Signed in through an OpenID provider: the full session keeps it, for the provider's end-session.
      const oidc = { providerId: session.oidc_provider_id, idToken: session.oidc_id_token };
      const full = await createSession(tx, user, now, { maxSessions, oidc });
      return { token: full.token };
    },
  );
  if ('error' in outcome) throw outcome.error;
  return outcome;
}
