// The administrator's «Brukere» (issue 16 item 3) and account review (decision 052), and the pupil's
// privacy rights (decision 054).
import type {
  Account,
  AccountRole,
  AddStaffAccountBody,
  AddStaffAccountResponse,
  ChangeAccountRolesResponse,
  ErasePupilCaseDataResponse,
  ExportPupilDataQuery,
  IssuePasswordLinkResponse,
  ListAccountsResponse,
  ListUnusedAccountsResponse,
  PasswordLink,
  RoleInput,
  ResetSecondFactorResponse,
  SetUserDisabledResponse,
} from '../../contract';
import { download, id, request } from './client';

export {
  ASSIGNABLE_ROLES,
  type AssignableRole,
  SCHOOL_ROLES,
  type SchoolRole,
  SERVICE_ROLE_UNITS,
  SERVICE_ROLES,
  isOneOf,
} from '../../contract/enums';
export type { Account, AccountRole, PasswordLink, RoleInput };
export type Accounts = ListAccountsResponse;
export type UnusedAccounts = ListUnusedAccountsResponse;
export type UnusedAccount = UnusedAccounts['users'][number];
export type DisabledResult = SetUserDisabledResponse;
export type TotpResetResult = ResetSecondFactorResponse;
export type ErasureResult = ErasePupilCaseDataResponse;
export type PrivacyExportFormat = ExportPupilDataQuery['format'];

export const userAdminApi = {
  accounts: (q: string) => request<ListAccountsResponse>(`/api/users${q.trim() ? `?q=${id(q.trim())}` : ''}`),
  create: (body: AddStaffAccountBody) => request<AddStaffAccountResponse>('/api/users', { method: 'POST', body }),
  setRoles: (userId: string, version: number, roles: RoleInput[]) =>
    request<ChangeAccountRolesResponse>(`/api/users/${id(userId)}/roles`, { method: 'PUT', body: { version, roles } }),
  passwordLink: (userId: string) =>
    request<IssuePasswordLinkResponse>(`/api/users/${id(userId)}/password-link`, { method: 'POST', body: {} }),
  unused: () => request<ListUnusedAccountsResponse>('/api/users/unused'),
  setDisabled: (userId: string, disabled: boolean) =>
    request<SetUserDisabledResponse>(`/api/users/${id(userId)}/disabled`, { method: 'PUT', body: { disabled } }),
  resetTotp: (userId: string) =>
    request<ResetSecondFactorResponse>(`/api/users/${id(userId)}/totp`, { method: 'DELETE' }),
};

export const privacyApi = {
  /** The art. 15 export as a file, under the server's own file name when it gives one. */
  exportData: (pupilId: string, format: PrivacyExportFormat) =>
    download(`/api/pupils/${id(pupilId)}/privacy-export?format=${format}`, {
      accept: format === 'pdf' ? 'application/pdf' : 'application/json',
    }),
  eraseCaseData: (pupilId: string) =>
    request<ErasePupilCaseDataResponse>(`/api/pupils/${id(pupilId)}/case-data`, { method: 'DELETE' }),
};
