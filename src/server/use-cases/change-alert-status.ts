// An alert moves new → seen → handled, or is dismissed with a reason. Handling means logging what was
// done in the contact log, in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/create-db';
import type { ContactChannel, ServiceKind } from '../../db/schema';
import { updateVersioned } from '../../db/versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentAlert, presentContact, userNames } from '../presenters/absence';
import { pupilForStaff } from '../absence/place';

export type ContactInput = { contactedAt: string; withWhom: string[]; channel: ContactChannel; summary: string; agreed?: string | null | undefined };

async function loadAlert(tx: Tx, actor: Actor, alertId: string) {
  const alert = await tx.selectFrom('alert').selectAll().where('id', '=', alertId).executeTakeFirst();
  if (!alert) throw new AppError('not_found', 'Fant ikke varselet.');
  const place = await pupilForStaff(tx, actor, alert.pupil_id);
  return { alert, place };
}

async function reload(tx: Tx, alertId: string, place: { firstName: string; lastName: string; className: string }) {
  const a = await tx.selectFrom('alert').selectAll().where('id', '=', alertId).executeTakeFirstOrThrow();
  return presentAlert(a, place, place.className);
}

export async function insertContact(tx: Tx, actor: Actor, pupilId: string, alertId: string | null, input: ContactInput & { restrictedTo?: ServiceKind | null; caseId?: string | null }, now: Date) {
  const contactedAt = new Date(input.contactedAt);
  if (Number.isNaN(contactedAt.getTime())) throw new AppError('validation', 'Ugyldig tidspunkt for kontakten.', { fields: [{ field: 'contactedAt', message: 'Ugyldig tidspunkt' }] });
  // Compared by date: a contact logged for later today is a typo at most, and clocks differ a little.
  if (osloDate(contactedAt) > osloDate(now)) throw new AppError('validation', 'Kontakten kan ikke være logget på en dato fram i tid.', { fields: [{ field: 'contactedAt', message: 'Fram i tid' }] });
  const row = await tx
    .insertInto('contact_log')
    .values({ id: randomUUID(), kommune_id: actor.kommuneId, pupil_id: pupilId, alert_id: alertId, contacted_at: contactedAt, with_whom: input.withWhom, channel: input.channel, summary: input.summary.trim(), agreed: input.agreed?.trim() || null, recorded_by: actor.userId, recorded_at: now, restricted_to: input.restrictedTo ?? null, case_id: input.caseId ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, now, [{ action: 'contact.create', pupilId, entity: 'contact_log', entityId: row.id, caseId: input.caseId ?? null, details: { contactId: row.id, alertId, restrictedTo: row.restricted_to } }]);
  return presentContact(row, await userNames(tx, [row.recorded_by]));
}

export async function markAlertSeen(db: Db, actor: Actor, alertId: string, version: number, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { alert, place } = await loadAlert(tx, actor, alertId);
    if (alert.status === 'new') await updateVersioned(tx, 'alert', alertId, version, { status: 'seen', updated_at: now });
    await writeAudit(tx, actor, now, [{ action: 'alert.seen', pupilId: alert.pupil_id, entity: 'alert', entityId: alertId, details: { alertId } }]);
    return reload(tx, alertId, place);
  });
}

export async function dismissAlert(db: Db, actor: Actor, alertId: string, version: number, reason: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { alert, place } = await loadAlert(tx, actor, alertId);
    if (alert.status === 'handled' || alert.status === 'dismissed') throw new AppError('conflict', 'Varselet er allerede avsluttet.');
    await updateVersioned(tx, 'alert', alertId, version, { status: 'dismissed', dismiss_reason: reason.trim(), updated_at: now });
    await writeAudit(tx, actor, now, [{ action: 'alert.dismiss', pupilId: alert.pupil_id, entity: 'alert', entityId: alertId, details: { alertId } }]);
    return reload(tx, alertId, place);
  });
}

export async function handleAlert(db: Db, actor: Actor, alertId: string, version: number, contact: ContactInput, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { alert, place } = await loadAlert(tx, actor, alertId);
    if (alert.status === 'handled' || alert.status === 'dismissed') throw new AppError('conflict', 'Varselet er allerede avsluttet.');
    await updateVersioned(tx, 'alert', alertId, version, { status: 'handled', updated_at: now });
    const logged = await insertContact(tx, actor, alert.pupil_id, alertId, contact, now);
    await writeAudit(tx, actor, now, [{ action: 'alert.handle', pupilId: alert.pupil_id, entity: 'alert', entityId: alertId, details: { alertId } }]);
    return { alert: await reload(tx, alertId, place), contact: logged };
  });
}

export async function logContact(db: Db, actor: Actor, pupilId: string, input: ContactInput & { alertId?: string | null | undefined }, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    await pupilForStaff(tx, actor, pupilId);
    if (input.alertId) {
      const a = await tx.selectFrom('alert').select('pupil_id').where('id', '=', input.alertId).executeTakeFirst();
      if (!a || a.pupil_id !== pupilId) throw new AppError('validation', 'Varselet hører ikke til denne eleven.');
    }
    return insertContact(tx, actor, pupilId, input.alertId ?? null, input, now);
  });
}
