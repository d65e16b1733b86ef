import { parseLadder } from '../../domain/ladder/ladder-schema';
import type { Db } from '../../db/create-db';
import type { Actor } from '../actor';
import type { Content } from '../content/load-content';
import { saveKommuneDefinition } from '../content/save-kommune-definition';

/** A kommune's own ladder, created or edited (decision 030); the shipped ladders are files and cannot be. */
export async function saveLadder(
  db: Db,
  content: Content,
  actor: Actor,
  ladderId: string,
  input: { definition: unknown; version?: number | undefined },
  now: Date,
) {
  return saveKommuneDefinition(db, actor, 'ladder', ladderId, input, now, {
    isShipped: content.ladders.has(ladderId),
    parse(definition, id) {
      const parsed = parseLadder(definition, id);
      return parsed.ok ? { ok: true, value: parsed.ladder } : parsed;
    },
  });
}
