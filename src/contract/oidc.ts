// Sign-in with OpenID Connect (decision 084). The start and the callback answer with a redirect (303);
// the browser reaches them by navigation, not by fetch.
import { z } from 'zod';
import { OIDC_PROVIDER_KINDS } from './enums';
import { secondFactor } from './auth';

// GET /api/auth/oidc/providers
export const listOidcProvidersResponse = z.array(
  z.object({ slug: z.string(), name: z.string(), kind: z.enum(OIDC_PROVIDER_KINDS) }),
);
export type OidcProviderButton = z.infer<typeof listOidcProvidersResponse>[number];

// GET /api/auth/oidc/:provider/start
export const startOidcLoginParams = z.object({ provider: z.string().min(1).max(40) });

// GET /api/auth/oidc/callback: whatever the provider sends back (code, state, error …), each value bounded.
export const finishOidcLoginQuery = z.record(z.string(), z.string().max(4000));

// GET /api/auth/oidc/second-factor
export const oidcSecondFactorResponse = secondFactor;

// POST /api/auth/oidc/logout
export const oidcLogoutResponse = z.object({ endSessionUrl: z.string().nullable() });
export type OidcLogoutResponse = z.infer<typeof oidcLogoutResponse>;
