import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { type ContactInput, insertContact } from '../absence/contacts';
import { loadConcern, reload, type AlertRef, versionOf } from '../absence/alert-concern';

/**
 * Handles the alerts of a concern with one logged contact (decision 026): one call home for three rules
 * that fire on the same days. The contact names the first alert; every alert names the contact.
 */
export async function handleAlerts(db: Db, actor: Actor, items: readonly AlertRef[], contact: ContactInput, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { alerts, place } = await loadConcern(tx, actor, items);
    if (alerts.some((a) => a.status === 'handled' || a.status === 'dismissed'))
      throw new AppError('conflict', 'Varselet er allerede avsluttet.');
    const logged = await insertContact(tx, actor, place.pupilId, alerts[0]!.id, contact, now);
    for (const a of alerts)
      await updateVersioned(tx, 'alert', a.id, versionOf(items, a.id), {
        status: 'handled',
        handled_contact_id: logged.id,
        updated_at: now,
      });
    await writeAudit(
      tx,
      actor,
      now,
      alerts.map((a) => ({
        action: 'alert.handle' as const,
        pupilId: a.pupil_id,
        entity: 'alert',
        entityId: a.id,
        details: { alertId: a.id, contactId: logged.id },
      })),
    );
    return {
      alerts: await reload(
        tx,
        alerts.map((a) => a.id),
        place,
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
