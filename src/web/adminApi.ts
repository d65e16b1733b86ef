// The administrator's account review (decision 052) and the pupil's privacy rights (decision 054),
// through the same client as the rest of the app (`request`/`send` in api.ts).
import { request, send, type RoleName } from './api';

export type UnusedAccount = {
  id: string;
  username: string;
  displayName: string;
  kind: 'staff' | 'municipal' | 'service' | 'guardian';
  lastLoginAt: string | null;
  createdAt: string;
};
export type UnusedAccounts = { days: number; before: string; users: UnusedAccount[] };
export type DisabledResult = {
  id: string;
  username: string;
  displayName: string;
  disabledAt: string | null;
  sessionsEnded: number;
};
export type TotpResetResult = { id: string; sessionsEnded: number };
export type ErasureResult = {
  erased: Record<string, number>;
  kept: { rule: string; what: string; title: string; why: string; law: string }[];
  statistics: { cases: number };
  message: string;
};
export type PrivacyExportFormat = 'json' | 'pdf';

export const SCHOOL_ROLES = ['kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator'] as const;
export type SchoolRole = (typeof SCHOOL_ROLES)[number];
export type AccountRole = {
  role: RoleName;
  schoolId: string | null;
  schoolName: string | null;
  classId: string | null;
  className: string | null;
  serviceName: string | null;
  subject: string | null;
};
export type Account = {
  id: string;
  username: string;
  displayName: string;
  kind: UnusedAccount['kind'];
  roles: AccountRole[];
  lastLoginAt: string | null;
  disabledAt: string | null;
  passwordSet: boolean;
  secondFactorSet: boolean;
  version: number;
};
export type Accounts = { total: number; accounts: Account[]; administeredSchools: { id: string; name: string }[] };
export type RoleInput = { role: SchoolRole; schoolId: string; classId?: string | null; subject?: string | null };
export type PasswordLink = { id: string; username: string; link: { url: string; expiresAt: string } };

const id = encodeURIComponent;

export const userAdminApi = {
  accounts: (q: string) => request<Accounts>(`/api/users${q.trim() ? `?q=${id(q.trim())}` : ''}`),
  create: (body: { username: string; displayName: string; roles: RoleInput[] }) =>
    request<PasswordLink>('/api/users', { method: 'POST', body }),
  setRoles: (userId: string, version: number, roles: RoleInput[]) =>
    request<{ id: string; version: number }>(`/api/users/${id(userId)}/roles`, {
      method: 'PUT',
      body: { version, roles },
    }),
  passwordLink: (userId: string) =>
    request<PasswordLink>(`/api/users/${id(userId)}/password-link`, { method: 'POST', body: {} }),
  unused: () => request<UnusedAccounts>('/api/users/unused'),
  setDisabled: (userId: string, disabled: boolean) =>
    request<DisabledResult>(`/api/users/${id(userId)}/disabled`, { method: 'PUT', body: { disabled } }),
  resetTotp: (userId: string) => request<TotpResetResult>(`/api/users/${id(userId)}/totp`, { method: 'DELETE' }),
};

export const privacyApi = {
  /** The art. 15 export as a file, under the server's own file name when it gives one. */
  async exportData(pupilId: string, format: PrivacyExportFormat): Promise<{ file: Blob; fileName: string | null }> {
    const accept = format === 'pdf' ? 'application/pdf' : 'application/json';
    const response = await send(`/api/pupils/${id(pupilId)}/privacy-export?format=${format}`, 'GET', false, accept);
    const disposition = response.headers.get('content-disposition') ?? '';
    return { file: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
  },
  eraseCaseData: (pupilId: string) =>
    request<ErasureResult>(`/api/pupils/${id(pupilId)}/case-data`, { method: 'DELETE' }),
};
