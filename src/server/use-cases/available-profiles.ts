import type { Tx } from '../../db/create-db';
import type { Content } from '../content/load-content';

export async function availableProfiles(tx: Tx, content: Content) {
  const own = await tx.selectFrom('kommune_rule_profile').select(['profile_id', 'definition']).execute();
  return [
    ...own.map((p) => ({
      id: p.profile_id,
      name: String((p.definition as { name?: unknown }).name ?? p.profile_id),
      origin: 'kommune' as const,
    })),
    ...[...content.profiles].map(([id, p]) => ({ id, name: p.name, origin: 'levert' as const })),
  ];
}
