// createDb(): embedded PGlite when no DATABASE_URL is given, a PostgreSQL server (pg) when it is.
// Both speak the same SQL; the schema and migrations are one. A server connection can be lost (a
// restart, a failover, an idle cut by a pooler or firewall): the pool then drops that connection and
// opens a new one at the next request, and the request that met the loss fails with an error that
// isDatabaseUnavailable() recognises, which the HTTP edge answers with 503 (decision 070).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type TransactionSettings,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export type Tx = Transaction<Database>;

/** Who is asking: read by the row-level security policies through transaction-local settings. */
export type DbContext = {
  kommuneId?: string | undefined;
  userId?: string | undefined;
  /** Login only: makes the one user row with this username visible before the kommune is known. */
  loginUsername?: string | undefined;
  /** Session lookup only: makes the one session row with this token hash visible. */
  sessionTokenHash?: string | undefined;
  /** A service partner's service: row-level security then shows only cases with a consent covering it. */
  partnerService?: string | undefined;
};

export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** The owning connection: migrations and administrative tasks only. Application code uses withContext. */
  readonly owner: Kysely<Database>;
  /** Runs fn in one transaction as the non-superuser application role, with the request context set. */
  withContext<T>(ctx: DbContext, fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const APP_ROLE = 'naervaer_app';

// Dates stay 'YYYY-MM-DD' strings (no time-zone shifts); bigint counts become numbers.
const DATE_OID = 1082;
const INT8_OID = 20;
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));

export type CreateDbOptions = {
  databaseUrl?: string | undefined;
  /** Server only: told once when the connection to the database is lost, and once when it is back. */
  onConnectionChange?: ((event: { state: 'lost'; reason: string } | { state: 'restored' }) => void) | undefined;
  /** PGlite data directory; 'memory://' for an in-memory database. */
  dataDir?: string | undefined;
  /** PGlite only: start from a dumped data directory (used by tests to clone a migrated template). */
  loadDataDir?: Blob | undefined;
};

export async function createDb(options: CreateDbOptions): Promise<Db> {
  if (options.databaseUrl)
    return wrap(
      'postgres',
      new Kysely<Database>({ dialect: contextDialect(new PostgresDialect({ pool: serverPool(options) })) }),
    );
  const dataDir = options.dataDir ?? './data';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = wrap('pglite', new Kysely<Database>({ dialect: contextDialect(new PGliteDialect(pglite)) }));
  return Object.assign(db, { pglite });
}

/** How long a request waits for a new connection before it is answered 503 (an unreachable server). */
export const CONNECT_TIMEOUT_MS = 5_000;

function serverPool(options: CreateDbOptions) {
  const max = 10;
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
  });
  let lost = false;
  const connectionLost = (err: Error) => {
    if (lost) return;
    lost = true;
    options.onConnectionChange?.({ state: 'lost', reason: describeError(err) });
  };
  // Without these listeners an 'error' event on a dropped connection is unhandled and ends the process.
  // The pool's own event covers idle connections; a connection in use emits on the client, and its
  // query fails too, so the listener only has to be there. A broken client is not queryable, and the
  // pool discards it when it is released.
  pool.on('error', connectionLost);
  pool.on('connect', (client) => {
    client.on('error', connectionLost);
    if (lost) {
      lost = false;
      options.onConnectionChange?.({ state: 'restored' });
    }
  });
  return {
    // Any failure to open a connection (refused, timed out, not accepting connections, too many
    // connections, a wrong password) means the database cannot be used now.
    // Not so when every connection is in use and the wait for one timed out: the database is fine, Nærvær
    // has more requests than connections; that is answered 503 too, but not reported as a lost database.
    connect: () =>
      pool.connect().then(preparing, (err: unknown) => {
        if (pool.totalCount >= max && pool.idleCount === 0 && /timeout/i.test((err as Error).message))
          throw new DatabaseBusyError(err);
        connectionLost(err as Error);
        throw new DatabaseUnavailableError(err);
      }),
    end: () => pool.end(),
  };
}

/** Named (prepared) statements kept per connection; statements beyond these are planned each time. */
export const PREPARED_PER_CONNECTION = 300;
const PREPARED = Symbol('naervaer.prepared');

/**
 * Makes a pooled connection send each parameterised statement as a named prepared statement, so the
 * server parses and plans it once per connection instead of at every execution: the planning cost more
 * than running most of our small, indexed queries (decision 072). Statements without parameters (a
 * migration file, BEGIN, COMMIT) go as before. PostgreSQL re-plans a prepared statement by itself when
 * a table it reads changes, and plans that depend on row-level security are kept per role.
 */
function preparing(client: pg.PoolClient): pg.PoolClient {
  const c = client as pg.PoolClient & { [PREPARED]?: true };
  if (c[PREPARED]) return client;
  c[PREPARED] = true;
  const names = new Map<string, string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
    text: unknown,
    values?: unknown,
    ...rest: unknown[]
  ) => {
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && rest.length === 0) {
      let name = names.get(text);
      if (!name && names.size < PREPARED_PER_CONNECTION) names.set(text, (name = `naervaer_${names.size + 1}`));
      if (name) return query({ name, text, values });
    }
    return query(text, values, ...rest);
  };
  return client;
}

/** Every connection of the pool was in use for longer than CONNECT_TIMEOUT_MS: overload, not an outage. */
export class DatabaseBusyError extends Error {
  constructor(readonly reason: unknown) {
    super(`Alle databaseforbindelsene er i bruk: ${describeError(reason)}`);
    this.name = 'DatabaseBusyError';
  }
}

/** The database server cannot be reached: raised when no connection could be opened. */
export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: unknown) {
    super(`Databasen er ikke tilgjengelig: ${describeError(reason)}`);
    this.name = 'DatabaseUnavailableError';
  }
}

// SQLSTATE class 08 (connection exception), and the server shutting down or not yet accepting
// connections (57P01–57P03), or refusing more of them (53300); Node's socket errors.
const LOST_CODES = new Set([
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08007',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres raises these without a code when a connection dies or has died.
const LOST_MESSAGES =
  /^(Connection terminated( unexpectedly)?|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|Connection terminated due to connection timeout|Query read timeout)$/;

/**
 * Whether an error means the database is unreachable (as opposed to a fault in a query): a lost or
 * refused connection. A transaction that met it is rolled back by the server, so nothing of it stays.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && LOST_CODES.has(code)) || LOST_MESSAGES.test(error.message);
}

function describeError(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  return [typeof e?.code === 'string' ? e.code : null, typeof e?.message === 'string' ? e.message : String(err)]
    .filter(Boolean)
    .join(' ');
}

// The statement withContext sends first in its transaction: the role and the request context.
const CONTEXT_SQL = `select set_config('role', $1, true), set_config('naervaer.kommune_id', $2, true), set_config('naervaer.user_id', $3, true), set_config('naervaer.login_username', $4, true), set_config('naervaer.session_token_hash', $5, true), set_config('naervaer.partner_service', $6, true)`;
const CONTEXT_KEYS = [
  'role',
  'naervaer.kommune_id',
  'naervaer.user_id',
  'naervaer.login_username',
  'naervaer.session_token_hash',
  'naervaer.partner_service',
];

/**
 * The context statement's values as SQL literals, or null when a value is not a plain string (a quote
 * is doubled; a backslash or NUL is never written as a literal, whatever standard_conforming_strings is).
 */
function contextLiterals(parameters: readonly unknown[]): string | null {
  if (parameters.length !== CONTEXT_KEYS.length || parameters[0] !== APP_ROLE) return null;
  if (parameters.some((v) => typeof v !== 'string' || /[\\\0]/.test(v))) return null;
  return `select ${CONTEXT_KEYS.map((k, i) => `set_config('${k}', '${(parameters[i] as string).replaceAll("'", "''")}', true)`).join(', ')}`;
}

/**
 * A dialect whose transactions send BEGIN with their first statement (decision 166): when that is
 * withContext's context statement, BEGIN and the context go as one simple-protocol message, one round
 * trip fewer per request; otherwise BEGIN goes just before the first statement, as it went before. A
 * transaction with an isolation level or access mode begins at once, as Kysely begins it.
 */
function contextDialect(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: (): Driver => {
      const driver = dialect.createDriver();
      const inner = new WeakMap<DatabaseConnection, DatabaseConnection>();
      const pending = new WeakSet<DatabaseConnection>();
      const of = (c: DatabaseConnection) => inner.get(c) ?? c;
      return {
        init: () => driver.init(),
        async acquireConnection() {
          const connection = await driver.acquireConnection();
          const wrapped: DatabaseConnection = {
            async executeQuery<R>(query: CompiledQuery) {
              if (pending.has(wrapped)) {
                pending.delete(wrapped);
                const context = query.sql === CONTEXT_SQL ? contextLiterals(query.parameters) : null;
                if (context) {
                  await connection.executeQuery(CompiledQuery.raw(`begin; ${context}`));
                  return { rows: [] as R[] };
                }
                await connection.executeQuery(CompiledQuery.raw('begin'));
              }
              return connection.executeQuery<R>(query);
            },
            streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => connection.streamQuery<R>(query, chunkSize),
          };
          inner.set(wrapped, connection);
          return wrapped;
        },
        releaseConnection: (c) => driver.releaseConnection(of(c)),
        async beginTransaction(c, settings: TransactionSettings) {
          if (settings.isolationLevel || settings.accessMode) return driver.beginTransaction(of(c), settings);
          pending.add(c);
        },
        // A transaction that sent nothing has nothing to end.
        async commitTransaction(c) {
          if (!pending.delete(c)) await driver.commitTransaction(of(c));
        },
        async rollbackTransaction(c) {
          if (!pending.delete(c)) await driver.rollbackTransaction(of(c));
        },
        destroy: () => driver.destroy(),
      };
    },
  };
}

function wrap(kind: Db['kind'], owner: Kysely<Database>): Db {
  return {
    kind,
    owner,
    withContext(ctx, fn) {
      return owner.transaction().execute(async (tx) => {
        // The role and the request context in one statement (set_config('role', …, true) is SET LOCAL
        // ROLE), sent with BEGIN in one message (contextDialect).
        await tx.executeQuery(
          CompiledQuery.raw(CONTEXT_SQL, [
            APP_ROLE,
            ctx.kommuneId ?? '',
            ctx.userId ?? '',
            ctx.loginUsername?.toLowerCase() ?? '',
            ctx.sessionTokenHash ?? '',
            ctx.partnerService ?? '',
          ]),
        );
        return fn(tx);
      });
    },
    close: () => owner.destroy(),
  };
}
