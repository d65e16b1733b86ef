// Overload is not an outage (decision 070, found by bench:api): when every connection of the pool is in
// use for longer than the connect timeout, the waiting request is refused as busy — 503 with its own
// message — and the database is not reported lost. PostgreSQL only (PGlite has no pool).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, DatabaseBusyError, isDatabaseUnavailable, type Db } from '../../src/db/create-db';
import { dbTarget, freshDb, type TestDb } from '../support/db';

describe.skipIf(dbTarget.kind !== 'postgres')('a busy pool (PostgreSQL only)', () => {
  let template: TestDb;
  let db: Db;
  const changes: string[] = [];

  beforeAll(async () => {
    template = await freshDb();
    db = await createDb({ databaseUrl: template.url, onConnectionChange: (c) => changes.push(c.state) });
  });
  afterAll(async () => {
    await db?.close();
    await template?.drop();
  });

  it('refuses a request that waited past the timeout for a connection as busy, not lost', async () => {
    const holders = Array.from({ length: 10 }, () => db.withContext({}, (tx) => sql`select pg_sleep(7)`.execute(tx)));
    await new Promise((r) => setTimeout(r, 500));
    const waiting = await db
      .withContext({}, (tx) => sql`select 1`.execute(tx))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(waiting).toBeInstanceOf(DatabaseBusyError);
    expect(isDatabaseUnavailable(waiting)).toBe(false);
    await Promise.all(holders);
    expect(changes).toEqual([]);
    // And the pool serves again at once.
    expect((await db.withContext({}, (tx) => sql<{ n: number }>`select 1 as n`.execute(tx))).rows).toEqual([{ n: 1 }]);
  }, 30_000);
});
