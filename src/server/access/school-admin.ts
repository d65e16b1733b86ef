// Who may see and change a school's settings (skolerute, rule profile, ladder): the leadership sees them,
// only the school's administrator changes them.
import { type Actor } from '../actor';
import { AppError } from '../errors';
import { isLeadership } from '../absence/place';

/** Refuses an actor who may not read (`write` false) or change (`write` true) the school's settings. */
export function requireAdmin(actor: Actor, schoolId: string, write: boolean): void {
  const ok = write
    ? actor.roles.some((r) => r.role === 'administrator' && r.schoolId === schoolId)
    : isLeadership(actor, schoolId);
  if (!ok)
    throw new AppError(
      write ? 'forbidden' : 'not_found',
      write ? 'Bare skolens administrator kan endre skoleruta og regelprofilen.' : 'Fant ikke skolen.',
    );
}
