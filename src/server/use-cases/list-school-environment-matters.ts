// The open school environment matters of the schools the reader leads (or the contact teacher's classes),
// for the leadership's board on «Saker» (decision 189): the matters that need a step first.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { classScope, inScope } from '../access/scope';
import { presentMatterSummary } from '../presenters/school-environment';

export async function listSchoolEnvironmentMatters(db: Db, actor: Actor, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const scope = classScope(actor);
    // The contact teacher's own classes; school-wide for the leadership (a subject teacher has no read role).
    const readable = {
      classIds: actor.roles.filter((r) => r.role === 'kontaktlaerer' && r.classId).map((r) => r.classId!),
      schoolIds: scope.schoolIds,
    };
    const rows = await tx
      .selectFrom('school_environment_case as e')
      .innerJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'e.pupil_id').on('m.valid_to', 'is', null))
      .innerJoin('class as c', 'c.id', 'm.class_id')
      .innerJoin('pupil as p', 'p.id', 'e.pupil_id')
      .selectAll('e')
      .select(['p.first_name as firstName', 'p.last_name as lastName', 'c.name as className'])
      .where('e.status', '=', 'open')
      .whereRef('c.school_id', '=', 'e.school_id')
      .where(inScope(readable, 'c.id', 'c.school_id'))
      .orderBy('e.known_on')
      .execute();
    const today = osloDate(now);
    const matters = rows.map((r) => presentMatterSummary(r, r, today));
    if (rows.length)
      await writeAudit(
        tx,
        actor,
        now,
        rows.map((r) => ({
          action: 'school-environment.list' as const,
          pupilId: r.pupil_id,
          entity: 'school_environment_case' as const,
          entityId: r.id,
          details: { matterId: r.id },
        })),
      );
    // What needs a step first: flagged matters before the others, the oldest first within each.
    return { matters: [...matters.filter((m) => m.flags.length), ...matters.filter((m) => !m.flags.length)] };
  });
}
