// The municipality's own rule profiles: listed beside the shipped ones, edited by the school owner,
// validated by the same schema as the shipped files (the web editor runs that schema as one types).
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import type { Content } from '../content/load-content';

export async function listRuleProfiles(db: Db, content: Content, actor: Actor) {
  return db.withContext(contextOf(actor), async (tx) => {
    const own = await tx.selectFrom('kommune_rule_profile').selectAll().orderBy('profile_id').execute();
    return [
      ...own.map((p) => ({
        id: p.profile_id,
        origin: 'kommune' as const,
        definition: p.definition,
        version: p.version as number | null,
      })),
      ...[...content.profiles].map(([id, definition]) => ({
        id,
        origin: 'levert' as const,
        definition: definition as unknown,
        version: null as number | null,
      })),
    ];
  });
}
