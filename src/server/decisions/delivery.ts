// How a decision's documents reach the family (decision 214), as one interface with a channel per way:
//  - `naervaer`, the built-in channel: the document on the guardian's page and an inbox item (with its e-mail
//    notice, decision 126) for each guardian with an account and a right to information; the receipt is the
//    first time a guardian opens the letter (`recordReceipt`, from the guardian's download).
//  - `paper`: printed and posted or handed over; staff enter the date the family received it.
// A KS SvarUt adapter would be a third implementation: `send` posts the PDF (the same decisionPdfWithTranslations)
// to SvarUt for digital post or print-and-post, and SvarUt's read receipt calls `recordReceipt` — nothing else
// in the decision changes. Each channel writes the line in the pupil's file (the contact log) in the kommune's
// målform, in the caller's transaction.
import type { Tx } from '../../db/create-db';
import type { DeliveryChannel } from '../../domain/decisions/states';
import type { Actor } from '../actor';
import { insertContact, insertGuardianMessage } from '../absence/contacts';
import type { PupilPlace } from '../absence/place';
import { AppError } from '../errors';
import { notify } from '../inbox/notify';
import { guardianUsersOf } from '../use-cases/send-to-guardians';
import { updateVersioned } from '../versioned';
import type { DecisionRow } from './decisions';

export type DeliveryContext = {
  tx: Tx;
  actor: Actor;
  row: DecisionRow;
  place: PupilPlace;
  document: 'notice' | 'letter';
  /** The line in the pupil's file, in the kommune's målform. */
  fileLine: string;
  sentOn: string;
  now: Date;
};

export interface DecisionDelivery {
  readonly channel: DeliveryChannel;
  /** Sends the document; `receivedOn` when the channel knows at once that the family has it. */
  send(ctx: DeliveryContext): Promise<{ receivedOn: string | null }>;
}

const naervaer: DecisionDelivery = {
  channel: 'naervaer',
  async send({ tx, actor, row, place, document, fileLine, now }) {
    const guardians = await guardianUsersOf(tx, place.pupilId);
    if (guardians.length === 0)
      throw new AppError(
        'validation',
        'Ingen av foresatte har konto i Nærvær med rett til informasjon. Send brevet på papir og før inn når de fikk det.',
      );
    await notify(
      tx,
      actor.kommuneId,
      guardians.map((userId) => ({
        userId,
        kind: 'guardian-document' as const,
        pupilId: place.pupilId,
        dedupeKey: `guardian-document:${row.id}:${document}`,
      })),
      now,
    );
    await insertGuardianMessage(tx, actor, place.pupilId, null, fileLine, row.case_id, now);
    return { receivedOn: null };
  },
};

const paper: DecisionDelivery = {
  channel: 'paper',
  async send({ tx, actor, row, place, fileLine, sentOn, now }) {
    await insertContact(
      tx,
      actor,
      place.pupilId,
      null,
      {
        contactedAt: sentOn === now.toISOString().slice(0, 10) ? now.toISOString() : `${sentOn}T12:00:00Z`,
        withWhom: ['foresatt'],
        channel: 'brev',
        summary: fileLine,
        agreed: null,
        caseId: row.case_id,
      },
      now,
    );
    return { receivedOn: null };
  },
};

/** The channels Nærvær has; an adapter (SvarUt) is added here. */
export const DELIVERY_CHANNELS_BUILT_IN: Record<DeliveryChannel, DecisionDelivery> = { naervaer, paper };

/**
 * The family received the letter on `receivedOn` (the appeal deadline runs from it): the first receipt counts,
 * a later one changes nothing. A new version of the row, so a stale edit after it is a conflict.
 */
export async function recordReceipt(
  tx: Tx,
  row: DecisionRow,
  receivedOn: string,
  how: 'opened' | 'entered',
  userId: string,
  now: Date,
): Promise<boolean> {
  if (row.received_on !== null || row.delivered_on === null) return false;
  await updateVersioned(tx, 'case_decision', row.id, row.version, {
    received_on: receivedOn,
    receipt: how,
    updated_by: userId,
    updated_at: now,
  });
  return true;
}
