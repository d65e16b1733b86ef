// The first step of sign-in with an OpenID provider (decision 084): a fresh state, nonce and PKCE
// verifier stored in the provider's kommune (state only as its hash, used once, for ten minutes), and the
// provider's authorization URL for the browser.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import type { Config } from '../config';
import { AppError } from '../errors';
import { authorizationRequest, discover } from '../auth/oidc';
import { providerBySlug, stateHash } from '../auth/oidc-store';

/** How long a sign-in may take at the provider. */
export const OIDC_LOGIN_MS = 10 * 60_000;

export type StartOidcDeps = { db: Db; config: Config; now: Date; clockSkewSeconds: number };

export async function startOidcLogin(
  { db, config, now, clockSkewSeconds }: StartOidcDeps,
  slug: string,
  redirectUri: string,
): Promise<{ url: string; state: string }> {
  const provider = await providerBySlug(db, slug);
  if (!provider || !provider.enabled) throw new AppError('not_found', 'Fant ikke denne innloggingstjenesten.');
  const configuration = await discover(provider, config, clockSkewSeconds);
  const request = await authorizationRequest(configuration, redirectUri, provider.scopes);
  await db.withContext({ kommuneId: provider.kommune_id }, (tx) =>
    tx
      .insertInto('oidc_login')
      .values({
        id: randomUUID(),
        kommune_id: provider.kommune_id,
        provider_id: provider.id,
        state_hash: stateHash(request.state),
        nonce: request.nonce,
        code_verifier: request.codeVerifier,
        created_at: now,
        expires_at: new Date(now.getTime() + OIDC_LOGIN_MS),
      })
      .execute(),
  );
  return { url: request.url.toString(), state: request.state };
}
