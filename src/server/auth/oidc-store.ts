// Reading providers and sign-ins under way before any kommune is known (the one-row settings of
// migration 0026, as login_username does for users), and the audit rows of OpenID sign-ins.
import { createHash } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import { AUDIT_KINDS } from '../audit';

export type OidcProviderRow = Selectable<Database['oidc_provider']>;

export function stateHash(state: string): string {
  return createHash('sha256').update(state).digest('base64url');
}

/** The provider named by a start URL, from any kommune (the slug is unique across the installation). */
export async function providerBySlug(db: Db, slug: string) {
  return db.withContext({}, async (tx) => {
    await sql`select set_config('naervaer.oidc_slug', ${slug}, true)`.execute(tx);
    return tx.selectFrom('oidc_provider').selectAll().where('slug', '=', slug).executeTakeFirst();
  });
}

/** The sign-in under way with this state, from any kommune: only its kommune and provider. */
export async function loginByState(db: Db, state: string) {
  const hash = stateHash(state);
  return db.withContext({}, async (tx) => {
    await sql`select set_config('naervaer.oidc_state_hash', ${hash}, true)`.execute(tx);
    return tx
      .selectFrom('oidc_login')
      .select(['id', 'kommune_id', 'provider_id'])
      .where('state_hash', '=', hash)
      .executeTakeFirst();
  });
}

/** The enabled providers of the installation, for the login page's buttons (nothing secret). */
export async function enabledProviders(db: Db): Promise<{ slug: string; display_name: string; kind: string }[]> {
  return (
    await sql<{
      slug: string;
      display_name: string;
      kind: string;
    }>`select * from naervaer_oidc_providers()`.execute(db.owner)
  ).rows;
}

export type OidcAudit = {
  action: 'auth.oidc.login' | 'auth.oidc.refused';
  userId?: string | null;
  role?: string | null;
  details: Record<string, unknown>;
  clientIp: string | null;
};

/**
 * A sign-in's audit row, without a session: allowed (the user, the provider) or refused (the reason
 * code; never the national id, never a token). The kommune is the organisation.
 */
export async function writeOidcAudit(tx: Tx, kommuneId: string, at: Date, entry: OidcAudit): Promise<void> {
  const kommune = await tx.selectFrom('kommune').select('name').where('id', '=', kommuneId).executeTakeFirst();
  await tx
    .insertInto('audit_log')
    .values({
      kommune_id: kommuneId,
      at,
      user_id: entry.userId ?? null,
      role: entry.role ?? null,
      action: entry.action,
      pupil_id: null,
      details: JSON.stringify(entry.details),
      kind: AUDIT_KINDS[entry.action],
      entity: 'user_session',
      entity_id: null,
      case_id: null,
      organisation: kommune?.name ?? null,
      client_ip: entry.clientIp,
      outcome: entry.action === 'auth.oidc.refused' ? 'denied' : 'allowed',
    })
    .execute();
}
