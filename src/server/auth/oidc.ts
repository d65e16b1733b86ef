// The OpenID Connect client side of sign-in (decision 084), through openid-client (certified): discovery,
// client authentication, the authorization URL with PKCE, state and nonce, and the code exchange that
// checks the ID token (signature, issuer, audience, nonce, expiry). Nothing here is hand-written protocol.
import * as client from 'openid-client';
import type { OidcClientAuth } from '../../db/schema';
import type { Config } from '../config';
import { AppError } from '../errors';

/** What the client needs of a provider row. */
export type OidcProviderSettings = {
  issuer: string;
  client_id: string;
  client_auth: OidcClientAuth;
  secret_ref: string;
};

/** Why a sign-in was refused: each code has a Norwegian text under `oidc.errors` on the login page. */
export type OidcRefusalCode =
  | 'state'
  | 'replay'
  | 'expired-login'
  | 'nonce'
  | 'issuer'
  | 'audience'
  | 'expired-token'
  | 'provider'
  | 'cancelled'
  | 'unknown-user'
  | 'role'
  | 'disabled'
  | 'misconfigured';

/** A refusal of a sign-in, with the code the login page shows a text for. */
export class OidcRefusal extends Error {
  constructor(
    readonly code: OidcRefusalCode,
    /** Extra detail for the audit row and the log (never a national id, never a token). */
    readonly detail?: string,
  ) {
    super(`innlogging avvist: ${code}${detail ? ` (${detail})` : ''}`);
  }
}

/** Plain HTTP only to this machine (a test or a local provider); everything else must be HTTPS. */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

async function clientAuthentication(provider: OidcProviderSettings, config: Config): Promise<client.ClientAuth> {
  const secret = config.oidcSecrets.get(provider.secret_ref);
  if (!secret) throw new OidcRefusal('misconfigured', `miljøvariabelen ${provider.secret_ref} er ikke satt`);
  switch (provider.client_auth) {
    case 'client_secret_basic':
      return client.ClientSecretBasic(secret);
    case 'client_secret_post':
      return client.ClientSecretPost(secret);
    case 'private_key_jwt':
      return client.PrivateKeyJwt(await importPrivateJwk(secret, provider.secret_ref));
  }
}

/** A private key given as a JWK (HelseID's self-service hands one out): RSA signs RS256 (or its `alg`), EC P-256 ES256. */
async function importPrivateJwk(text: string, name: string): Promise<{ key: CryptoKey; kid?: string }> {
  let jwk: JsonWebKey & { kid?: string; alg?: string };
  try {
    jwk = JSON.parse(text) as typeof jwk;
  } catch {
    throw new OidcRefusal('misconfigured', `${name} er ikke en JWK (JSON)`);
  }
  const algorithm =
    jwk.kty === 'EC'
      ? { name: 'ECDSA', namedCurve: jwk.crv ?? 'P-256' }
      : jwk.alg?.startsWith('PS')
        ? { name: 'RSA-PSS', hash: `SHA-${jwk.alg.slice(2)}` }
        : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const key = await crypto.subtle.importKey('jwk', jwk, algorithm, false, ['sign']);
  return jwk.kid ? { key, kid: jwk.kid } : { key };
}

/**
 * The provider's configuration, discovered from its issuer. `clockSkewSeconds` is how far Nærvær's wall
 * clock is from this process's (0 in production): the ID token's expiry is judged on Nærvær's clock.
 */
export async function discover(
  provider: OidcProviderSettings,
  config: Config,
  clockSkewSeconds: number,
): Promise<client.Configuration> {
  const issuer = new URL(provider.issuer);
  const auth = await clientAuthentication(provider, config);
  try {
    return await client.discovery(
      issuer,
      provider.client_id,
      { [client.clockSkew]: clockSkewSeconds },
      auth,
      isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    );
  } catch (error) {
    throw new OidcRefusal(
      errorCode(error) === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED' ? 'issuer' : 'provider',
      `oppdagelse feilet: ${describe(error)}`,
    );
  }
}

export type AuthorizationRequest = { url: URL; state: string; nonce: string; codeVerifier: string };

/** The URL the browser is sent to, with a fresh state, nonce and PKCE verifier (S256). */
export async function authorizationRequest(
  configuration: client.Configuration,
  redirectUri: string,
  scopes: string,
): Promise<AuthorizationRequest> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: scopes,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, state, nonce, codeVerifier };
}

export type SignedIn = { claims: Record<string, unknown>; idToken: string | undefined };

/**
 * Exchanges the code of the callback URL; openid-client checks state, PKCE and the ID token (signature,
 * issuer, audience, nonce, expiry). The claims are the ID token's, with the UserInfo answer's added for
 * a claim the ID token lacks (Feide gives eduPersonPrincipalName there too).
 */
export async function exchangeCode(
  configuration: client.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<SignedIn> {
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    throw new OidcRefusal(refusalOf(error), describe(error));
  }
  const idClaims = tokens.claims();
  if (!idClaims) throw new OidcRefusal('provider', 'ingen ID-token');
  let claims: Record<string, unknown> = { ...idClaims };
  if (tokens.access_token && configuration.serverMetadata().userinfo_endpoint) {
    try {
      const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      claims = { ...info, ...idClaims };
    } catch {
      // The ID token alone may name the person; if it does not, the matching says so.
    }
  }
  return { claims, idToken: tokens.id_token };
}

/** The provider's end-session URL for this ID token, or null if it has none. */
export function endSessionUrl(
  configuration: client.Configuration,
  idToken: string | null,
  postLogoutRedirectUri: string,
): string | null {
  if (!configuration.serverMetadata().end_session_endpoint) return null;
  return client
    .buildEndSessionUrl(configuration, {
      post_logout_redirect_uri: postLogoutRedirectUri,
      ...(idToken ? { id_token_hint: idToken } : {}),
    })
    .toString();
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function describe(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; error?: unknown };
  return [e?.code, e?.error, e?.message].filter((x) => typeof x === 'string').join(' ');
}

/** Which check failed, from openid-client's (oauth4webapi's) error codes and the claim they name. */
function refusalOf(error: unknown): OidcRefusalCode {
  if (error instanceof client.AuthorizationResponseError)
    return error.error === 'access_denied' ? 'cancelled' : 'provider';
  const code = errorCode(error);
  // openid-client wraps oauth4webapi's error, whose own cause names the claim (or attribute) it compared.
  let named: unknown;
  for (let e: unknown = error, depth = 0; e && depth < 4 && named === undefined; depth++) {
    const c = e as { claim?: unknown; attribute?: unknown; parameter?: unknown; cause?: unknown };
    named = c.claim ?? c.attribute ?? c.parameter;
    e = c.cause;
  }
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return 'expired-token';
  if (named === 'iss') return 'issuer';
  if (named === 'aud' || named === 'azp') return 'audience';
  if (named === 'nonce') return 'nonce';
  if (named === 'state') return 'state';
  return 'provider';
}

/** An unexpected failure, as an AppError for the HTTP edge (a refusal is handled by the route). */
export function asAppError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('internal', 'Innloggingen kunne ikke fullføres.');
}
