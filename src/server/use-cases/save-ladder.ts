import { randomUUID } from 'node:crypto';
import { parseLadder } from '../../domain/ladder/ladder-schema';
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import type { Content } from '../content/load-content';

export async function saveLadder(
  db: Db,
  content: Content,
  actor: Actor,
  ladderId: string,
  input: { definition: unknown; version?: number | undefined },
  now: Date,
) {
  if (content.ladders.has(ladderId))
    throw new AppError(
      'validation',
      `«${ladderId}» er en levert tiltakstrapp og kan ikke endres. Lagre en kopi med en ny id.`,
    );
  const parsed = parseLadder(input.definition, ladderId);
  if (!parsed.ok)
    throw new AppError('validation', `Tiltakstrappa er ikke gyldig (${parsed.errors.length} feil).`, {
      errors: parsed.errors,
    });
  if (parsed.ladder.id !== ladderId)
    throw new AppError(
      'validation',
      `Tiltakstrappas id «${parsed.ladder.id}» må være den samme som i adressen («${ladderId}»).`,
    );
  return db.withContext(contextOf(actor), async (tx) => {
    const existing = await tx
      .selectFrom('kommune_ladder')
      .select('id')
      .where('ladder_id', '=', ladderId)
      .executeTakeFirst();
    const definition = JSON.stringify(parsed.ladder);
    let version = 1;
    if (existing) {
      if (input.version === undefined)
        throw new AppError('conflict', 'Tiltakstrappa finnes allerede. Last den på nytt og endre den.');
      version = await updateVersioned(tx, 'kommune_ladder', existing.id, input.version, {
        definition,
        updated_by: actor.userId,
        updated_at: now,
      });
    } else {
      await tx
        .insertInto('kommune_ladder')
        .values({
          id: randomUUID(),
          kommune_id: actor.kommuneId,
          ladder_id: ladderId,
          definition,
          updated_by: actor.userId,
          updated_at: now,
        })
        .execute();
    }
    await writeAudit(tx, actor, now, [
      { action: 'ladder.save', entity: 'ladder', entityId: ladderId, details: { ladderId } },
    ]);
    return { id: ladderId, version };
  });
}
