// A guardian's own children, with their current class and school. Audited like every pupil read.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';

export async function listMyChildren(db: Db, actor: Actor, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const rows = await tx
      .selectFrom('guardian as g')
      .innerJoin('guardian_pupil as gp', 'gp.guardian_id', 'g.id')
      .innerJoin('pupil as p', 'p.id', 'gp.pupil_id')
      .leftJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'p.id').on('m.valid_to', 'is', null))
      .leftJoin('class as c', 'c.id', 'm.class_id')
      .leftJoin('school as s', 's.id', 'c.school_id')
      .select(['p.id', 'p.first_name', 'p.last_name', 'c.name as class_name', 's.name as school_name'])
      .where('g.user_id', '=', actor.userId)
      // A parent whose right to information is restricted sees nothing of the child (decision 131).
      .where('gp.information_restricted', '=', false)
      .orderBy('p.birth_date')
      .execute();
    await writeAudit(
      tx,
      actor,
      now,
      rows.map((p) => ({ action: 'pupil.read', pupilId: p.id, details: { via: 'my-children' } })),
    );
    return rows.map((p) => ({
      id: p.id,
      firstName: p.first_name,
      lastName: p.last_name,
      className: p.class_name ?? '',
      schoolName: p.school_name ?? '',
    }));
  });
}
