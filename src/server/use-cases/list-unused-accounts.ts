// Accounts nobody has used for a long time, for an administrator to review (and disable): active
// accounts whose last completed login — or, never used, their creation — lies more than `days` back.
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';
import type { UserKind } from '../../db/schema';
import { contextOf, type Actor } from '../actor';

export type UnusedAccount = {
  id: string;
  username: string;
  displayName: string;
  kind: UserKind;
  lastLoginAt: string | null;
  createdAt: string;
};

export async function listUnusedAccounts(
  db: Db,
  actor: Actor,
  now: Date,
  days: number,
): Promise<{ days: number; before: string; users: UnusedAccount[] }> {
  const before = new Date(now.getTime() - days * 86_400_000);
  const rows = await db.withContext(contextOf(actor), (tx) =>
    tx
      .selectFrom('app_user')
      .select(['id', 'username', 'display_name', 'kind', 'last_login_at', 'created_at'])
      .where('disabled_at', 'is', null)
      .where(sql<boolean>`coalesce(last_login_at, created_at) < ${before}`)
      .orderBy(sql`coalesce(last_login_at, created_at)`)
      .orderBy('username')
      .execute(),
  );
  return {
    days,
    before: before.toISOString(),
    users: rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      kind: r.kind,
      lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}
