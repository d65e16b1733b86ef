// createDb(): embedded PGlite when no DATABASE_URL is given, a PostgreSQL server (pg) when it is.
// Both speak the same SQL; the schema and migrations are one. A server connection can be lost (a
// restart, a failover, an idle cut by a pooler or firewall): the pool then drops that connection and
// opens a new one at the next request, and the request that met the loss fails with an error that
// isDatabaseUnavailable() recognises, which the HTTP edge answers with 503 (decision 070).
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  sql,
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

/** The context of the withContext call whose transaction is beginning (only while it begins). */
const beginning = new AsyncLocalStorage<DbContext>();

/**
 * The settings of a context as one SQL text, or null when a value is not a plain string literal
 * (a quote is doubled; a backslash or NUL falls back to parameters, whatever standard_conforming_strings is).
 */
function contextSql(ctx: DbContext): string | null {
  const values = [
    ['role', APP_ROLE],
    ['naervaer.kommune_id', ctx.kommuneId ?? ''],
    ['naervaer.user_id', ctx.userId ?? ''],
    ['naervaer.login_username', ctx.loginUsername?.toLowerCase() ?? ''],
    ['naervaer.session_token_hash', ctx.sessionTokenHash ?? ''],
    ['naervaer.partner_service', ctx.partnerService ?? ''],
  ];
  if (values.some(([, v]) => /[\\\0]/.test(v!))) return null;
  return `select ${values.map(([k, v]) => `set_config('${k}', '${v!.replaceAll("'", "''")}', true)`).join(', ')}`;
}

/**
 * A dialect whose transactions, begun by withContext, send BEGIN and the request context as one
 * simple-protocol message (decision 166): one round trip fewer per request. Every other transaction
 * (the owner's, a migration's) begins as before.
 */
function contextDialect(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: (): Driver => {
      const driver = dialect.createDriver();
      return {
        init: () => driver.init(),
        acquireConnection: () => driver.acquireConnection(),
        releaseConnection: (c) => driver.releaseConnection(c),
        commitTransaction: (c) => driver.commitTransaction(c),
        rollbackTransaction: (c) => driver.rollbackTransaction(c),
        destroy: () => driver.destroy(),
        async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
          const ctx = beginning.getStore();
          const context = ctx && !settings.isolationLevel && !settings.accessMode ? contextSql(ctx) : null;
          if (!context) return driver.beginTransaction(connection, settings);
          await connection.executeQuery(CompiledQuery.raw(`begin; ${context}`));
        },
      };
    },
  };
}

function wrap(kind: Db['kind'], owner: Kysely<Database>): Db {
  return {
    kind,
    owner,
    withContext(ctx, fn) {
      // The context goes with BEGIN (contextDialect) when it can be written as literals; the use-case
      // itself runs outside `beginning`, so a transaction it might open on the owner begins plainly.
      const together = contextSql(ctx) !== null;
      return beginning.run(ctx, () =>
        owner.transaction().execute((tx) =>
          beginning.exit(async () => {
            // The role and the request context in one round trip: set_config('role', …, true) is SET LOCAL ROLE.
            if (!together)
              await sql`select set_config('role', ${APP_ROLE}, true),
                         set_config('naervaer.kommune_id', ${ctx.kommuneId ?? ''}, true),
                         set_config('naervaer.user_id', ${ctx.userId ?? ''}, true),
                         set_config('naervaer.login_username', ${ctx.loginUsername?.toLowerCase() ?? ''}, true),
                         set_config('naervaer.session_token_hash', ${ctx.sessionTokenHash ?? ''}, true),
                         set_config('naervaer.partner_service', ${ctx.partnerService ?? ''}, true)`.execute(tx);
            return fn(tx);
          }),
        ),
      );
    },
    close: () => owner.destroy(),
  };
}
