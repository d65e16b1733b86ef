// The test world (decision 096): a fresh database cloned from the run's template, one or more test
// kommuner, the real app on a movable clock, and a client per user that logs in once and then sends the
// session cookie and CSRF header with every request. Used from inside describeDb():
//
//   const w = useWorld({ kommuner: ['case'], login: ['kontakt', 'rektor'] });
//   it('…', async () => {
//     const res = await w.as('kontakt').post('/api/cases', { pupilId: w.k.pupilIds[0], from: 'undring', reason: 'x' });
//
// Everything on `w` is there once the world's beforeAll has run, i.e. inside tests and later hooks.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../src/server/config';
import type { FixedClock } from '../../src/server/clock';
import { login, testApp, type Session } from './app';
import { freshDb, type TestDb } from './db';
import { createKommune, PASSWORD, type TestKommune } from './factories';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The server's answer: the inject response (statusCode, headers, body, json()) plus the status and the
 * parsed JSON body (undefined when the body is not JSON).
 */
// The reply's shape is the test's to state until the routes' contract types reach the tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reply<T = any> = LightMyRequestResponse & { status: number; data: T };

export type RequestExtras = { headers?: Record<string, string>; remoteAddress?: string };

export type Client = {
  /** The session the client sends; undefined for the anonymous client. */
  readonly session: Session | undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  request<T = any>(method: Method, url: string, body?: unknown, extras?: RequestExtras): Promise<Reply<T>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get<T = any>(url: string, extras?: RequestExtras): Promise<Reply<T>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  post<T = any>(url: string, body?: unknown, extras?: RequestExtras): Promise<Reply<T>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  put<T = any>(url: string, body?: unknown, extras?: RequestExtras): Promise<Reply<T>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  patch<T = any>(url: string, body?: unknown, extras?: RequestExtras): Promise<Reply<T>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  delete<T = any>(url: string, body?: unknown, extras?: RequestExtras): Promise<Reply<T>>;
};

/**
 * A client over `app` for a session (or none). The CSRF header goes with every request that has a
 * session, as the integration tests always sent it; the server only checks it on writes.
 */
export function clientFor(app: FastifyInstance, session: Session | undefined): Client {
  const request = async (method: Method, url: string, body?: unknown, extras: RequestExtras = {}) => {
    const opts: InjectOptions = {
      method,
      url,
      headers: { ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}), ...extras.headers },
      ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
      ...(extras.remoteAddress ? { remoteAddress: extras.remoteAddress } : {}),
    };
    const res = await app.inject(opts);
    const json = (res.headers['content-type'] ?? '').toString().includes('json');
    return Object.assign(res, { status: res.statusCode, data: json && res.body ? res.json() : undefined });
  };
  return {
    session,
    request,
    get: (url, extras) => request('GET', url, undefined, extras),
    post: (url, body, extras) => request('POST', url, body, extras),
    put: (url, body, extras) => request('PUT', url, body, extras),
    patch: (url, body, extras) => request('PATCH', url, body, extras),
    delete: (url, body, extras) => request('DELETE', url, body, extras),
  };
}

/** Logs `username` in all the way (password, and TOTP where the user has it) or fails the set-up. */
export async function logIn(
  app: FastifyInstance,
  username: string,
  remoteAddress?: string,
  password = PASSWORD,
): Promise<Session> {
  const { res, session } = await login(app, username, password, undefined, remoteAddress);
  if (!session || res.statusCode !== 200) throw new Error(`Oppsett: innlogging for ${username} feilet: ${res.body}`);
  return session;
}

export type WorldOptions = {
  /** Tags of the test kommuner to create (createKommune), in order; none for an empty database. */
  kommuner?: string[];
  /** Users of the first kommune to log in during set-up, in this order (others log in on first use). */
  login?: string[];
  /** Extra environment for the app's config. */
  env?: Record<string, string>;
  /** Create the app before the kommuner (some tests depend on that order); default after. */
  appFirst?: boolean;
  /** Options for createKommune. */
  kommune?: { demoUsers?: boolean };
  /** Rows of the test's own, written after the kommuner and before the app starts (`k`: the first kommune). */
  seed?: (db: TestDb, k: TestKommune, kommuner: TestKommune[]) => Promise<void>;
  /** The address the world's logins come from (the login limit counts per address); inject's default if unset. */
  address?: string;
  /** The users' password, when `seed` made users of its own (the demo's `naervaer-demo`); the factory's otherwise. */
  password?: string;
};

export type World = {
  readonly db: TestDb;
  readonly app: FastifyInstance;
  readonly clock: FixedClock;
  readonly config: Config;
  /** The first kommune. */
  readonly k: TestKommune;
  readonly kommuner: TestKommune[];
  /**
   * The client of a user: a name in the kommune (`kontakt`, `rektor`, … of `kommune`, the first by
   * default) or a full username (`kontakt.case`). Logs in on first use; the same client after that.
   */
  as(who: string, kommune?: TestKommune): Client;
  /** Logs the user in (again) now, replacing the client `as` returns. */
  logInAs(who: string, kommune?: TestKommune, remoteAddress?: string): Promise<Client>;
  /** The user's session (logging in if not yet), for a test that sends its own requests. */
  session(who: string, kommune?: TestKommune): Promise<Session>;
  /** A client with no session. */
  readonly anonymous: Client;
  /** A client for a session a test made itself. */
  client(session: Session | undefined): Client;
};

/** Registers the world's beforeAll/afterAll in the enclosing describe and returns it. */
export function useWorld(options: WorldOptions = {}): World {
  let db: TestDb | undefined;
  let built: { app: FastifyInstance; clock: FixedClock; config: Config } | undefined;
  const kommuner: TestKommune[] = [];
  const sessions = new Map<string, Promise<Session>>();
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined)
      throw new Error(`Testverdenen har ingen ${what} ennå: bruk den i en test eller en senere hook`);
    return v;
  };
  const username = (who: string, kommune?: TestKommune) => {
    // A world without test kommuner (the demo's) names its users by their usernames.
    if (who.includes('.') || (!kommune && kommuner.length === 0)) return who;
    const k = kommune ?? need(kommuner[0], 'kommune');
    const user = k.users[who];
    if (!user) throw new Error(`Testkommunen ${k.id} har ingen bruker «${who}»`);
    return user.username;
  };
  // One client per username; the session is fetched on its first request.
  const lazyClient = (name: string): Client => {
    const inner = async () => clientFor(need(built, 'app').app, await sessionOf(name));
    const request: Client['request'] = async (method, url, body, extras) =>
      (await inner()).request(method, url, body, extras);
    return {
      get session() {
        return settled.get(name);
      },
      request,
      get: (url, extras) => request('GET', url, undefined, extras),
      post: (url, body, extras) => request('POST', url, body, extras),
      put: (url, body, extras) => request('PUT', url, body, extras),
      patch: (url, body, extras) => request('PATCH', url, body, extras),
      delete: (url, body, extras) => request('DELETE', url, body, extras),
    };
  };
  const settled = new Map<string, Session>();
  const clients = new Map<string, Client>();
  const sessionOf = (name: string, remoteAddress?: string, again = false) => {
    let s = sessions.get(name);
    if (!s || again) {
      s = logIn(need(built, 'app').app, name, remoteAddress ?? options.address, options.password).then((session) => {
        settled.set(name, session);
        return session;
      });
      sessions.set(name, s);
    }
    return s;
  };

  beforeAll(async () => {
    db = await freshDb();
    if (options.appFirst) built = await testApp(db, options.env);
    for (const tag of options.kommuner ?? []) kommuner.push(await createKommune(db, tag, options.kommune));
    await options.seed?.(db, kommuner[0]!, kommuner);
    if (!options.appFirst) built = await testApp(db, options.env);
    for (const who of options.login ?? []) await sessionOf(username(who));
  });
  afterAll(async () => {
    await built?.app.close();
    await db?.drop();
  });

  return {
    get db() {
      return need(db, 'database');
    },
    get app() {
      return need(built, 'app').app;
    },
    get clock() {
      return need(built, 'app').clock;
    },
    get config() {
      return need(built, 'app').config;
    },
    get k() {
      return need(kommuner[0], 'kommune');
    },
    kommuner,
    as(who, kommune) {
      const name = username(who, kommune);
      let c = clients.get(name);
      if (!c) clients.set(name, (c = lazyClient(name)));
      return c;
    },
    async logInAs(who, kommune, remoteAddress) {
      const name = username(who, kommune);
      await sessionOf(name, remoteAddress, true);
      return this.as(name);
    },
    session(who, kommune) {
      return sessionOf(username(who, kommune));
    },
    get anonymous() {
      return clientFor(need(built, 'app').app, undefined);
    },
    client(session) {
      return clientFor(need(built, 'app').app, session);
    },
  };
}
