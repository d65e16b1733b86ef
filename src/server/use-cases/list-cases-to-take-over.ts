import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { classScope } from '../access/scope';

/** Open cases whose pupil now belongs to one of the actor's schools but whose case is still the old school's. */
export async function listCasesToTakeOver(db: Db, actor: Actor) {
  const schoolIds = classScope(actor).schoolIds;
  if (!schoolIds.length) return [];
  return db.withContext(contextOf(actor), async (tx) =>
    tx
      .selectFrom('pupil_case as pc')
      .innerJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'pc.pupil_id').on('m.valid_to', 'is', null))
      .innerJoin('class as c', 'c.id', 'm.class_id')
      .innerJoin('pupil as p', 'p.id', 'pc.pupil_id')
      .innerJoin('school as s', 's.id', 'pc.school_id')
      .select(['pc.id', 'pc.level', 'p.first_name', 'p.last_name', 'c.name as class_name', 's.name as from_school'])
      .where('pc.status', '=', 'open')
      .where('c.school_id', 'in', schoolIds)
      .whereRef('pc.school_id', '!=', 'c.school_id')
      .execute()
      .then((rows) =>
        rows.map((r) => ({
          id: r.id,
          level: r.level,
          pupilName: `${r.first_name} ${r.last_name}`,
          className: r.class_name,
          fromSchool: r.from_school,
        })),
      ),
  );
}
