// The undringer from the health service (decision 196): for the school, those of the pupils in the reader's
// classes and schools that are not yet followed up (the front page and «Undringer fra helsetjenesten»); for
// the helsesykepleier, the ones she raised herself, with how far the school has come. Each is a read of
// pupil data, audited.
import type { Db } from '../../db/create-db';
import { contextOf, partnerServiceOf, type Actor } from '../actor';
import { classScope, inScope } from '../access/scope';
import { writeAudit } from '../audit';
import { presentConcerns, schoolSideContext } from '../health/health-concerns';

export async function listHealthConcerns(db: Db, actor: Actor, now: Date) {
  const partner = partnerServiceOf(actor) !== null;
  return db.withContext(partner ? schoolSideContext(actor) : contextOf(actor), async (tx) => {
    const query = tx.selectFrom('health_concern as h').selectAll('h');
    const rows = partner
      ? await query.where('h.raised_by', '=', actor.userId).orderBy('h.raised_at', 'desc').limit(100).execute()
      : await query
          .where('h.status', '<>', 'followed-up')
          .where(inScope(classScope(actor), 'h.class_id', 'h.school_id'))
          .orderBy('h.raised_at', 'desc')
          .execute();
    if (rows.length)
      await writeAudit(
        tx,
        actor,
        now,
        rows.map((r) => ({
          action: 'health-concern.read' as const,
          pupilId: r.pupil_id,
          entity: 'health_concern' as const,
          entityId: r.id,
        })),
      );
    return { concerns: await presentConcerns(tx, actor, rows) };
  });
}
