// The classes a staff member may see (src/server/access/scope.ts), with how many pupils each has now.
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
      .orderBy('school.name')
      .orderBy('class.trinn')
      .orderBy('class.name')
      .execute();
    return rows.map((c) => presentMyClass(c, roleForClass(actor, c) ?? 'skoleledelse'));
  });
}
