// The second login step: a six-digit code from the user's authenticator app. At first login the code
// also confirms the secret just offered, which only then becomes the account's. A wrong code counts
// as a failed login (the same lock-out as wrong passwords). Success replaces the waiting session by a
// full one with a new id.
import type { Db } from '../../db/create-db';
import { AppError } from '../errors';
import { createSession, type PendingSession } from '../auth/sessions';
import { afterFailure, lockedError } from '../auth/lockout';
import { verifyTotp } from '../auth/totp';

// `retry`: the same waiting session may try another code (every other refusal means starting over).
const wrongCode = () => new AppError('unauthenticated', 'Feil engangskode. Skriv inn koden som vises i autentiseringsappen nå.', { retry: true });

export async function confirmSecondFactor(db: Db, pending: PendingSession, code: string, now: Date): Promise<{ token: string }> {
  const outcome = await db.withContext({ kommuneId: pending.kommuneId, userId: pending.userId }, async (tx): Promise<{ token: string } | { error: AppError }> => {
    const session = await tx.selectFrom('user_session').selectAll().where('id', '=', pending.sessionId).where('ended_at', 'is', null).where('second_factor_pending', '=', true).executeTakeFirst();
    const user = await tx.selectFrom('app_user').selectAll().where('id', '=', pending.userId).executeTakeFirst();
    if (!session || !user || user.disabled_at) return { error: new AppError('unauthenticated', 'Innloggingen er avbrutt. Logg inn på nytt.') };
    const endWaiting = () => tx.updateTable('user_session').set({ ended_at: now, totp_enrol_secret: null }).where('id', '=', session.id).execute();
    if (user.locked_until && new Date(user.locked_until) > now) {
      await endWaiting();
      return { error: lockedError(new Date(user.locked_until), now) };
    }
    const secret = user.totp_secret ?? session.totp_enrol_secret;
    if (!secret) {
      await endWaiting();
      return { error: new AppError('unauthenticated', 'Innloggingen er avbrutt. Logg inn på nytt.') };
    }
    const step = verifyTotp(secret, code.replace(/\s/g, ''), now, user.totp_last_step);
    if (step === null) {
      const next = afterFailure(user.failed_logins, now);
      await tx.updateTable('app_user').set(next).where('id', '=', user.id).execute();
      if (next.locked_until) {
        await endWaiting();
        return { error: lockedError(next.locked_until, now) };
      }
      return { error: wrongCode() };
    }
    await tx
      .updateTable('app_user')
      .set({ totp_secret: secret, totp_last_step: step, failed_logins: 0, locked_until: null, last_login_at: now })
      .where('id', '=', user.id)
      .execute();
    await endWaiting();
    const full = await createSession(tx, user, now);
    return { token: full.token };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}
