import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { type ContactInput, insertContact } from '../absence/contacts';
import { loadConcern, moveConcern, type AlertRef } from '../absence/alert-concern';

/**
 * Handles the alerts of a concern with one logged contact (decision 026): one call home for three rules
 * that fire on the same days. The contact names the first alert; every alert names the contact.
 */
export async function handleAlerts(db: Db, actor: Actor, items: readonly AlertRef[], contact: ContactInput, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const concern = await loadConcern(tx, actor, items);
    if (concern.alerts.some((a) => a.status === 'handled' || a.status === 'dismissed'))
      throw new AppError('conflict', 'Varselet er allerede avsluttet.');
    const logged = await insertContact(tx, actor, concern.place.pupilId, concern.alerts[0]!.id, contact, now);
    return {
      alerts: await moveConcern(
        tx,
        actor,
        now,
        items,
        concern,
        'alert.handle',
        () => ({ status: 'handled', handled_contact_id: logged.id }),
        { contactId: logged.id },
      ),
      contact: logged,
    };
  });
}

export async function handleAlert(
  db: Db,
  actor: Actor,
  alertId: string,
  version: number,
  contact: ContactInput,
  now: Date,
) {
  const { alerts, contact: logged } = await handleAlerts(db, actor, [{ id: alertId, version }], contact, now);
  return { alert: alerts[0]!, contact: logged };
}
