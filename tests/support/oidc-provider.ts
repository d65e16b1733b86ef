// A real OpenID Provider (the certified `oidc-provider`) on 127.0.0.1 for the sign-in tests: configured
// like Feide (eduPersonPrincipalName), like ID-porten (pid, acr) or like HelseID (private_key_jwt). The
// person signs in at its interaction page: the `login_hint` the test adds picks the account at once, a
// browser without one gets a small form. `tamper` re-signs the ID token the token endpoint answers with
// (with the provider's own key) to forge a bad one: wrong issuer, wrong audience.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import Provider, { type ClientMetadata } from 'oidc-provider';

export type TestAccount = { claims: Record<string, unknown>; acr?: string; amr?: string[] };

export type TestProviderOptions = {
  accounts: Record<string, TestAccount>;
  clients: ClientMetadata[];
  /** Scope → claims it releases (openid → sub is always there). */
  claims: Record<string, string[]>;
  acrValues?: string[];
  idTokenTtlSeconds?: number;
};

export type TestProvider = {
  issuer: string;
  provider: Provider;
  /** Changes the claims of the next ID tokens (re-signed with the provider's key); null stops it. */
  tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  close(): Promise<void>;
};

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingJwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-signing', alg: 'RS256', use: 'sig' };
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server: Server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: options.clients,
    jwks: { keys: [signingJwk] },
    claims: { openid: ['sub', 'acr', 'amr'], ...options.claims },
    scopes: ['openid', ...Object.keys(options.claims)],
    acrValues: options.acrValues ?? [],
    // The scope's claims in the ID token itself, as ID-porten and Feide's userid-feide give them.
    conformIdTokenClaims: false,
    cookies: { keys: ['test-cookie-key-test-cookie-key'] },
    ttl: { IdToken: options.idTokenTtlSeconds ?? 3600 },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const account = options.accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account.claims }) };
    },
    // First-party clients: the grant is given without a consent page.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope(['openid', ...Object.keys(options.claims)].join(' '));
      await grant.save();
      return grant;
    },
  });

  const result: TestProvider = {
    issuer,
    provider,
    tamper: null,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (ctx.path === '/token' && result.tamper && body && typeof body.id_token === 'string') {
      const claims = result.tamper({ ...decodeJwt(body.id_token) });
      body.id_token = await new SignJWT(claims as Record<string, unknown>)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-signing' })
        .sign(privateKey);
    }
  });

  const callback = provider.callback();
  handler = (req, res) => {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!match) return void callback(req, res);
    void interaction(provider, options, req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  };
  return result;
}

async function interaction(
  provider: Provider,
  options: TestProviderOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  let login = typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined;
  if (!login && req.method === 'POST') {
    const body = await new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => resolve(text));
    });
    login = new URLSearchParams(body).get('login') ?? undefined;
  }
  if (!login) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="nb"><head><title>Testinnlogging</title></head><body><main><h1>Testinnlogging</h1>` +
        `<form method="post" action="/interaction/${details.uid}"><label for="login">Brukernavn</label>` +
        `<input id="login" name="login" autocomplete="username"><button type="submit">Logg inn</button></form></main></body></html>`,
    );
    return;
  }
  const account = options.accounts[login];
  await provider.interactionFinished(
    req,
    res,
    account
      ? {
          login: {
            accountId: login,
            ...(account.acr ? { acr: account.acr } : {}),
            ...(account.amr ? { amr: account.amr } : {}),
          },
        }
      : { error: 'access_denied', error_description: 'ukjent testbruker' },
    { mergeWithLastSubmission: false },
  );
}

/**
 * Follows a browser through the provider: the authorization URL (with `login_hint` naming the account),
 * the interaction, back to the redirect URI. Returns the callback URL the provider sends the browser to.
 */
export async function signInAtProvider(authorizationUrl: string, account: string, redirectUri: string) {
  const url = new URL(authorizationUrl);
  url.searchParams.set('login_hint', account);
  const jar = new Map<string, string>();
  let next = url.toString();
  for (let hop = 0; hop < 10; hop++) {
    if (next.startsWith(redirectUri)) return new URL(next);
    const res = await fetch(next, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`Tjenesten svarte ${res.status} uten videresending: ${await res.text()}`);
    next = new URL(location, next).toString();
  }
  throw new Error('For mange videresendinger hos tjenesten');
}

/** Feide's claim with the username (eduPersonPrincipalName), from scope `userid-feide`. */
export const FEIDE_CLAIM = 'https://n.feide.no/claims/eduPersonPrincipalName';

/** One confidential client of Nærvær's at a test provider: the secret, the callback it may return to. */
export function naervaerClient(redirectUri: string, secret: string, clientId = 'naervaer'): ClientMetadata {
  return {
    client_id: clientId,
    client_secret: secret,
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: [redirectUri.replace(/\/api\/auth\/oidc\/callback$/, '/logg-inn')],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  };
}

/**
 * A provider configured like Feide: the login name (the account's key here) signs in as the Feide user
 * whose eduPersonPrincipalName is the value; with MFA (amr `mfa`), which the kommune counts as strong.
 */
export function startFeideLike(client: ClientMetadata, users: Record<string, string>): Promise<TestProvider> {
  return startTestProvider({
    clients: [client],
    claims: { 'userid-feide': [FEIDE_CLAIM] },
    accounts: Object.fromEntries(
      Object.entries(users).map(([login, eppn]) => [login, { claims: { [FEIDE_CLAIM]: eppn }, amr: ['pwd', 'mfa'] }]),
    ),
  });
}

/** A provider configured like ID-porten: the login name signs in as the person with this national id (pid), at level substantial. */
export function startIdportenLike(client: ClientMetadata, people: Record<string, string>): Promise<TestProvider> {
  return startTestProvider({
    clients: [client],
    claims: { profile: ['pid'] },
    acrValues: ['idporten-loa-substantial', 'idporten-loa-high'],
    accounts: Object.fromEntries(
      Object.entries(people).map(([login, pid]) => [login, { claims: { pid }, acr: 'idporten-loa-substantial' }]),
    ),
  });
}
