import type { Tx } from '../../db/create-db';
import { shippedProfiles } from '../absence/profiles';

export async function availableProfiles(tx: Tx) {
  const own = await tx.selectFrom('kommune_rule_profile').select(['profile_id', 'definition']).execute();
  return [
    ...own.map((p) => ({
      id: p.profile_id,
      name: String((p.definition as { name?: unknown }).name ?? p.profile_id),
      origin: 'kommune' as const,
    })),
    ...[...shippedProfiles()].map(([id, p]) => ({ id, name: p.name, origin: 'levert' as const })),
  ];
}
