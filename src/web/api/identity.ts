// «Innloggingstjenester» (src/server/routes/identity.ts, decision 098): the kommune's identity providers
// and password log-in.
import type {
  AddIdentityProviderBody,
  ChangeIdentityProviderBody,
  ListIdentityProvidersResponse,
  SaveIdentityProviderResponse,
  SetPasswordLoginResponse,
} from '../../contract';
import { id, request } from './client';

export type { IdentityProvider, ListIdentityProvidersResponse, AddIdentityProviderBody } from '../../contract';
export { OIDC_CLIENT_AUTHS, OIDC_PROVIDER_KINDS, ROLES, type OidcProviderKind, type Role } from '../../contract/enums';
export { PROVIDER_DEFAULTS } from '../../contract/oidc';

export const identityApi = {
  list: () => request<ListIdentityProvidersResponse>('/api/identity/providers'),
  add: (body: AddIdentityProviderBody) =>
    request<SaveIdentityProviderResponse>('/api/identity/providers', { method: 'POST', body }),
  change: (providerId: string, body: ChangeIdentityProviderBody) =>
    request<SaveIdentityProviderResponse>(`/api/identity/providers/${id(providerId)}`, { method: 'PUT', body }),
  remove: (providerId: string) => request<void>(`/api/identity/providers/${id(providerId)}`, { method: 'DELETE' }),
  setPasswordLogin: (on: boolean) =>
    request<SetPasswordLoginResponse>('/api/identity/password-login', { method: 'PUT', body: { on } }),
};
