import type { Me, RoleAssignment, RoleName } from './api';

// What the home page shows for whom. Pure, so the decisions are tested without a browser.

/** Roles of the interdisciplinary services: they see a pupil only when consent exists. */
export const SERVICE_ROLES = ['helsesykepleier', 'ppt', 'barnevern', 'bup', 'kommunepsykolog'] as const satisfies readonly RoleName[];

/** Keys under `roleInfo` in the resource files. */
export type RoleInfoKey = Exclude<RoleName, (typeof SERVICE_ROLES)[number]> | 'service';

export type HomePlan = {
  /** School staff: load /api/classes and list the classes. */
  showClasses: boolean;
  /** Contact teachers get "Mine klasser" (even when empty, so they learn why). */
  showMyClasses: boolean;
  /** Guardians: load /api/my-children. */
  showChildren: boolean;
  /** One explanation per kind of role, in the order the roles came, without duplicates. */
  info: RoleInfoKey[];
};

function infoKey(role: RoleName): RoleInfoKey {
  return (SERVICE_ROLES as readonly RoleName[]).includes(role) ? 'service' : (role as RoleInfoKey);
}

export function homePlan(me: Pick<Me, 'kind' | 'roles'>): HomePlan {
  const roles = me.roles.map((r) => r.role);
  const info = [...new Set(roles.map(infoKey))];
  // Service users may have been registered without a role row yet; they still need the consent note.
  if (me.kind === 'service' && !info.includes('service')) info.push('service');
  return {
    showClasses: me.kind === 'staff',
    showMyClasses: me.kind === 'staff' && roles.includes('kontaktlaerer'),
    showChildren: me.kind === 'guardian' || roles.includes('foresatt'),
    info,
  };
}

export type RoleDescription =
  | { key: 'class'; role: RoleName; className: string; schoolName: string }
  | { key: 'subject'; role: RoleName; subject: string; schoolName: string }
  | { key: 'school'; role: RoleName; schoolName: string }
  | { key: 'plain'; role: RoleName };

/** Which sentence describes a role assignment ("Kontaktlærer for 10A, Nordvik skole"). */
export function describeRole(assignment: RoleAssignment): RoleDescription {
  const { role, className, schoolName, subject } = assignment;
  if (className && schoolName) return { key: 'class', role, className, schoolName };
  if (subject && schoolName) return { key: 'subject', role, subject, schoolName };
  if (schoolName) return { key: 'school', role, schoolName };
  return { key: 'plain', role };
}
