import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { loadConcern, moveConcern, type AlertRef } from '../absence/alert-concern';

/** Dismisses the alerts of a concern with one reason. */
export async function dismissAlerts(db: Db, actor: Actor, items: readonly AlertRef[], reason: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const concern = await loadConcern(tx, actor, items);
    if (concern.alerts.some((a) => a.status === 'handled' || a.status === 'dismissed'))
      throw new AppError('conflict', 'Varselet er allerede avsluttet.');
    return moveConcern(tx, actor, now, items, concern, 'alert.dismiss', () => ({
      status: 'dismissed',
      dismiss_reason: reason.trim(),
    }));
  });
}

export async function dismissAlert(db: Db, actor: Actor, alertId: string, version: number, reason: string, now: Date) {
  return (await dismissAlerts(db, actor, [{ id: alertId, version }], reason, now))[0]!;
}
