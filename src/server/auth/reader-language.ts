// The language a user reads, outside a request (the mail worker) or just after it changed (the user's own
// choice): the same rule as naervaer_session's (migration 0041, decision 176).
import type { Tx } from '../../db/create-db';
import { languageOf, type Language } from '../../domain/language/language';

/**
 * The language a user reads, as the session decides it (migration 0041): their own choice, a guardian's
 * family language, or the kommune's målform.
 */
export async function readerLanguage(tx: Tx, userId: string): Promise<Language> {
  const row = await tx
    .selectFrom('app_user as u')
    .innerJoin('kommune as k', 'k.id', 'u.kommune_id')
    .select((eb) => [
      'u.language',
      'k.malform',
      eb
        .selectFrom('guardian as g')
        .select('g.language')
        .whereRef('g.user_id', '=', 'u.id')
        .where('g.language', 'is not', null)
        .limit(1)
        .as('family'),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return row ? languageOf(row.language ?? row.family, row.malform) : 'nb';
}
