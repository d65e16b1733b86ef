import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { loadConcern, moveConcern, type AlertRef } from '../absence/alert-concern';

/** Marks the alerts of a concern as seen (those already further on stay as they are). */
export async function markAlertsSeen(db: Db, actor: Actor, items: readonly AlertRef[], now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const concern = await loadConcern(tx, actor, items);
    return moveConcern(tx, actor, now, items, concern, 'alert.seen', (a) =>
      a.status === 'new' ? { status: 'seen' } : null,
    );
  });
}

export async function markAlertSeen(db: Db, actor: Actor, alertId: string, version: number, now: Date) {
  return (await markAlertsSeen(db, actor, [{ id: alertId, version }], now))[0]!;
}
