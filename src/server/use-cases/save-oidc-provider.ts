// A kommune's identity provider, added or changed (decision 084): from the command line (`naervaer oidc
// add`, audited as the operator) or on the admin screen (audited as the admin). The secret itself stays
// in the environment; the row names its variable.
import { OIDC_PROVIDER_KINDS, type OidcProviderKind, ROLES } from '../../contract/enums';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Tx } from '../../db/create-db';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { OIDC_SECRET_NAME } from '../config';
import { AppError } from '../errors';
import { writeOperatorAudit } from '../installation/operator-audit';

/** What each kind of provider starts from; the input may change any of it. */
export const PROVIDER_DEFAULTS = {
  feide: {
    scopes: 'openid userid-feide',
    identityClaim: 'https://n.feide.no/claims/eduPersonPrincipalName',
    clientAuth: 'client_secret_basic',
    strongAcr: [] as string[],
    strongAmr: [] as string[],
    roles: ['kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator', 'skoleeier'],
  },
  idporten: {
    scopes: 'openid profile',
    identityClaim: 'pid',
    clientAuth: 'client_secret_basic',
    strongAcr: ['idporten-loa-substantial', 'idporten-loa-high'],
    strongAmr: [] as string[],
    roles: ['foresatt'],
  },
  helseid: {
    scopes: 'openid profile helseid://scopes/identity/pid helseid://scopes/identity/assurance_level',
    identityClaim: 'helseid://claims/identity/pid',
    clientAuth: 'private_key_jwt',
    strongAcr: [] as string[],
    strongAmr: [] as string[],
    roles: ['helsesykepleier', 'kommunepsykolog'],
  },
} as const;

export const oidcProviderInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'Kortnavnet er 2–40 små bokstaver (a–z), sifre og bindestrek'),
  name: z.string().trim().min(2, 'Navnet må ha minst to tegn').max(100),
  kind: z.enum(OIDC_PROVIDER_KINDS),
  issuer: z
    .string()
    .trim()
    .url('Utstederen må være en URL')
    .refine(
      (u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(u),
      'Utstederen må bruke https (http bare på denne maskinen)',
    ),
  clientId: z.string().trim().min(1, 'Klient-id mangler').max(200),
  clientAuth: z.enum(['client_secret_basic', 'client_secret_post', 'private_key_jwt']).optional(),
  secretRef: z
    .string()
    .trim()
    .regex(OIDC_SECRET_NAME, 'Hemmeligheten oppgis som navnet på en miljøvariabel som begynner med NAERVAER_OIDC_'),
  scopes: z.string().trim().min(6).max(500).optional(),
  identityClaim: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((c) => c !== 'sub', '«sub» kan ikke brukes: den er ulik for hver tjeneste og står ikke i elevregisteret')
    .optional(),
  roles: z.array(z.enum(ROLES)).min(1, 'Velg minst én rolle').optional(),
  strongAcr: z.array(z.string().trim().min(1).max(200)).optional(),
  strongAmr: z.array(z.string().trim().min(1).max(200)).optional(),
  enabled: z.boolean().optional(),
});
export type OidcProviderInput = z.input<typeof oidcProviderInput>;

export type OidcProviderView = {
  id: string;
  slug: string;
  name: string;
  kind: OidcProviderKind;
  issuer: string;
  clientId: string;
  clientAuth: 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt';
  secretRef: string;
  scopes: string;
  identityClaim: string;
  roles: string[];
  strongAcr: string[];
  strongAmr: string[];
  enabled: boolean;
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
): Promise<{ providers: OidcProviderView[]; passwordLogin: boolean }> {
  return db.withContext({ kommuneId: actor.kommuneId, userId: actor.userId }, async (tx) => {
    const rows = await tx.selectFrom('oidc_provider').selectAll().orderBy('display_name').execute();
    const kommune = await tx.selectFrom('kommune').select('password_login').executeTakeFirstOrThrow();
    return {
      passwordLogin: kommune.password_login,
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
        roles: r.roles,
        strongAcr: r.strong_acr,
        strongAmr: r.strong_amr,
        enabled: r.enabled,
      })),
    };
  });
}

/** The admin screen saves a provider. */
export async function saveOidcProvider(db: Db, actor: Actor, input: OidcProviderInput, now: Date) {
  return db.withContext({ kommuneId: actor.kommuneId, userId: actor.userId }, async (tx) => {
    const saved = await upsert(tx, actor.kommuneId, input, now);
    await writeAudit(tx, actor, now, [
      {
        action: 'oidc.provider.save',
        entity: 'oidc_provider',
        entityId: saved.id,
        details: { slug: saved.values.slug, kind: saved.values.kind, created: saved.created },
      },
    ]);
    return { id: saved.id, created: saved.created };
  });
}
