// The contact log: what was done about a pupil's absence (a call, a meeting, a letter), written by
// handling an alert, a case note, a letter or a notice, in the same transaction as what it records.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/create-db';
import type { ContactChannel, ServiceKind } from '../../db/schema';
import { osloDate } from '../clock';
import { type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentContact, userNames } from '../presenters/absence';

export type ContactInput = {
  contactedAt: string;
  withWhom: string[];
  channel: ContactChannel;
  summary: string;
  agreed?: string | null | undefined;
};

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

/**
 * A message between the school and the guardians sent in Nærvær (a document sent home, a guardian's reply), as a
 * line in the pupil's contact log at `now`, in the case when there is one.
 */
export function insertGuardianMessage(
  tx: Tx,
  actor: Actor,
  pupilId: string,
  alertId: string | null,
  summary: string,
  caseId: string | null,
  now: Date,
) {
  return insertContact(
    tx,
    actor,
    pupilId,
    alertId,
    { contactedAt: now.toISOString(), withWhom: ['foresatt'], channel: 'melding', summary, agreed: null, caseId },
    now,
  );
}
