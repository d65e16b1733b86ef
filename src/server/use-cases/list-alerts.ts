// Alerts the user may see: their own classes for teachers, the whole school for leadership, the
// resource team and the administrator. Open = new or seen, and computed by the school's current rules
// (not retired). The open ones come grouped as concerns: one per pupil and overlapping days (decision 026).
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { openCasesOf, presentAlert, presentConcerns } from '../presenters/absence';
import { classScope, inScope } from '../access/scope';
import type { Content } from '../content/load-content';
import { alertReaderFor } from '../absence/alert-texts';

export async function listAlerts(
  db: Db,
  content: Content,
  actor: Actor,
  filter: { status: 'open' | 'all'; classId?: string | undefined },
  now: Date,
) {
  const scope = classScope(actor);
  return db.withContext(contextOf(actor), async (tx) => {
    let q = tx
      .selectFrom('alert as a')
      .innerJoin('pupil as p', 'p.id', 'a.pupil_id')
      .innerJoin('class as c', 'c.id', 'a.class_id')
      .selectAll('a')
      .select(['p.first_name', 'p.last_name', 'c.name as class_name'])
      .where(inScope(scope, 'a.class_id', 'a.school_id'));
    if (filter.status === 'open') q = q.where('a.status', 'in', ['new', 'seen']).where('a.retired_at', 'is', null);
    if (filter.classId) q = q.where('a.class_id', '=', filter.classId);
    const rows = await q.orderBy('a.started_on', 'desc').limit(500).execute();
    // Alert lists show names but no pupil data beyond them; opening the pupil page is audited there.
    const cases = await openCasesOf(
      tx,
      rows.map((r) => r.pupil_id),
    );
    // The alerts' words in the reader's language (issue 20, decision 179).
    const reader = await alertReaderFor(tx, content, actor);
    const alerts = rows.map((r) =>
      presentAlert(
        r,
        { firstName: r.first_name, lastName: r.last_name },
        r.class_name,
        cases.get(r.pupil_id)?.id ?? null,
        reader,
      ),
    );
    return { alerts, concerns: presentConcerns(alerts, cases, osloDate(now)) };
  });
}
