// A real server (Fastify inject, no socket) on a test database with a movable clock.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { FixedClock } from '../../src/server/clock';
import { loadConfig } from '../../src/server/config';
import type { Db } from '../../src/db/create-db';

export const T0 = new Date('2026-11-24T08:15:00+01:00');

export async function testApp(db: Db, env: Record<string, string> = {}) {
  const config = loadConfig({ NAERVAER_MODE: 'demo', LOG_LEVEL: 'silent', ...env });
  const clock = new FixedClock(T0);
  const app = await buildApp({ config, db, clock });
  return { app, clock, config };
}

export type Session = { cookie: string; csrf: string };

export async function login(app: FastifyInstance, username: string, password: string, cookie?: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers: cookie ? { cookie } : {} });
  const set = res.cookies.find((c) => c.name === 'naervaer_sid');
  const body = res.json() as { csrfToken?: string; error?: { code: string; message: string } };
  return { res, body, session: set ? ({ cookie: `naervaer_sid=${set.value}`, csrf: body.csrfToken ?? '' } satisfies Session) : undefined };
}
