import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';

/**
 * A kommune's own rule profile or ladder: municipal content stored as data beside the shipped files (decision 022,
 * 030). Saving one is the same for both — refuse a shipped id, validate with the file's own schema, insist the
 * id inside is the one in the address, then create it or update the version the editor was based on (the
 * replaced version stays in record_history) and audit the save — only the words and the table differ.
 */
const KINDS = {
  profile: {
    table: 'kommune_rule_profile',
    key: 'profile_id',
    audit: { action: 'rule-profile.save', entity: 'rule_profile', detail: 'profileId' },
    shipped: 'en levert profil',
    the: 'Profilen',
    its: 'Profilens',
  },
  ladder: {
    table: 'kommune_ladder',
    key: 'ladder_id',
    audit: { action: 'ladder.save', entity: 'ladder', detail: 'ladderId' },
    shipped: 'en levert tiltakstrapp',
    the: 'Tiltakstrappa',
    its: 'Tiltakstrappas',
  },
} as const;

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export async function saveKommuneDefinition<T extends { id: string }>(
  db: Db,
  actor: Actor,
  kind: keyof typeof KINDS,
  id: string,
  input: { definition: unknown; version?: number | undefined },
  now: Date,
  how: {
    isShipped: boolean;
    parse(definition: unknown, id: string): Parsed<T>;
    /** What follows an edit of a stored definition, in the same transaction (the schools' alerts, say). */
    afterUpdate?: (tx: Tx, saved: T) => Promise<void>;
  },
) {
  const words = KINDS[kind];
  if (how.isShipped)
    throw new AppError('validation', `«${id}» er ${words.shipped} og kan ikke endres. Lagre en kopi med en ny id.`);
  const parsed = how.parse(input.definition, id);
  if (!parsed.ok)
    throw new AppError('validation', `${words.the} er ikke gyldig (${parsed.errors.length} feil).`, {
      errors: parsed.errors,
    });
  if (parsed.value.id !== id)
    throw new AppError(
      'validation',
      `${words.its} id «${parsed.value.id}» må være den samme som i adressen («${id}»).`,
    );
  return db.withContext(contextOf(actor), async (tx) => {
    const existing = await sql<{ id: string }>`
      select id from ${sql.table(words.table)} where ${sql.ref(words.key)} = ${id}`.execute(tx);
    const rowId = existing.rows[0]?.id;
    const definition = JSON.stringify(parsed.value);
    let version = 1;
    if (rowId) {
      if (input.version === undefined)
        throw new AppError('conflict', `${words.the} finnes allerede. Last den på nytt og endre den.`);
      version = await updateVersioned(tx, words.table, rowId, input.version, {
        definition,
        updated_by: actor.userId,
        updated_at: now,
      });
      await how.afterUpdate?.(tx, parsed.value);
    } else {
      await sql`
        insert into ${sql.table(words.table)} (id, kommune_id, ${sql.ref(words.key)}, definition, updated_by, updated_at)
        values (${randomUUID()}, ${actor.kommuneId}, ${id}, ${definition}, ${actor.userId}, ${now})`.execute(tx);
    }
    await writeAudit(tx, actor, now, [
      { action: words.audit.action, entity: words.audit.entity, entityId: id, details: { [words.audit.detail]: id } },
    ]);
    return { id, version };
  });
}
