// Reminders inside the app: the open tasks of the cases the user can see that are theirs — owned by
// them, or unowned with one of their roles responsible — due first, overdue marked. A service partner's
// are those of the cases a consent opens to them (decision 112).
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, partnerServiceOf, type Actor } from '../actor';
import { casesWithConsent } from '../cases/case-place';
import { classScope, inScope } from '../access/scope';

export async function listMyTasks(db: Db, actor: Actor, now: Date) {
  const scope = classScope(actor);
  const roles = [...new Set(actor.roles.map((r) => r.role as string))];
  const today = osloDate(now);
  return db.withContext(contextOf(actor), async (tx) => {
    const partner = partnerServiceOf(actor) !== null;
    const consented = partner ? await casesWithConsent(tx, actor, now) : [];
    if (partner && consented.length === 0) return [];
    const rows = await tx
      .selectFrom('case_task as t')
      .innerJoin('pupil_case as pc', 'pc.id', 't.case_id')
      .innerJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'pc.pupil_id').on('m.valid_to', 'is', null))
      .innerJoin('class as c', 'c.id', 'm.class_id')
      .innerJoin('pupil as p', 'p.id', 'pc.pupil_id')
      .select(['t.id', 't.text', 't.due_on', 't.case_id', 'p.first_name', 'p.last_name', 'c.name as class_name'])
      .where('pc.status', '=', 'open')
      .where('t.done_on', 'is', null)
      .where(partner ? (eb) => eb('pc.id', 'in', consented) : inScope(scope, 'c.id', 'c.school_id'))
      .where((eb) =>
        eb.or([
          eb('t.owner_id', '=', actor.userId),
          eb.and([
            eb('t.owner_id', 'is', null),
            roles.length ? sql<boolean>`t.responsible && ${sql.val(roles)}::text[]` : eb.val(false),
          ]),
        ]),
      )
      .orderBy(sql`t.due_on nulls last`)
      .orderBy('t.level')
      .limit(200)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      text: r.text,
      dueOn: r.due_on,
      overdue: r.due_on !== null && r.due_on < today,
      pupilName: `${r.first_name} ${r.last_name}`,
      className: r.class_name,
    }));
  });
}
