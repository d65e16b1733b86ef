// The kommune's målform (språklova § 5; issue 20, decision 176): bokmål or nynorsk, the language of its staff
// who have not chosen their own and of the documents kept in the pupil's file. Set by those who administer
// the kommune's other settings; optimistic concurrency on the kommune's version, audited.
import type { Db } from '../../db/create-db';
import type { Malform } from '../../domain/language/language';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { updateVersioned } from '../versioned';

export async function getKommuneSettings(db: Db, actor: Actor) {
  return db.withContext(contextOf(actor), (tx) =>
    tx
      .selectFrom('kommune')
      .select(['id', 'name', 'malform', 'version'])
      .where('id', '=', actor.kommuneId)
      .executeTakeFirstOrThrow(),
  );
}

export async function setKommuneMalform(db: Db, actor: Actor, input: { malform: Malform; version: number }, now: Date) {
  await db.withContext(contextOf(actor), async (tx) => {
    const before = await tx
      .selectFrom('kommune')
      .select('malform')
      .where('id', '=', actor.kommuneId)
      .executeTakeFirstOrThrow();
    await updateVersioned(tx, 'kommune', actor.kommuneId, input.version, { malform: input.malform });
    await writeAudit(tx, actor, now, [
      {
        action: 'kommune.malform.set',
        entity: 'kommune',
        entityId: actor.kommuneId,
        details: { from: before.malform, to: input.malform },
      },
    ]);
  });
  return getKommuneSettings(db, actor);
}
