// createDb(): embedded PGlite when no DATABASE_URL is given, a PostgreSQL server (pg) when it is.
// Both speak the same SQL; the schema and migrations are one.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
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
  /** PGlite data directory; 'memory://' for an in-memory database. */
  dataDir?: string | undefined;
  /** PGlite only: start from a dumped data directory (used by tests to clone a migrated template). */
  loadDataDir?: Blob | undefined;
};

export async function createDb(options: CreateDbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    return wrap('postgres', new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
  }
  const dataDir = options.dataDir ?? './data';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = wrap('pglite', new Kysely<Database>({ dialect: new PGliteDialect(pglite) }));
  return Object.assign(db, { pglite });
}

function wrap(kind: Db['kind'], owner: Kysely<Database>): Db {
  return {
    kind,
    owner,
    withContext(ctx, fn) {
      return owner.transaction().execute(async (tx) => {
        await sql`set local role naervaer_app`.execute(tx);
        await sql`select set_config('naervaer.kommune_id', ${ctx.kommuneId ?? ''}, true),
                         set_config('naervaer.user_id', ${ctx.userId ?? ''}, true),
                         set_config('naervaer.login_username', ${ctx.loginUsername?.toLowerCase() ?? ''}, true),
                         set_config('naervaer.session_token_hash', ${ctx.sessionTokenHash ?? ''}, true),
                         set_config('naervaer.partner_service', ${ctx.partnerService ?? ''}, true)`.execute(tx);
        return fn(tx);
      });
    },
    close: () => owner.destroy(),
  };
}
