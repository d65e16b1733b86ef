import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { loadConcern, reload, type AlertRef, versionOf } from '../absence/alert-concern';

/** Marks the alerts of a concern as seen (those already further on stay as they are). */
export async function markAlertsSeen(db: Db, actor: Actor, items: readonly AlertRef[], now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { alerts, place } = await loadConcern(tx, actor, items);
    for (const a of alerts)
      if (a.status === 'new')
        await updateVersioned(tx, 'alert', a.id, versionOf(items, a.id), { status: 'seen', updated_at: now });
    await writeAudit(
      tx,
      actor,
      now,
      alerts.map((a) => ({
        action: 'alert.seen' as const,
        pupilId: a.pupil_id,
        entity: 'alert',
        entityId: a.id,
        details: { alertId: a.id },
      })),
    );
    return reload(
      tx,
      alerts.map((a) => a.id),
      place,
    );
  });
}

export async function markAlertSeen(db: Db, actor: Actor, alertId: string, version: number, now: Date) {
  return (await markAlertsSeen(db, actor, [{ id: alertId, version }], now))[0]!;
}
