// The pupils of one class, for a staff member who may see that class. Every pupil shown is audited.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentPupil } from '../presenters/pupil';
import { classScope, visibleClasses } from '../access/scope';
import { formatSchoolYear } from '../presenters/classes';

export async function listClassPupils(db: Db, actor: Actor, classId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const cls = await visibleClasses(tx, classScope(actor)).where('class.id', '=', classId).executeTakeFirst();
    if (!cls) throw new AppError('not_found', 'Fant ikke klassen, eller du har ikke tilgang til den.');
    const pupils = await tx
      .selectFrom('class_membership as m')
      .innerJoin('pupil as p', 'p.id', 'm.pupil_id')
      .select(['p.id', 'p.first_name', 'p.last_name', 'p.birth_date', 'p.protected_address', 'p.version'])
      .where('m.class_id', '=', classId)
      .where('m.valid_to', 'is', null)
      .orderBy('p.last_name')
      .orderBy('p.first_name')
      .execute();
    await writeAudit(
      tx,
      actor,
      now,
      pupils.map((p) => ({ action: 'pupil.read', pupilId: p.id, details: { via: 'class-list', classId } })),
    );
    return {
      class: {
        id: cls.id,
        name: cls.name,
        trinn: cls.trinn,
        schoolYear: formatSchoolYear(cls.school_year),
        schoolName: cls.school_name,
      },
      pupils: pupils.map(presentPupil),
    };
  });
}
