// Server-side sessions. The cookie holds a random token; the database keeps only its SHA-256 hash,
// so a leaked database dump cannot be replayed as a login.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import { organisationName, type Actor } from '../actor';
import type { Language } from '../../domain/language/language';

export const SESSION_COOKIE = 'naervaer_sid';

export type SessionPolicy = { idleMs: number; absoluteMs: number };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Switches an open transaction to a kommune's context once it is known (login, session lookup). */
export async function enterKommune(tx: Tx, kommuneId: string, userId: string): Promise<void> {
  await sql`select set_config('naervaer.kommune_id', ${kommuneId}, true), set_config('naervaer.user_id', ${userId}, true)`.execute(
    tx,
  );
}

/** A session that still awaits the second login step lives at most this long. */
export const SECOND_FACTOR_MS = 5 * 60_000;

/**
 * A new session. With `secondFactor` it awaits the TOTP step and grants nothing until then;
 * `enrolSecret` is the secret offered to a user who has none yet. A user keeps at most `maxSessions`
 * (NAERVAER_MAX_SESSIONS_PER_USER) live sessions of each kind: the oldest beyond that are ended
 * (decision 052). Waiting sessions are capped apart from full ones, so someone who knows only the
 * password cannot push the user's own sessions out.
 */
export async function createSession(
  tx: Tx,
  user: { id: string; kommune_id: string },
  now: Date,
  options: {
    maxSessions: number;
    secondFactor?: { enrolSecret: string | null };
    /** Signed in through an OpenID provider: kept for the provider's end-session at log-out (decision 084). */
    oidc?: { providerId: string | null; idToken: string | null };
  },
): Promise<{ token: string; csrfToken: string; id: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const id = randomUUID();
  const pending = options.secondFactor !== undefined;
  await tx
    .insertInto('user_session')
    .values({
      id,
      kommune_id: user.kommune_id,
      user_id: user.id,
      token_hash: hashToken(token),
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      second_factor_pending: pending,
      totp_enrol_secret: options.secondFactor?.enrolSecret ?? null,
      oidc_provider_id: options.oidc?.providerId ?? null,
      oidc_id_token: options.oidc?.idToken ?? null,
    })
    .execute();
  await tx
    .updateTable('user_session')
    .set({ ended_at: now, oidc_id_token: null })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('user_session')
        .select('id')
        .where('user_id', '=', user.id)
        .where('ended_at', 'is', null)
        .where('second_factor_pending', '=', pending)
        .orderBy('seq', 'desc')
        .offset(options.maxSessions),
    )
    .execute();
  return { token, csrfToken, id };
}

/** A session between password and TOTP code: enough to finish (or cancel) the login, nothing more. */
export type PendingSession = { sessionId: string; userId: string; kommuneId: string; csrfToken: string };

export type SessionLookup = { actor: Actor } | { pending: PendingSession } | { expired: true } | null;

type SessionRow = {
  session_id: string;
  kommune_id: string;
  user_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  second_factor_pending: boolean;
  username: string;
  display_name: string;
  kind: Actor['kind'];
  disabled_at: Date | null;
  roles: Actor['roles'];
  organisations: string[];
  kommune_name: string | null;
  language: Language;
};

/**
 * Finds the live session for a cookie token; ends it if the idle or absolute timeout has passed. The
 * session, its user, the roles and the organisation names come in one statement (naervaer_session,
 * migration 0022, decision 072); only an expiry or the once-a-minute touch writes, in a transaction.
 */
export async function loadSession(db: Db, token: string, now: Date, policy: SessionPolicy): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  const session = (await sql<SessionRow>`select * from naervaer_session(${tokenHash})`.execute(db.owner)).rows[0];
  if (!session) return null;
  const write = (fn: (tx: Tx) => Promise<unknown>) =>
    db.withContext({ kommuneId: session.kommune_id, userId: session.user_id }, async (tx) => void (await fn(tx)));
  const idle = now.getTime() - new Date(session.last_seen_at).getTime() > policy.idleMs;
  const absolute =
    now.getTime() - new Date(session.created_at).getTime() >
    (session.second_factor_pending ? SECOND_FACTOR_MS : policy.absoluteMs);
  if (idle || absolute) {
    await write((tx) =>
      tx.updateTable('user_session').set({ ended_at: now }).where('id', '=', session.session_id).execute(),
    );
    return { expired: true };
  }
  if (session.disabled_at) return null;
  if (session.second_factor_pending) {
    return {
      pending: {
        sessionId: session.session_id,
        userId: session.user_id,
        kommuneId: session.kommune_id,
        csrfToken: session.csrf_token,
      },
    };
  }
  // Touch at most once a minute: enough for the idle timeout, without a write per request.
  if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000) {
    await write((tx) =>
      tx.updateTable('user_session').set({ last_seen_at: now }).where('id', '=', session.session_id).execute(),
    );
  }
  return {
    actor: {
      userId: session.user_id,
      kommuneId: session.kommune_id,
      username: session.username,
      displayName: session.display_name,
      kind: session.kind,
      roles: session.roles,
      sessionId: session.session_id,
      csrfToken: session.csrf_token,
      organisation: organisationName(session.kind, session.organisations, session.kommune_name),
      language: session.language,
    },
  };
}

/** Ends a session; says which OpenID provider it came through, with its ID token, for the provider's end-session. */
export async function endSession(
  db: Db,
  session: { kommuneId: string; userId: string; sessionId: string },
  now: Date,
): Promise<{ oidcProviderId: string | null; oidcIdToken: string | null } | null> {
  return db.withContext({ kommuneId: session.kommuneId, userId: session.userId }, async (tx) => {
    const before = await tx
      .selectFrom('user_session')
      .select(['oidc_provider_id', 'oidc_id_token'])
      .where('id', '=', session.sessionId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    if (!before) return null;
    await tx
      .updateTable('user_session')
      .set({ ended_at: now, oidc_id_token: null })
      .where('id', '=', session.sessionId)
      .where('ended_at', 'is', null)
      .execute();
    return { oidcProviderId: before.oidc_provider_id, oidcIdToken: before.oidc_id_token };
  });
}

/** Ends every open session of a user (account disabled, second factor reset). */
export async function endUserSessions(tx: Tx, userId: string, now: Date): Promise<number> {
  const ended = await tx
    .updateTable('user_session')
    .set({ ended_at: now, oidc_id_token: null })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(ended.numUpdatedRows);
}

/**
 * Moves a session's times with a jump of the demo clock (decision 100), so the administrator who jumped
 * stays logged in; everyone else's sessions meet the jump as they would meet the time passing.
 */
export async function shiftSessionWithClock(
  db: Db,
  session: { kommuneId: string; userId: string; sessionId: string },
  jumpMs: number,
): Promise<void> {
  const by = sql<Date>`make_interval(secs => ${jumpMs / 1000})`;
  await db.withContext({ kommuneId: session.kommuneId, userId: session.userId }, async (tx) => {
    await tx
      .updateTable('user_session')
      .set({ created_at: sql`created_at + ${by}`, last_seen_at: sql`last_seen_at + ${by}` })
      .where('id', '=', session.sessionId)
      .where('ended_at', 'is', null)
      .execute();
  });
}
