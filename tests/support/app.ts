// A real server (Fastify inject, no socket) on a test database with a movable clock.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { FixedClock } from '../../src/server/clock';
import { loadConfig } from '../../src/server/config';
import { loadContent } from '../../src/server/content/load-content';
import type { Db } from '../../src/db/create-db';
import { totpCode, totpStep, TOTP_STEP_SECONDS } from '../../src/server/auth/totp';

export const T0 = new Date('2026-11-24T08:15:00+01:00');

const clocks = new WeakMap<FastifyInstance, FixedClock>();
/** The shipped content, read once per test file: every app of the file is built with it. */
const content = loadContent();

export async function testApp(db: Db, env: Record<string, string> = {}) {
  const config = loadConfig({ NAERVAER_MODE: 'demo', LOG_LEVEL: 'silent', ...env });
  const clock = new FixedClock(T0);
  // The per-address login limit runs on the wall clock; here that is the test clock too, so a test
  // moves past the limit's minute as it moves past anything else.
  const app = await buildApp({ config, db, clock, wallClock: clock, content });
  clocks.set(app, clock);
  return { app, clock, config };
}

export type Session = { cookie: string; csrf: string };

type LoginBody = {
  csrfToken?: string;
  secondFactor?: { kind: 'totp' } | { kind: 'enrol'; secret: string; otpauthUri: string };
  error?: { code: string; message: string };
};

/** The test users' authenticator apps: the secret each enrolled with and the last time step used. */
const authenticators = new Map<string, { secret: string; lastStep: number | null }>();

/** The first login step only (username and password), as the server answers it. */
export async function passwordStep(
  app: FastifyInstance,
  username: string,
  password: string,
  cookie?: string,
  remoteAddress?: string,
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: cookie ? { cookie } : {},
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  const set = res.cookies.find((c) => c.name === 'naervaer_sid');
  const body = res.json() as LoginBody;
  if (body.secondFactor?.kind === 'enrol')
    authenticators.set(username.toLowerCase(), { secret: body.secondFactor.secret, lastStep: null });
  return {
    res,
    body,
    session: set ? ({ cookie: `naervaer_sid=${set.value}`, csrf: body.csrfToken ?? '' } satisfies Session) : undefined,
  };
}

/**
 * The code the user's app shows now, one the server has not yet accepted: a code works once, and the
 * test clock stands still, so the neighbouring steps (±1 accepted) are used and, when those are spent
 * too, the app's clock is moved on by a step.
 */
export function nextTotpCode(app: FastifyInstance, username: string): string {
  const auth = authenticators.get(username.toLowerCase());
  if (!auth) throw new Error(`${username} har ikke registrert autentiseringsapp i denne testen`);
  const clock = clocks.get(app);
  const now = () => clock?.now() ?? new Date();
  const step = Math.max(totpStep(now()) - 1, (auth.lastStep ?? -Infinity) + 1);
  while (step > totpStep(now()) + 1) {
    if (!clock) throw new Error('Ingen ubrukt engangskode uten testklokke');
    clock.advance(TOTP_STEP_SECONDS * 1000);
  }
  auth.lastStep = step;
  return totpCode(auth.secret, new Date(step * TOTP_STEP_SECONDS * 1000));
}

/** The TOTP step for a session awaiting it. */
export function totpStepRequest(app: FastifyInstance, pending: Session, code: string, remoteAddress?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/totp',
    payload: { code },
    headers: { cookie: pending.cookie, 'x-csrf-token': pending.csrf },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
}

/**
 * Logs in all the way: password, then (for everyone who needs it) the TOTP step with the user's app.
 * `remoteAddress` lets a test spread its logins over addresses (the per-address limit is 10 a minute).
 */
export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
  cookie?: string,
  remoteAddress?: string,
) {
  const first = await passwordStep(app, username, password, cookie, remoteAddress);
  if (!first.body.secondFactor || !first.session) return first;
  const res = await totpStepRequest(app, first.session, nextTotpCode(app, username), remoteAddress);
  const set = res.cookies.find((c) => c.name === 'naervaer_sid');
  const body = res.json() as LoginBody;
  return {
    res,
    body,
    session: set ? ({ cookie: `naervaer_sid=${set.value}`, csrf: body.csrfToken ?? '' } satisfies Session) : undefined,
  };
}
