// Lock-out after repeated failed logins: wrong passwords and wrong one-time codes count alike, and a
// username that does not exist (or belongs to a disabled account) locks the same way, in memory, so
// the answers never tell whether an account exists.
//
// The count is kept by the database in one statement per failure, which also checks the lock
// (decision 052): parallel failures each add one, and none can clear a lock another has set. A
// completed login resets the count only if the account is not locked at that moment, checked in the
// same statement too.
import { sql } from 'kysely';
import type { Tx } from '../../db/create-db';
import { AppError } from '../errors';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError(
    'locked',
    `Kontoen er midlertidig låst etter for mange mislykkede innloggingsforsøk. Prøv igjen om ${minutes} minutter, eller kontakt skolens administrator.`,
  );
}

const lockIn = (lockedUntil: Date | string | null, now: Date): Date | null =>
  lockedUntil && new Date(lockedUntil) > now ? new Date(lockedUntil) : null;

/** The SQL condition "the account is not locked at `now`". */
export const notLocked = (now: Date) => sql<boolean>`(locked_until is null or locked_until <= ${now})`;

/**
 * Counts one failure for an account, atomically: locks it when the count reaches the limit (and starts
 * the count over), leaves a lock that is already there as it is. Returns the lock in force afterwards.
 */
export async function countFailure(tx: Tx, userId: string, now: Date): Promise<Date | null> {
  const until = new Date(now.getTime() + LOCKOUT_MS);
  const row = await tx
    .updateTable('app_user')
    .set({
      failed_logins: sql`case when locked_until > ${now} then failed_logins when failed_logins + 1 >= ${MAX_FAILED_LOGINS} then 0 else failed_logins + 1 end`,
      locked_until: sql`case when locked_until > ${now} then locked_until when failed_logins + 1 >= ${MAX_FAILED_LOGINS} then ${until}::timestamptz else null end`,
    })
    .where('id', '=', userId)
    .returning(['locked_until'])
    .executeTakeFirstOrThrow();
  return lockIn(row.locked_until, now);
}

/** The account's lock, read under the row's lock: a failure being counted meanwhile is waited for, never missed. */
export async function currentLock(tx: Tx, userId: string, now: Date): Promise<Date | null> {
  const row = await tx
    .selectFrom('app_user')
    .select('locked_until')
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return lockIn(row.locked_until, now);
}

/** Failures for usernames without a usable account, kept like an account's own counters. */
export class PhantomLockout {
  private readonly entries = new Map<string, { failed: number; lockedUntil: Date | null }>();

  /**
   * One failed attempt for a name without an account, checked and counted at once (no await between,
   * so a burst cannot pass the check together). `counted` is false when the name was locked already:
   * the attempt is then answered without checking anything, as for a locked account.
   */
  fail(username: string, now: Date): { counted: boolean; lockedUntil: Date | null } {
    const entry = this.entries.get(username);
    if (entry?.lockedUntil && entry.lockedUntil > now) return { counted: false, lockedUntil: entry.lockedUntil };
    const failed = (entry && !entry.lockedUntil ? entry.failed : 0) + 1;
    const next =
      failed >= MAX_FAILED_LOGINS
        ? { failed: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) }
        : { failed, lockedUntil: null };
    this.entries.set(username, next);
    if (this.entries.size > 10_000) this.prune(now);
    return { counted: true, lockedUntil: next.lockedUntil };
  }

  private prune(now: Date): void {
    for (const [name, entry] of this.entries)
      if (!entry.lockedUntil || entry.lockedUntil <= now) this.entries.delete(name);
  }
}
