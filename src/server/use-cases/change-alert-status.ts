// An alert moves new → seen → handled, or is dismissed with a reason. Handling means logging what was
// done in the contact log, in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/create-db';
import type { ContactChannel, ServiceKind } from '../../db/schema';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentAlert, presentContact, userNames } from '../presenters/absence';
import { pupilForStaff, type PupilPlace } from '../absence/place';

export type ContactInput = {
  contactedAt: string;
  withWhom: string[];
  channel: ContactChannel;
  summary: string;
  agreed?: string | null | undefined;
};

/** The alerts of one concern: they must exist, be the same pupil's and be visible to the actor. */
async function loadConcern(tx: Tx, actor: Actor, items: readonly AlertRef[]) {
  if (items.length === 0) throw new AppError('validation', 'Velg minst ett varsel.');
  const ids = [...new Set(items.map((i) => i.id))];
  const alerts = await tx.selectFrom('alert').selectAll().where('id', 'in', ids).execute();
  if (alerts.length !== ids.length) throw new AppError('not_found', 'Fant ikke varselet.');
  const pupilId = alerts[0]!.pupil_id;
  if (alerts.some((a) => a.pupil_id !== pupilId))
    throw new AppError('validation', 'Varslene hører til forskjellige elever; håndter én elev om gangen.');
  const place = await pupilForStaff(tx, actor, pupilId);
  const byId = new Map(alerts.map((a) => [a.id, a]));
  return { alerts: ids.map((id) => byId.get(id)!), place };
}

async function reload(tx: Tx, ids: readonly string[], place: PupilPlace) {
  const rows = await tx
    .selectFrom('alert')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((a) => [a.id, presentAlert(a, place, place.className)]));
  return ids.map((id) => byId.get(id)!);
}

/** A reference to an alert at the version the user saw. */
export type AlertRef = { id: string; version: number };

function versionOf(items: readonly AlertRef[], id: string): number {
  return items.find((i) => i.id === id)!.version;
}

export async function insertContact(
  tx: Tx,
  actor: Actor,
  pupilId: string,
  alertId: string | null,
  input: ContactInput & { restrictedTo?: ServiceKind | null; caseId?: string | null },
  now: Date,
) {
  const contactedAt = new Date(input.contactedAt);
  if (Number.isNaN(contactedAt.getTime()))
    throw new AppError('validation', 'Ugyldig tidspunkt for kontakten.', {
      fields: [{ field: 'contactedAt', message: 'Ugyldig tidspunkt' }],
    });
  // Compared by date: a contact logged for later today is a typo at most, and clocks differ a little.
  if (osloDate(contactedAt) > osloDate(now))
    throw new AppError('validation', 'Kontakten kan ikke være logget på en dato fram i tid.', {
      fields: [{ field: 'contactedAt', message: 'Fram i tid' }],
    });
  const row = await tx
    .insertInto('contact_log')
    .values({
      id: randomUUID(),
      kommune_id: actor.kommuneId,
      pupil_id: pupilId,
      alert_id: alertId,
      contacted_at: contactedAt,
      with_whom: input.withWhom,
      channel: input.channel,
      summary: input.summary.trim(),
      agreed: input.agreed?.trim() || null,
      recorded_by: actor.userId,
      recorded_at: now,
      restricted_to: input.restrictedTo ?? null,
      case_id: input.caseId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, now, [
    {
      action: 'contact.create',
      pupilId,
      entity: 'contact_log',
      entityId: row.id,
      caseId: input.caseId ?? null,
      details: { contactId: row.id, alertId, restrictedTo: row.restricted_to },
    },
  ]);
  return presentContact(row, await userNames(tx, [row.recorded_by]));
}

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

export async function markAlertSeen(db: Db, actor: Actor, alertId: string, version: number, now: Date) {
  return (await markAlertsSeen(db, actor, [{ id: alertId, version }], now))[0]!;
}

export async function dismissAlert(db: Db, actor: Actor, alertId: string, version: number, reason: string, now: Date) {
  return (await dismissAlerts(db, actor, [{ id: alertId, version }], reason, now))[0]!;
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

export async function logContact(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: ContactInput & { alertId?: string | null | undefined },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    await pupilForStaff(tx, actor, pupilId);
    if (input.alertId) {
      const a = await tx.selectFrom('alert').select('pupil_id').where('id', '=', input.alertId).executeTakeFirst();
      if (!a || a.pupil_id !== pupilId) throw new AppError('validation', 'Varselet hører ikke til denne eleven.');
    }
    return insertContact(tx, actor, pupilId, input.alertId ?? null, input, now);
  });
}
