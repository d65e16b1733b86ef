// The provider sends the browser back with a code (decision 084). The sign-in under way is found by its
// state and used at once (a replayed callback finds it used), the state must be the one this browser
// started with (its cookie), the code is exchanged and the ID token checked by openid-client, and the
// person is matched: Feide and HelseID on the username claim, ID-porten on the keyed hash of `pid` —
// never `sub`, which is pairwise or per client. A strong level asserted by the provider stands in for
// Nærvær's own one-time code; otherwise the roles that see case data pass it as after a password.
// Every refusal leaves an audit row in the kommune it can be traced to, and names nothing of the person.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/create-db';
import type { Config } from '../config';
import { discover, exchangeCode, OidcRefusal, type OidcRefusalCode } from '../auth/oidc';
import { loginByState, writeOidcAudit, type OidcProviderRow } from '../auth/oidc-store';
import { nationalIdHash } from '../auth/national-id-hash';
import { createSession, endSession, enterKommune } from '../auth/sessions';
import { generateTotpSecret, otpauthUri } from '../auth/totp';
import { requiresSecondFactor, type SecondFactorChallenge } from './log-in';

export type FinishOidcDeps = {
  db: Db;
  config: Config;
  now: Date;
  clockSkewSeconds: number;
  maxSessions: number;
  /** The session the browser had; it is ended first (a new session id at every sign-in). */
  previous: { kommuneId: string; userId: string; sessionId: string } | null;
  clientIp: string | null;
};

export type FinishOidcInput = {
  /** The callback URL as the browser called it (query included), on Nærvær's public address. */
  callbackUrl: URL;
  /** The state this browser started with (its short-lived cookie). */
  cookieState: string | undefined;
};

export type FinishOidcResult = { token: string; secondFactor: SecondFactorChallenge | null };

type Matched = { id: string; kommune_id: string; username: string; kind: string; roles: string[] };

export async function finishOidcLogin(deps: FinishOidcDeps, input: FinishOidcInput): Promise<FinishOidcResult> {
  const { db, now, clientIp } = deps;
  const state = input.callbackUrl.searchParams.get('state') ?? undefined;
  const found = state ? await loginByState(db, state) : undefined;
  // A missing or unknown state: the cookie's sign-in, if any, names the kommune the refusal belongs to.
  if (!found) {
    const fromCookie = input.cookieState ? await loginByState(db, input.cookieState) : undefined;
    throw await refuse(deps, fromCookie?.kommune_id, new OidcRefusal('state', state ? 'ukjent' : 'mangler'));
  }
  const kommuneId = found.kommune_id;
  const { login, provider } = await db.withContext({ kommuneId }, async (tx) => {
    // One use: whoever marks it used first has it; a second callback with the same state finds it used.
    const taken = await tx
      .updateTable('oidc_login')
      .set({ used_at: now })
      .where('id', '=', found.id)
      .where('used_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    const providerRow = await tx
      .selectFrom('oidc_provider')
      .selectAll()
      .where('id', '=', found.provider_id)
      .executeTakeFirstOrThrow();
    return { login: taken, provider: providerRow };
  });
  const slug = provider.slug;
  try {
    if (!login) throw new OidcRefusal('replay');
    if (input.cookieState !== state) throw new OidcRefusal('state', 'ikke denne nettleserens');
    if (new Date(login.expires_at) <= now) throw new OidcRefusal('expired-login');
    if (!provider.enabled) throw new OidcRefusal('misconfigured', 'tjenesten er slått av');
    const configuration = await discover(provider, deps.config, deps.clockSkewSeconds);
    const signedIn = await exchangeCode(configuration, input.callbackUrl, {
      state: state!,
      nonce: login.nonce,
      codeVerifier: login.code_verifier,
    });
    if (deps.previous) await endSession(db, deps.previous, now);
    return await db.withContext({ kommuneId }, async (tx) => {
      const user = await matchPerson(tx, deps.config, provider, signedIn.claims, now);
      await enterKommune(tx, kommuneId, user.id);
      const strong = isStrong(provider, signedIn.claims);
      const full = await tx.selectFrom('app_user').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
      const oidc = { providerId: provider.id, idToken: signedIn.idToken ?? null };
      const details = { provider: slug, kind: provider.kind, strong };
      if (strong || !requiresSecondFactor(full, deps.config.mode)) {
        await tx.updateTable('app_user').set({ last_login_at: now }).where('id', '=', user.id).execute();
        const session = await createSession(tx, user, now, { maxSessions: deps.maxSessions, oidc });
        await writeOidcAudit(tx, kommuneId, now, {
          action: 'auth.oidc.login',
          userId: user.id,
          role: user.roles.join(',') || user.kind,
          details,
          clientIp,
        });
        return { token: session.token, secondFactor: null };
      }
      const enrolSecret = full.totp_secret ? null : generateTotpSecret();
      const session = await createSession(tx, user, now, {
        maxSessions: deps.maxSessions,
        secondFactor: { enrolSecret },
        oidc,
      });
      await writeOidcAudit(tx, kommuneId, now, {
        action: 'auth.oidc.login',
        userId: user.id,
        role: user.roles.join(',') || user.kind,
        details: { ...details, secondFactor: true },
        clientIp,
      });
      return {
        token: session.token,
        secondFactor: enrolSecret
          ? { kind: 'enrol', secret: enrolSecret, otpauthUri: otpauthUri(enrolSecret, user.username) }
          : { kind: 'totp' },
      };
    });
  } catch (error) {
    if (error instanceof OidcRefusal) throw await refuse(deps, kommuneId, error, slug);
    throw error;
  }
}

/** Writes the refusal's audit row (when its kommune is known) and gives the refusal back to be thrown. */
async function refuse(
  deps: FinishOidcDeps,
  kommuneId: string | undefined,
  refusal: OidcRefusal,
  provider?: string,
): Promise<OidcRefusal> {
  if (kommuneId) {
    await deps.db.withContext({ kommuneId }, (tx) =>
      writeOidcAudit(tx, kommuneId, deps.now, {
        action: 'auth.oidc.refused',
        details: { reason: refusal.code, ...(provider ? { provider } : {}) },
        clientIp: deps.clientIp,
      }),
    );
  }
  return refusal;
}

/** Whether the provider asserted a level the kommune counts as strong (acr, or one of the amr values). */
export function isStrong(
  provider: Pick<OidcProviderRow, 'strong_acr' | 'strong_amr'>,
  claims: Record<string, unknown>,
): boolean {
  const acr = typeof claims.acr === 'string' ? claims.acr : null;
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((x): x is string => typeof x === 'string') : [];
  return (acr !== null && provider.strong_acr.includes(acr)) || amr.some((a) => provider.strong_amr.includes(a));
}

const refusal = (code: OidcRefusalCode, detail?: string) => new OidcRefusal(code, detail);

/**
 * The account the claims name, in the provider's kommune: a username (Feide, HelseID) or, for
 * ID-porten, a guardian whose national id has the same keyed hash as `pid`. A guardian without an
 * account gets one at the first sign-in (kind guardian, no password).
 */
async function matchPerson(
  tx: Tx,
  config: Config,
  provider: OidcProviderRow,
  claims: Record<string, unknown>,
  now: Date,
): Promise<Matched> {
  const value = claims[provider.identity_claim];
  if (typeof value !== 'string' || !value.trim())
    throw refusal('unknown-user', `kravet ${provider.identity_claim} mangler`);
  let userId: string;
  if (provider.kind === 'idporten') {
    if (!/^\d{11}$/.test(value.trim())) throw refusal('unknown-user', 'pid er ikke elleve sifre');
    const hash = nationalIdHash(value, config.idHashKey);
    const guardians = await tx
      .selectFrom('guardian')
      .select(['id', 'user_id', 'first_name', 'last_name'])
      .where('national_id_hash', '=', hash)
      .orderBy('id')
      .execute();
    if (guardians.length === 0) throw refusal('unknown-user', 'ingen foresatt med dette fødselsnummeret');
    const withAccount = guardians.find((g) => g.user_id);
    if (withAccount?.user_id) userId = withAccount.user_id;
    else {
      const first = guardians[0]!;
      userId = randomUUID();
      await tx
        .insertInto('app_user')
        .values({
          id: userId,
          kommune_id: provider.kommune_id,
          username: `idporten-${first.id}`,
          display_name: `${first.first_name} ${first.last_name}`,
          kind: 'guardian',
          password_hash: null,
          totp_secret: null,
          oidc_subject: null,
          created_at: now,
        })
        .execute();
    }
    const unlinked = guardians.filter((g) => !g.user_id).map((g) => g.id);
    if (unlinked.length > 0)
      await tx.updateTable('guardian').set({ user_id: userId }).where('id', 'in', unlinked).execute();
  } else {
    const user = await tx
      .selectFrom('app_user')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['username']), '=', value.trim().toLowerCase()))
      .executeTakeFirst();
    if (!user) throw refusal('unknown-user', 'ukjent brukernavn');
    userId = user.id;
  }
  const user = await tx
    .selectFrom('app_user')
    .select(['id', 'kommune_id', 'username', 'kind', 'disabled_at', 'is_demo'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (user.disabled_at) throw refusal('disabled');
  if (user.is_demo && config.mode === 'production') throw refusal('disabled', 'demobruker i produksjon');
  const roles = (await tx.selectFrom('role_assignment').select('role').where('user_id', '=', user.id).execute()).map(
    (r) => r.role as string,
  );
  const may = user.kind === 'guardian' ? [...roles, 'foresatt'] : user.kind === 'pupil' ? [...roles, 'elev'] : roles;
  if (!may.some((r) => provider.roles.includes(r))) throw refusal('role');
  return { id: user.id, kommune_id: user.kommune_id, username: user.username, kind: user.kind, roles };
}
