// The board of cases: every case the user may see, by level, with overdue evaluations and cases with
// no activity for 14 days and a missed weekly contact marked; "mine" = where the user holds the case. Access follows the pupil's
// current class, so a school that a pupil has left no longer sees the case.
import { isEvaluationOverdue } from '../../domain/ladder/evaluation-date';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, partnerServiceOf, type Actor } from '../actor';
import { casesWithConsent } from '../cases/case-place';
import { userNames } from '../presenters/absence';
import { classScope, inScope } from '../access/scope';
import type { Content } from '../content/load-content';
import { weeklyContactsOf } from '../cases/weekly-contact';

export const INACTIVE_AFTER_DAYS = 14;

export async function listCases(
  db: Db,
  content: Content,
  actor: Actor,
  filter: { mine: boolean; status: 'open' | 'all' },
  now: Date,
) {
  const scope = classScope(actor);
  const today = osloDate(now);
  return db.withContext(contextOf(actor), async (tx) => {
    // A service partner sees the cases a valid consent opens to their service, and no others.
    const partner = partnerServiceOf(actor) !== null;
    const consented = partner ? await casesWithConsent(tx, actor, now) : [];
    if (partner && consented.length === 0) return [];
    let q = tx
      .selectFrom('pupil_case as pc')
      .innerJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'pc.pupil_id').on('m.valid_to', 'is', null))
      .innerJoin('class as c', 'c.id', 'm.class_id')
      .innerJoin('pupil as p', 'p.id', 'pc.pupil_id')
      .select([
        'pc.id',
        'pc.level',
        'pc.status',
        'pc.evaluation_due',
        'pc.stafettholder_id',
        'pc.last_activity_at',
        'pc.ladder',
        'pc.pupil_id',
        'pc.state',
        'pc.weekly_contact',
        'pc.weekly_contact_since',
        'm.class_id',
        'c.school_id',
        'c.school_year',
        'p.first_name',
        'p.last_name',
        'c.name as class_name',
      ])
      .where(partner ? (eb) => eb('pc.id', 'in', consented) : inScope(scope, 'c.id', 'c.school_id'));
    if (filter.mine) q = q.where('pc.stafettholder_id', '=', actor.userId);
    if (filter.status === 'open') q = q.where('pc.status', '=', 'open');
    const rows = await q.orderBy('pc.level', 'desc').orderBy('pc.evaluation_due').execute();
    const names = await userNames(
      tx,
      rows.map((r) => r.stafettholder_id),
    );
    // «Kontakt mangler»: a school week over without the weekly contact (decision 193).
    const weekly = await weeklyContactsOf(
      tx,
      content,
      rows,
      today,
      new Map(rows.map((r) => [r.pupil_id, { classId: r.class_id, schoolId: r.school_id, schoolYear: r.school_year }])),
    );
    return rows.map((r) => {
      const idleDays = Math.floor((now.getTime() - new Date(r.last_activity_at).getTime()) / 86_400_000);
      return {
        id: r.id,
        pupilName: `${r.first_name} ${r.last_name}`,
        className: r.class_name,
        level: r.level,
        status: r.status,
        evaluationDue: r.evaluation_due,
        overdue: r.status === 'open' && r.evaluation_due !== null && isEvaluationOverdue(r.evaluation_due, today),
        inactive: r.status === 'open' && idleDays >= INACTIVE_AFTER_DAYS,
        contactGap: (weekly.get(r.id)?.gaps.length ?? 0) > 0,
        stafettholderName: names.get(r.stafettholder_id) ?? 'Ukjent',
      };
    });
  });
}
