// Who is asking: the logged-in user with their roles, loaded once per request from the session.
import type { Role, ServiceKind, UserKind } from '../db/schema';
import { SERVICE_ROLE_UNITS } from '../contract/enums';
import type { Language } from '../domain/language/language';

export type RoleAssignment = {
  role: Role;
  schoolId: string | null;
  classId: string | null;
  serviceUnitId: string | null;
  subject: string | null;
};

export type Actor = {
  userId: string;
  kommuneId: string;
  username: string;
  displayName: string;
  kind: UserKind;
  roles: RoleAssignment[];
  sessionId: string;
  csrfToken: string;
  /** Where the request came from (Fastify's request.ip, behind the configured proxies), for the audit log. */
  clientIp?: string;
  /** The organisation the audit rows name (organisationName), when the session lookup brought it. */
  organisation?: string | null;
  /**
   * The language the user reads (issue 20, decision 176): their choice, a guardian's family language, or
   * the kommune's målform. Absent where no session brought it (the command line): bokmål.
   */
  language?: Language;
  /** Where the actor acts from when it is not the browser: `cli` for the command line (decision 227). Every
   * audit row it writes says so in its details. */
  via?: 'cli';
};

/**
 * The organisation(s) someone acts for, as readable names at the time of the access: the schools and
 * service units of their roles (sorted, comma-separated), the kommune for the school owner, none for
 * guardians and pupils. Names, not ids, so an audit row still says where someone worked after a school is renamed.
 */
export function organisationName(kind: UserKind, names: readonly string[], kommuneName: string | null): string | null {
  if (kind === 'guardian' || kind === 'pupil') return null;
  if (names.length) return [...new Set(names)].sort((a, b) => a.localeCompare(b, 'nb')).join(', ');
  return kommuneName;
}

/** The service each partner role works for: what a consent must cover for the partner to see a case. */
export const PARTNER_SERVICE: Partial<Record<Role, ServiceKind>> = SERVICE_ROLE_UNITS;

/**
 * The service a service partner acts for, or null for everyone else. A service user without a partner
 * role gets 'ingen', which no consent covers: row-level security then shows them no pupil at all.
 */
export function partnerServiceOf(actor: Actor): ServiceKind | 'ingen' | null {
  if (actor.kind !== 'service') return null;
  for (const r of actor.roles) {
    const service = PARTNER_SERVICE[r.role];
    if (service) return service;
  }
  return 'ingen';
}

/** The database context for an actor's transactions (read by row-level security). */
export function contextOf(actor: Actor) {
  return { kommuneId: actor.kommuneId, userId: actor.userId, partnerService: partnerServiceOf(actor) ?? undefined };
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r.role));
}
