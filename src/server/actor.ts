// Who is asking: the logged-in user with their roles, loaded once per request from the session.
import type { Role, UserKind } from '../db/schema';

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

/** The database context for an actor's transactions (read by row-level security). */
export function contextOf(actor: Actor) {
  return { kommuneId: actor.kommuneId, userId: actor.userId };
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r.role));
}
