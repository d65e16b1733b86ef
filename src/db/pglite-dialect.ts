// A Kysely dialect for embedded PGlite. PGlite is one PostgreSQL backend in this process, so
// connections are a single shared session: a mutex hands it to one caller (or one transaction) at a time.
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import { parse, protocol, type PGlite, type Results } from '@electric-sql/pglite';

class Mutex {
  private tail: Promise<void> = Promise.resolve();
  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

/**
 * The named statements of one PGlite backend: the SQL text → the statement's name. Shared by every
 * connection (and dialect) on the same PGlite instance, which is one backend.
 */
type Statements = { names: Map<string, string>; made: number };
const statementsOf = new WeakMap<PGlite, Statements>();

/** Named statements kept per PGlite instance; statements beyond these are parsed and planned each time. */
export const PGLITE_PREPARED = 500;

// A statement that may change a table's columns or types (a migration, a test's DDL): the plans of
// the named statements may no longer fit, so they are forgotten (new names are used from then on).
const SCHEMA_CHANGE = /\b(alter|drop|create|truncate)\b/i;

class PGliteConnection implements DatabaseConnection {
  constructor(
    private readonly pg: PGlite,
    private readonly statements: Statements,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (compiled.parameters.length === 0) {
      // Without parameters, use the simple protocol so a migration file may hold many statements.
      if (SCHEMA_CHANGE.test(compiled.sql)) this.statements.names.clear();
      const result = (await this.pg.exec(compiled.sql)).at(-1) ?? { rows: [], affectedRows: 0 };
      return { rows: result.rows as R[], numAffectedRows: affected(result.affectedRows) };
    }
    const result = await this.extended(compiled.sql, compiled.parameters);
    return { rows: result.rows as R[], numAffectedRows: affected(result.affectedRows) };
  }

  /**
   * A parameterised statement as one message to the backend (decision 164): Parse (only the first
   * time: a named statement, parsed and planned once, as on the PostgreSQL server, decision 072),
   * Bind, Describe, Execute, Sync. PGlite's own query() sends each of these as a call of its own, and
   * parses and plans the statement every time. The values are sent as node-postgres sends them (text,
   * the server infers the types), so PGlite reads them as the PostgreSQL server does.
   */
  private async extended(text: string, parameters: readonly unknown[]): Promise<Results> {
    const known = this.statements.names.get(text);
    const name = known ?? `naervaer_${++this.statements.made}`;
    const remember = !known && this.statements.names.size < PGLITE_PREPARED;
    const statement = known || remember ? name : '';
    const messages = [
      ...(known ? [] : [protocol.serialize.parse({ name: statement, text })]),
      protocol.serialize.bind({ statement, values: parameters.map(toParam) }),
      protocol.serialize.describe({ type: 'P' }),
      protocol.serialize.execute({}),
      protocol.serialize.sync(),
    ];
    const replies = await this.pg.runExclusive(async () => {
      const out = await this.pg.execProtocolStream(concat(messages), { syncToFs: false });
      if (!this.pg.isInTransaction()) await this.pg.syncToFs();
      return out;
    });
    // Only a statement that was parsed without error is kept (a failed one is parsed anew under a new name).
    if (remember) this.statements.names.set(text, name);
    return parse.parseResults(replies, this.pg.parsers)[0] ?? { rows: [], fields: [], affectedRows: 0 };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite-dialekten støtter ikke strømming av spørringer.');
  }
}

function affected(rows: number | undefined): bigint | undefined {
  return rows === undefined ? undefined : BigInt(rows);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** A parameter's value as node-postgres sends it (its `prepareValue`): text, or bytes for binary data. */
function toParam(value: unknown): string | ArrayBufferView | null {
  if (value === null || value === undefined) return null;
  if (ArrayBuffer.isView(value)) return value;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (Array.isArray(v)) return arrayLiteral(v);
    if (ArrayBuffer.isView(v)) return `"\\\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}"`;
    const text = toParam(v) as string;
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}

class PGliteDriver implements Driver {
  private readonly mutex = new Mutex();
  private readonly releases = new WeakMap<DatabaseConnection, () => void>();
  private readonly statements: Statements;
  constructor(private readonly pg: PGlite) {
    let statements = statementsOf.get(pg);
    if (!statements) statementsOf.set(pg, (statements = { names: new Map(), made: 0 }));
    this.statements = statements;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.mutex.lock();
    const connection = new PGliteConnection(this.pg, this.statements);
    this.releases.set(connection, release);
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.releases.get(connection)?.();
    this.releases.delete(connection);
  }

  async destroy(): Promise<void> {
    await this.pg.close();
  }
}

export class PGliteDialect implements Dialect {
  constructor(private readonly pg: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
