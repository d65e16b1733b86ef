// The classes a staff member may see (src/server/access/scope.ts), with how many pupils each has now; not those of
// an earlier school year.
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { classScope, roleForClass, visibleClasses } from '../access/scope';
import { presentMyClass } from '../presenters/classes';

export async function listMyClasses(db: Db, actor: Actor) {
  return db.withContext(contextOf(actor), async (tx) => {
    const rows = await visibleClasses(tx, classScope(actor))
      .select(
        sql<number>`(select count(*)::int from class_membership m where m.class_id = class.id and m.valid_to is null)`.as(
          'pupil_count',
        ),
      )
      // An earlier school year's class (every membership ended: its pupils have moved on) is not listed; a new class
      // with no pupils yet is.
      .where(({ exists, not, selectFrom, and }) =>
        not(
          and([
            exists(selectFrom('class_membership as m').select('m.id').whereRef('m.class_id', '=', 'class.id')),
            not(
              exists(
                selectFrom('class_membership as m')
                  .select('m.id')
                  .whereRef('m.class_id', '=', 'class.id')
                  .where('m.valid_to', 'is', null),
              ),
            ),
          ]),
        ),
      )
      .orderBy('school.name')
      .orderBy('class.trinn')
      .orderBy('class.name')
      .execute();
    return rows.map((c) => presentMyClass(c, roleForClass(actor, c) ?? 'skoleledelse'));
  });
}
