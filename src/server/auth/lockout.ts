// Lock-out after repeated failed logins: wrong passwords and wrong one-time codes count alike, and a
// username that does not exist (or belongs to a disabled account) locks the same way, in memory, so
// the answers never tell whether an account exists.
import { AppError } from '../errors';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError('locked', `Kontoen er midlertidig låst etter for mange mislykkede innloggingsforsøk. Prøv igjen om ${minutes} minutter, eller kontakt skolens administrator.`);
}

/** The account's counters after one more failure: locked once the limit is reached. */
export function afterFailure(failedLogins: number, now: Date): { failed_logins: number; locked_until: Date | null } {
  const failed = failedLogins + 1;
  return failed >= MAX_FAILED_LOGINS ? { failed_logins: 0, locked_until: new Date(now.getTime() + LOCKOUT_MS) } : { failed_logins: failed, locked_until: null };
}

/** Failures for usernames without a usable account, kept like an account's own counters. */
export class PhantomLockout {
  private readonly entries = new Map<string, { failed: number; lockedUntil: Date | null }>();

  /** The lock-out time if this username is locked now. */
  lockedUntil(username: string, now: Date): Date | null {
    const until = this.entries.get(username)?.lockedUntil;
    return until && until > now ? until : null;
  }

  /** Counts one failure; returns the lock-out time if this failure locked the name. */
  fail(username: string, now: Date): Date | null {
    const entry = this.entries.get(username);
    const next = afterFailure(entry && !(entry.lockedUntil && entry.lockedUntil <= now) ? entry.failed : 0, now);
    this.entries.set(username, { failed: next.failed_logins, lockedUntil: next.locked_until });
    if (this.entries.size > 10_000) this.prune(now);
    return next.locked_until;
  }

  private prune(now: Date): void {
    for (const [name, entry] of this.entries) if (!entry.lockedUntil || entry.lockedUntil <= now) this.entries.delete(name);
  }
}
