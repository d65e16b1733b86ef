// The closed lists that describe an account: the roles it can be assigned, the kind of account, and the
// services a partner works for. The database's table types (src/db/schema.ts) and the API contract
// (src/contract/enums.ts) both take them from here, so there is one list in TypeScript; the migrations'
// CHECK constraints say the same in SQL.

/** The roles of `role_assignment`: school staff, the school owner and the services' partners. */
export const ASSIGNED_ROLES = [
  'kontaktlaerer',
  'faglaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
  'skoleeier',
  'helsesykepleier',
  'ppt',
  'barnevern',
  'bup',
  'kommunepsykolog',
  // Avdelingsdirektør for skole (kommunalsjef): receives the written notices at levels 2–3 and sees only
  // those notices (decision 123).
  'avdelingsdirektor',
] as const;
export type AssignedRole = (typeof ASSIGNED_ROLES)[number];

/**
 * Every role an account can hold: the assigned ones, «foresatt», which a guardian's account is by its kind,
 * and «elev», which a pupil's own account is by its kind (issue 21, decision 184).
 */
export const ROLES = [...ASSIGNED_ROLES, 'foresatt', 'elev'] as const;
export type Role = (typeof ROLES)[number];

export const USER_KINDS = ['staff', 'municipal', 'service', 'guardian', 'pupil'] as const;
export type UserKind = (typeof USER_KINDS)[number];

export const PROTECTED_ADDRESSES = ['none', 'fortrolig', 'strengt_fortrolig'] as const;
export type ProtectedAddress = (typeof PROTECTED_ADDRESSES)[number];

/** The services a partner works for, and a restricted note in the contact log can be kept for (db `service_kind`). */
export const SERVICE_KINDS = ['helsestasjon', 'ppt', 'barneverntjeneste', 'bup', 'kommunepsykolog'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
