// Every version of one absence event, oldest first: who changed what, when. An event that has not
// changed since it was written without a history row (an imported one, decision 120) is its own first
// version: the row as it stands, registered by whoever registered it, when.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentEvent, userNames } from '../presenters/absence';
import { pupilForStaff } from '../absence/place';

export async function getAbsenceHistory(db: Db, actor: Actor, eventId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const event = await tx.selectFrom('absence_event').selectAll().where('id', '=', eventId).executeTakeFirst();
    if (!event) throw new AppError('not_found', 'Fant ikke fraværsregistreringen.');
    await pupilForStaff(tx, actor, event.pupil_id);
    const stored = await tx
      .selectFrom('absence_event_history')
      .select(['version', 'change', 'changed_by', 'changed_at', 'snapshot'])
      .where('event_id', '=', eventId)
      .orderBy('id')
      .execute();
    const rows = stored.length
      ? stored
      : [
          {
            version: event.version,
            change: 'created' as const,
            changed_by: event.registered_by,
            changed_at: event.registered_at,
            snapshot: event as unknown,
          },
        ];
    const snapshots = rows.map((r) => r.snapshot as unknown as Parameters<typeof presentEvent>[0]);
    const names = await userNames(tx, [...rows.map((r) => r.changed_by), ...snapshots.map((s) => s.registered_by)]);
    await writeAudit(tx, actor, now, [
      {
        action: 'absence.history.read',
        pupilId: event.pupil_id,
        entity: 'absence_event',
        entityId: eventId,
        details: { eventId },
      },
    ]);
    return rows.map((r, i) => ({
      version: r.version,
      change: r.change,
      changedByName: names.get(r.changed_by) ?? 'Ukjent',
      changedAt: new Date(r.changed_at).toISOString(),
      event: presentEvent(snapshots[i]!, names),
    }));
  });
}
