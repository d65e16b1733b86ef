// Who is asking: the logged-in user with their roles, loaded once per request from the session.
import type { Role, ServiceKind, UserKind } from '../db/schema';

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
};

/** The service each partner role works for: what a consent must cover for the partner to see a case. */
export const PARTNER_SERVICE: Partial<Record<Role, ServiceKind>> = {
  helsesykepleier: 'helsestasjon',
  ppt: 'ppt',
  barnevern: 'barneverntjeneste',
  bup: 'bup',
  kommunepsykolog: 'kommunepsykolog',
};

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
