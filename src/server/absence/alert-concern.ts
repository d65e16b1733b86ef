// An alert moves new → seen → handled, or is dismissed with a reason. Handling means logging what was
// done in the contact log, in the same transaction.
import type { Tx } from '../../db/create-db';
import { type Actor } from '../actor';
import { writeAudit, type AuditAction } from '../audit';
import { AppError } from '../errors';
import { updateVersioned } from '../versioned';
import { openCasesOf, presentAlert } from '../presenters/absence';
import { pupilForStaff, type PupilPlace } from './place';

/** The alerts of one concern: they must exist, be the same pupil's and be visible to the actor. */
export async function loadConcern(tx: Tx, actor: Actor, items: readonly AlertRef[]) {
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

/**
 * Moves a concern's alerts on: each alert `change` gives values for (none: it stays as it is) is updated at the
 * version the user saw; every alert is audited under `action` (with `details` beside its id); the alerts come
 * back as they are now.
 */
export async function moveConcern(
  tx: Tx,
  actor: Actor,
  now: Date,
  items: readonly AlertRef[],
  { alerts, place }: Awaited<ReturnType<typeof loadConcern>>,
  action: AuditAction,
  change: (alert: { status: string }) => Record<string, unknown> | null,
  details: Record<string, unknown> = {},
) {
  for (const a of alerts) {
    const values = change(a);
    if (values) await updateVersioned(tx, 'alert', a.id, versionOf(items, a.id), { ...values, updated_at: now });
  }
  await writeAudit(
    tx,
    actor,
    now,
    alerts.map((a) => ({
      action,
      pupilId: a.pupil_id,
      entity: 'alert',
      entityId: a.id,
      details: { alertId: a.id, ...details },
    })),
  );
  return reload(
    tx,
    alerts.map((a) => a.id),
    place,
  );
}

export async function reload(tx: Tx, ids: readonly string[], place: PupilPlace) {
  const rows = await tx
    .selectFrom('alert')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  const openCaseId = (await openCasesOf(tx, [place.pupilId])).get(place.pupilId)?.id ?? null;
  const byId = new Map(rows.map((a) => [a.id, presentAlert(a, place, place.className, openCaseId)]));
  return ids.map((id) => byId.get(id)!);
}

/** A reference to an alert at the version the user saw. */
export type AlertRef = { id: string; version: number };

export function versionOf(items: readonly AlertRef[], id: string): number {
  return items.find((i) => i.id === id)!.version;
}
