// A guardian chooses the language of their letters and pages (issue 20 item 2, decision 178): «Språk /
// Language» on their own pages sets `guardian.language` of their guardian row(s); null goes back to the
// kommune's målform. The session's language follows it when the account has no interface language of its
// own (migration 0041). Audited; 409 on an old version.
import type { Db, Tx } from '../../db/create-db';
import type { Language } from '../../domain/language/language';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { kommuneMalform } from '../documents';
import { AppError } from '../errors';
import { updateVersioned } from '../versioned';

/** The guardian rows of the signed-in guardian, the first (oldest) holding the version the screen sends. */
async function myGuardians(tx: Tx, actor: Actor) {
  const rows = await tx
    .selectFrom('guardian')
    .select(['id', 'language', 'version'])
    .where('user_id', '=', actor.userId)
    .orderBy('id')
    .execute();
  if (!rows.length) throw new AppError('not_found', 'Fant ingen foresatt knyttet til kontoen.');
  return rows;
}

export async function getMyFamilyLanguage(db: Db, actor: Actor) {
  return db.withContext(contextOf(actor), async (tx) => {
    const [me] = await myGuardians(tx, actor);
    return { language: me!.language, malform: await kommuneMalform(tx, actor.kommuneId), version: me!.version };
  });
}

export async function setMyFamilyLanguage(
  db: Db,
  actor: Actor,
  input: { language: Language | null; version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const [me, ...others] = await myGuardians(tx, actor);
    const version = await updateVersioned(tx, 'guardian', me!.id, input.version, { language: input.language });
    // The same person as guardian of children in two registrations: one choice for all of them.
    for (const g of others) await updateVersioned(tx, 'guardian', g.id, g.version, { language: input.language });
    await writeAudit(tx, actor, now, [
      { action: 'guardian.language.set', details: { guardianId: me!.id, language: input.language } },
    ]);
    return { language: input.language, malform: await kommuneMalform(tx, actor.kommuneId), version };
  });
}
