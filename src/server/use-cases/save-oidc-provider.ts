// A kommune's identity provider, added or changed (decision 084): from the command line (`naervaer oidc
// add`, audited as the operator) or on the admin screen (audited as the admin). The secret itself stays
// in the environment; the row names its variable.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/create-db';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { writeOperatorAudit } from '../installation/operator-audit';
import { updateVersioned } from '../versioned';
import {
  oidcProviderInput,
  PROVIDER_DEFAULTS,
  type OidcProviderInput,
  type ChangeIdentityProviderBody,
} from '../../contract/oidc';
import type { OidcClientAuth, OidcProviderKind, Role } from '../../contract/enums';

export { oidcProviderInput, PROVIDER_DEFAULTS, type OidcProviderInput } from '../../contract/oidc';

/** A provider as the kommune holds it: the name of its secret's variable, never the secret. */
export type OidcProviderView = {
  id: string;
  slug: string;
  name: string;
  kind: OidcProviderKind;
  issuer: string;
  clientId: string;
  clientAuth: OidcClientAuth;
  secretRef: string;
  scopes: string;
  identityClaim: string;
  roles: Role[];
  strongAcr: string[];
  strongAmr: string[];
  enabled: boolean;
  version: number;
};

function parse(input: OidcProviderInput) {
  const parsed = oidcProviderInput.safeParse(input);
  if (!parsed.success) throw new AppError('validation', parsed.error.issues.map((i) => i.message).join('. ') + '.');
  const p = parsed.data;
  const d = PROVIDER_DEFAULTS[p.kind];
  return {
    slug: p.slug,
    display_name: p.name,
    kind: p.kind,
    issuer: p.issuer,
    client_id: p.clientId,
    client_auth: p.clientAuth ?? d.clientAuth,
    secret_ref: p.secretRef,
    scopes: p.scopes ?? d.scopes,
    identity_claim: p.identityClaim ?? d.identityClaim,
    roles: p.roles ?? [...d.roles],
    strong_acr: p.strongAcr ?? [...d.strongAcr],
    strong_amr: p.strongAmr ?? [...d.strongAmr],
    enabled: p.enabled ?? true,
  };
}

/** Adds the provider, or changes the kommune's provider with the same short name. */
async function upsert(tx: Tx, kommuneId: string, input: OidcProviderInput, now: Date) {
  const values = parse(input);
  const existing = await tx.selectFrom('oidc_provider').select('id').where('slug', '=', values.slug).executeTakeFirst();
  if (existing) {
    await tx
      .updateTable('oidc_provider')
      .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
      .where('id', '=', existing.id)
      .execute();
    return { id: existing.id, created: false, values };
  }
  const id = randomUUID();
  try {
    await tx
      .insertInto('oidc_provider')
      .values({ id, kommune_id: kommuneId, created_at: now, ...values })
      .execute();
  } catch (error) {
    // The short name is unique across the installation: another kommune has it.
    if ((error as { code?: string }).code === '23505')
      throw new AppError('conflict', `Kortnavnet «${values.slug}» er allerede i bruk. Velg et annet.`);
    throw error;
  }
  return { id, created: true, values };
}

/** `naervaer oidc add`: written as the operator («drift»). */
export async function addOidcProviderAsOperator(
  db: Db,
  kommune: { id: string; name: string },
  input: OidcProviderInput,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  return db.withContext({ kommuneId: kommune.id }, async (tx) => {
    const saved = await upsert(tx, kommune.id, input, now);
    await writeOperatorAudit(tx, kommune, now, {
      action: 'installation.oidc.add',
      entity: 'oidc_provider',
      entityId: saved.id,
      details: { slug: saved.values.slug, kind: saved.values.kind, created: saved.created },
    });
    return { id: saved.id, created: saved.created };
  });
}

/** The admin screen: the kommune's providers and whether passwords still work. */
export async function listOidcProviders(
  db: Db,
  actor: Actor,
): Promise<{ providers: OidcProviderView[]; passwordLogin: boolean; emergencyAdmins: number }> {
  return db.withContext({ kommuneId: actor.kommuneId, userId: actor.userId }, async (tx) => {
    const rows = await tx.selectFrom('oidc_provider').selectAll().orderBy('display_name').orderBy('slug').execute();
    const kommune = await tx.selectFrom('kommune').select('password_login').executeTakeFirstOrThrow();
    const emergency = await tx
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('emergency_admin', '=', true)
      .where('disabled_at', 'is', null)
      .executeTakeFirstOrThrow();
    return {
      passwordLogin: kommune.password_login,
      emergencyAdmins: Number(emergency.n),
      providers: rows.map((r) => ({
        id: r.id,
        slug: r.slug,
        name: r.display_name,
        kind: r.kind,
        issuer: r.issuer,
        clientId: r.client_id,
        clientAuth: r.client_auth,
        secretRef: r.secret_ref,
        scopes: r.scopes,
        identityClaim: r.identity_claim,
        roles: r.roles as Role[],
        strongAcr: r.strong_acr,
        strongAmr: r.strong_amr,
        enabled: r.enabled,
        version: r.version,
      })),
    };
  });
}

const slugTaken = (slug: string) => new AppError('conflict', `Kortnavnet «${slug}» er allerede i bruk. Velg et annet.`);

/** The admin screen adds a provider; a short name already in use anywhere is refused, never overwritten. */
export async function addOidcProvider(
  db: Db,
  actor: Actor,
  input: OidcProviderInput,
  now: Date,
): Promise<{ id: string; version: number }> {
  return db.withContext({ kommuneId: actor.kommuneId, userId: actor.userId }, async (tx) => {
    const values = parse(input);
    const own = await tx.selectFrom('oidc_provider').select('id').where('slug', '=', values.slug).executeTakeFirst();
    if (own) throw slugTaken(values.slug);
    const saved = await upsert(tx, actor.kommuneId, input, now);
    await writeAudit(tx, actor, now, [
      {
        action: 'oidc.provider.save',
        entity: 'oidc_provider',
        entityId: saved.id,
        details: { slug: saved.values.slug, kind: saved.values.kind, created: true },
      },
    ]);
    return { id: saved.id, version: 1 };
  });
}

/** The admin screen changes a provider by its id, from the version it showed (a newer save is a conflict). */
export async function changeOidcProvider(
  db: Db,
  actor: Actor,
  providerId: string,
  input: ChangeIdentityProviderBody,
  now: Date,
): Promise<{ id: string; version: number }> {
  return db.withContext({ kommuneId: actor.kommuneId, userId: actor.userId }, async (tx) => {
    const { version: expected, ...rest } = input;
    const values = parse(rest);
    const other = await tx
      .selectFrom('oidc_provider')
      .select('id')
      .where('slug', '=', values.slug)
      .where('id', '<>', providerId)
      .executeTakeFirst();
    if (other) throw slugTaken(values.slug);
    let version: number;
    try {
      version = await updateVersioned(tx, 'oidc_provider', providerId, expected, values);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw slugTaken(values.slug);
      throw error;
    }
    await writeAudit(tx, actor, now, [
      {
        action: 'oidc.provider.save',
        entity: 'oidc_provider',
        entityId: providerId,
        details: { slug: values.slug, kind: values.kind, created: false },
      },
    ]);
    return { id: providerId, version };
  });
}

/**
 * The admin screen removes a provider (decision 098). Sign-ins under way through it are dropped, and the
 * sessions that came through it end at once: a provider is removed when the kommune stops trusting it.
 */
export async function removeOidcProvider(db: Db, actor: Actor, providerId: string, now: Date): Promise<void> {
  await db.withContext({ kommuneId: actor.kommuneId, userId: actor.userId }, async (tx) => {
    const provider = await tx
      .selectFrom('oidc_provider')
      .select(['id', 'slug', 'kind'])
      .where('id', '=', providerId)
      .forUpdate()
      .executeTakeFirst();
    if (!provider) throw new AppError('not_found', 'Fant ikke innloggingstjenesten. Den kan være fjernet allerede.');
    await tx.deleteFrom('oidc_login').where('provider_id', '=', providerId).execute();
    const ended = await tx
      .updateTable('user_session')
      .set({ ended_at: now, oidc_id_token: null })
      .where('oidc_provider_id', '=', providerId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    await tx
      .updateTable('user_session')
      .set({ oidc_provider_id: null })
      .where('oidc_provider_id', '=', providerId)
      .execute();
    await tx.deleteFrom('oidc_provider').where('id', '=', providerId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'oidc.provider.remove',
        entity: 'oidc_provider',
        entityId: providerId,
        details: { slug: provider.slug, kind: provider.kind, sessionsEnded: Number(ended.numUpdatedRows) },
      },
    ]);
  });
}
