// The municipality's own tiltakstrapper: listed beside the shipped ones, saved by the school owner,
// validated by the same schema — including the rule that a task reporting to child welfare must be
// marked so the guardrail applies — and chosen per school by its administrator.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import type { Content } from '../content/load-content';

export async function listLadders(db: Db, content: Content, actor: Actor) {
  return db.withContext(contextOf(actor), async (tx) => {
    const own = await tx.selectFrom('kommune_ladder').selectAll().orderBy('ladder_id').execute();
    return [
      ...own.map((l) => ({
        id: l.ladder_id,
        origin: 'kommune' as const,
        definition: l.definition,
        version: l.version as number | null,
      })),
      ...[...content.ladders].map(([id, definition]) => ({
        id,
        origin: 'levert' as const,
        definition: definition as unknown,
        version: null as number | null,
      })),
    ];
  });
}
