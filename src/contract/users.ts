import { z } from 'zod';
import { ASSIGNABLE_ROLES, ROLES, SERVICE_KINDS, USER_KINDS } from './enums';
import { idParam } from './common';

const kind = z.enum(USER_KINDS);

/** A role to give, and where: a school (and class), a service unit, or the whole kommune (decision 111). */
export const roleInput = z.object({
  role: z.enum(ASSIGNABLE_ROLES),
  schoolId: idParam.nullish(),
  classId: idParam.nullish(),
  subject: z.string().max(100).nullish(),
  serviceUnitId: idParam.nullish(),
});
export type RoleInput = z.input<typeof roleInput>;

export const passwordLink = z.object({
  id: z.string(),
  username: z.string(),
  link: z.object({ url: z.string().describe('Engangslenken: vises bare i dette svaret'), expiresAt: z.string() }),
});
export type PasswordLink = z.infer<typeof passwordLink>;

/** A role an account holds, and where. */
export const accountRole = z.object({
  role: z.enum(ROLES),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  serviceUnitId: z.string().nullable(),
  classId: z.string().nullable(),
  className: z.string().nullable(),
  serviceName: z.string().nullable(),
  subject: z.string().nullable(),
});
export type AccountRole = z.infer<typeof accountRole>;

/** An account as «Brukere» lists it. */
export const account = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  kind,
  roles: z.array(accountRole),
  lastLoginAt: z.string().nullable(),
  disabledAt: z.string().nullable(),
  passwordSet: z.boolean(),
  secondFactorSet: z.boolean(),
  version: z.number().int(),
});
export type Account = z.infer<typeof account>;

// GET /api/users
export const listAccountsQuery = z.object({ q: z.string().max(200).optional(), kind: kind.optional() });
export type ListAccountsQuery = z.infer<typeof listAccountsQuery>;
export const listAccountsResponse = z.object({
  total: z.number().int(),
  administeredSchools: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Whether the reader administers the whole kommune: gives the owner's and the services' roles too. */
  kommuneAdmin: z.boolean(),
  /** The kommune's service units, for the service roles (empty unless `kommuneAdmin`). */
  serviceUnits: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(SERVICE_KINDS) })),
  accounts: z.array(account),
});
export type ListAccountsResponse = z.infer<typeof listAccountsResponse>;

// POST /api/users
export const addStaffAccountBody = z.object({
  username: z.string().min(1).max(100),
  displayName: z.string().min(1).max(200),
  roles: z.array(roleInput).max(50),
});
export type AddStaffAccountBody = z.input<typeof addStaffAccountBody>;
export const addStaffAccountResponse = passwordLink;
export type AddStaffAccountResponse = z.infer<typeof addStaffAccountResponse>;

// PUT /api/users/:userId/roles
export const changeAccountRolesParams = z.object({ userId: idParam });
export type ChangeAccountRolesParams = z.input<typeof changeAccountRolesParams>;
export const changeAccountRolesBody = z.object({ version: z.number().int(), roles: z.array(roleInput).max(50) });
export type ChangeAccountRolesBody = z.input<typeof changeAccountRolesBody>;
export const changeAccountRolesResponse = z.object({ id: z.string(), version: z.number().int() });
export type ChangeAccountRolesResponse = z.infer<typeof changeAccountRolesResponse>;

// POST /api/users/:userId/password-link
export const issuePasswordLinkParams = z.object({ userId: idParam });
export type IssuePasswordLinkParams = z.input<typeof issuePasswordLinkParams>;
export const issuePasswordLinkBody = z.object({}).describe('Tom: lenken lages av serveren');
export type IssuePasswordLinkBody = z.input<typeof issuePasswordLinkBody>;
export const issuePasswordLinkResponse = passwordLink;
export type IssuePasswordLinkResponse = z.infer<typeof issuePasswordLinkResponse>;

// GET /api/users/unused
export const listUnusedAccountsResponse = z.object({
  days: z.number().int(),
  before: z.string(),
  users: z.array(
    z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      kind,
      lastLoginAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type ListUnusedAccountsResponse = z.infer<typeof listUnusedAccountsResponse>;

// PUT /api/users/:userId/disabled
export const setUserDisabledParams = z.object({ userId: idParam });
export type SetUserDisabledParams = z.input<typeof setUserDisabledParams>;
export const setUserDisabledBody = z.object({ disabled: z.boolean() });
export type SetUserDisabledBody = z.input<typeof setUserDisabledBody>;
export const setUserDisabledResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  disabledAt: z.string().nullable(),
  sessionsEnded: z.number().int(),
});
export type SetUserDisabledResponse = z.infer<typeof setUserDisabledResponse>;

// DELETE /api/users/:userId/totp
export const resetSecondFactorParams = z.object({ userId: idParam });
export type ResetSecondFactorParams = z.input<typeof resetSecondFactorParams>;
export const resetSecondFactorResponse = z.object({ id: z.string(), sessionsEnded: z.number().int() });
export type ResetSecondFactorResponse = z.infer<typeof resetSecondFactorResponse>;
