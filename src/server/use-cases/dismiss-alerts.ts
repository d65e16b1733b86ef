import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { loadConcern, reload, type AlertRef, versionOf } from '../absence/alert-concern';

/** Dismisses the alerts of a concern with one reason. */
export async function dismissAlerts(db: Db, actor: Actor, items: readonly AlertRef[], reason: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { alerts, place } = await loadConcern(tx, actor, items);
    if (alerts.some((a) => a.status === 'handled' || a.status === 'dismissed'))
      throw new AppError('conflict', 'Varselet er allerede avsluttet.');
    for (const a of alerts)
      await updateVersioned(tx, 'alert', a.id, versionOf(items, a.id), {
        status: 'dismissed',
        dismiss_reason: reason.trim(),
        updated_at: now,
      });
    await writeAudit(
      tx,
      actor,
      now,
      alerts.map((a) => ({
        action: 'alert.dismiss' as const,
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

export async function dismissAlert(db: Db, actor: Actor, alertId: string, version: number, reason: string, now: Date) {
  return (await dismissAlerts(db, actor, [{ id: alertId, version }], reason, now))[0]!;
}
