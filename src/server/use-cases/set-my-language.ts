// A user's own interface language (issue 20, decision 176): bokmål, nynorsk, English, or null to follow the
// kommune's målform. The user's own preference, like their e-mail address: no version to compare, the
// last choice stands. Audited, as the other changes to one's own account are.
import type { Db } from '../../db/create-db';
import type { Language } from '../../domain/language/language';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { readerLanguage } from '../auth/reader-language';

/** The effective language after the change: the choice, or the kommune's målform (or a guardian's family language). */
export async function setMyLanguage(
  db: Db,
  actor: Actor,
  chosen: Language | null,
  now: Date,
): Promise<{ language: Language; chosenLanguage: Language | null }> {
  return db.withContext(contextOf(actor), async (tx) => {
    await tx.updateTable('app_user').set({ language: chosen }).where('id', '=', actor.userId).execute();
    await writeAudit(tx, actor, now, [
      { action: 'account.language.set', entity: 'app_user', entityId: actor.userId, details: { language: chosen } },
    ]);
    return { language: await readerLanguage(tx, actor.userId), chosenLanguage: chosen };
  });
}
