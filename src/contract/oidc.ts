// Sign-in with OpenID Connect (decision 084). The start and the callback answer with a redirect (303);
// the browser reaches them by navigation, not by fetch.
import { z } from 'zod';
import { OIDC_CLIENT_AUTHS, OIDC_PROVIDER_KINDS, ROLES } from './enums';
import { secondFactor } from './auth';
import { idParam } from './common';

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

// The kommune's identity providers on the admin screen «Innloggingstjenester» (decision 098), and from the
// command line (`naervaer oidc add`). The secret itself stays in the environment; a provider names the
// variable that holds it, and the screen is told only whether that variable is set on the server.

/** A provider's secret is named by an environment variable of this form. */
export const OIDC_SECRET_NAME = /^NAERVAER_OIDC_[A-Z0-9_]+$/;

/** What each kind of provider starts from; a provider's own settings may change any of it. */
export const PROVIDER_DEFAULTS = {
  feide: {
    scopes: 'openid userid-feide',
    identityClaim: 'https://n.feide.no/claims/eduPersonPrincipalName',
    clientAuth: 'client_secret_basic',
    strongAcr: [] as string[],
    strongAmr: [] as string[],
    // «elev»: pupils signed in by Feide with the account the roster sync made for them (decision 205).
    roles: ['kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator', 'skoleeier', 'elev'],
  },
  idporten: {
    scopes: 'openid profile',
    identityClaim: 'pid',
    clientAuth: 'client_secret_basic',
    strongAcr: ['idporten-loa-substantial', 'idporten-loa-high'],
    strongAmr: [] as string[],
    roles: ['foresatt'],
  },
  helseid: {
    scopes: 'openid profile helseid://scopes/identity/pid helseid://scopes/identity/assurance_level',
    identityClaim: 'helseid://claims/identity/pid',
    clientAuth: 'private_key_jwt',
    strongAcr: [] as string[],
    strongAmr: [] as string[],
    roles: ['helsesykepleier', 'kommunepsykolog'],
  },
} as const satisfies Record<
  (typeof OIDC_PROVIDER_KINDS)[number],
  {
    scopes: string;
    identityClaim: string;
    clientAuth: (typeof OIDC_CLIENT_AUTHS)[number];
    strongAcr: string[];
    strongAmr: string[];
    roles: readonly (typeof ROLES)[number][];
  }
>;

/** A provider as the screen and the command line give it; unset fields take the kind's defaults. */
export const oidcProviderInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'Kortnavnet er 2–40 små bokstaver (a–z), sifre og bindestrek'),
  name: z.string().trim().min(2, 'Navnet må ha minst to tegn').max(100),
  kind: z.enum(OIDC_PROVIDER_KINDS),
  issuer: z
    .string()
    .trim()
    .url('Utstederen må være en URL')
    .refine(
      (u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(u),
      'Utstederen må bruke https (http bare på denne maskinen)',
    ),
  clientId: z.string().trim().min(1, 'Klient-id mangler').max(200),
  clientAuth: z.enum(OIDC_CLIENT_AUTHS).optional(),
  secretRef: z
    .string()
    .trim()
    .regex(OIDC_SECRET_NAME, 'Hemmeligheten oppgis som navnet på en miljøvariabel som begynner med NAERVAER_OIDC_'),
  scopes: z.string().trim().min(6).max(500).optional(),
  identityClaim: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((c) => c !== 'sub', '«sub» kan ikke brukes: den er ulik for hver tjeneste og står ikke i elevregisteret')
    .optional(),
  roles: z.array(z.enum(ROLES)).min(1, 'Velg minst én rolle').optional(),
  strongAcr: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  strongAmr: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  enabled: z.boolean().optional(),
});
export type OidcProviderInput = z.input<typeof oidcProviderInput>;

/** A provider on the screen: its settings, the name of its secret's variable and whether that is set. */
export const identityProvider = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(OIDC_PROVIDER_KINDS),
  issuer: z.string(),
  clientId: z.string(),
  clientAuth: z.enum(OIDC_CLIENT_AUTHS),
  secretRef: z.string().describe('Navnet på miljøvariabelen med hemmeligheten, aldri hemmeligheten selv'),
  secretSet: z.boolean().describe('Om miljøvariabelen er satt på serveren'),
  scopes: z.string(),
  identityClaim: z.string(),
  roles: z.array(z.enum(ROLES)),
  strongAcr: z.array(z.string()),
  strongAmr: z.array(z.string()),
  enabled: z.boolean(),
  version: z.number().int(),
});
export type IdentityProvider = z.infer<typeof identityProvider>;

// GET /api/identity/providers
export const listIdentityProvidersResponse = z.object({
  providers: z.array(identityProvider),
  passwordLogin: z.boolean(),
  emergencyAdmins: z.number().int().describe('Aktive nødadministratorer, som beholder passordinnlogging'),
  callbackUrl: z.string().describe('Adressen tjenesten skal sende brukeren tilbake til (redirect URI)'),
});
export type ListIdentityProvidersResponse = z.infer<typeof listIdentityProvidersResponse>;

// POST /api/identity/providers
export const addIdentityProviderBody = oidcProviderInput;
export type AddIdentityProviderBody = z.input<typeof addIdentityProviderBody>;
export const saveIdentityProviderResponse = z.object({ id: z.string(), version: z.number().int() });
export type SaveIdentityProviderResponse = z.infer<typeof saveIdentityProviderResponse>;

// PUT /api/identity/providers/:providerId
export const identityProviderParams = z.object({ providerId: idParam });
export const changeIdentityProviderBody = oidcProviderInput.extend({ version: z.number().int() });
export type ChangeIdentityProviderBody = z.input<typeof changeIdentityProviderBody>;

// DELETE /api/identity/providers/:providerId (204)

// PUT /api/identity/password-login
export const setPasswordLoginBody = z.object({ on: z.boolean() });
export const setPasswordLoginResponse = z.object({ passwordLogin: z.boolean(), emergencyAdmins: z.number().int() });
export type SetPasswordLoginResponse = z.infer<typeof setPasswordLoginResponse>;
