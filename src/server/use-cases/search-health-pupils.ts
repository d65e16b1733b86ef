// «Meld undring til skolen»: the helsesykepleier finds the pupil by name or class among the schools she
// serves (decision 196). Names, class and school only — no absence, no case, no guardian — at most 20.
import type { Db } from '../../db/create-db';
import { ageOn, OWN_CONSENT_AGE } from '../../domain/health/health-concern';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { requireServedSchools, schoolSideContext } from '../health/health-concerns';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchHealthPupils(db: Db, actor: Actor, q: string, now: Date) {
  const schools = requireServedSchools(actor);
  const today = osloDate(now);
  return db.withContext(schoolSideContext(actor), async (tx) => {
    const like = `%${escapeLike(q.trim())}%`;
    const rows = await tx
      .selectFrom('class_membership as m')
      .innerJoin('pupil as p', 'p.id', 'm.pupil_id')
      .innerJoin('class as c', 'c.id', 'm.class_id')
      .innerJoin('school as s', 's.id', 'c.school_id')
      .select(['p.id', 'p.first_name', 'p.last_name', 'p.birth_date', 'c.name as class_name', 's.name as school_name'])
      .where('m.valid_to', 'is', null)
      .where('c.school_id', 'in', schools)
      .where((eb) =>
        eb.or([
          eb(eb.fn('concat_ws', [eb.val(' '), eb.ref('p.first_name'), eb.ref('p.last_name')]), 'ilike', like),
          eb('c.name', 'ilike', like),
        ]),
      )
      .orderBy('p.last_name')
      .orderBy('p.first_name')
      .limit(20)
      .execute();
    await writeAudit(tx, actor, now, [{ action: 'health-concern.pupils', details: { found: rows.length } }]);
    return {
      pupils: rows.map((r) => ({
        id: r.id,
        name: `${r.first_name} ${r.last_name}`,
        className: r.class_name,
        schoolName: r.school_name,
        ownConsentPossible: ageOn(r.birth_date, today) >= OWN_CONSENT_AGE,
      })),
    };
  });
}
