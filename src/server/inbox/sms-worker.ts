// The SMS worker (decision 136): the outbox's SMS rows, sent through an HTTP gateway the same way the mail
// worker sends e-mail (claim with a lease, send outside any transaction, mark; retries with the same growing
// pause; at least once). The stable id is the outbox row's id, sent as the gateway's reference (refId), so a
// repeat after a crash is recognisably the same message in the provider's log.
import type { Db } from '../../db/create-db';
import { maskedNumbers, norwegianMobile, smsText } from '../../domain/inbox/sms';
import { languageOf, type Language } from '../../domain/language/language';
import type { Clock } from '../clock';
import type { Config } from '../config';
import {
  claimDueMail,
  errorText,
  startRounds,
  markFailed,
  markSent,
  NoRecipient,
  type Claimed,
  type MailRound,
} from './mail-worker';

/** One SMS as the gateway takes it. */
export type Sms = { to: string; text: string; refId: string };

/** What the worker needs of an SMS provider. */
export type SmsGateway = { send(sms: Sms): Promise<void> };

/** How long one gateway request may take before it counts as failed (and is tried again). */
export const SMS_TIMEOUT_MS = 15_000;

/**
 * LINK Mobility's REST API for SMS («Common Platform», `POST …/sms/send`): JSON with the sender (`source`,
 * alphanumeric), the number in international form (`destination`), the text (`userData`), the account's
 * `platformId` and `platformPartnerId`, and our reference (`refId`); HTTP basic auth. Any 2xx is accepted; any
 * other answer or no answer is a failure, its status and first words kept for the administrator.
 */
export function linkMobilityGateway(sms: NonNullable<Config['sms']>, fetchImpl: typeof fetch = fetch): SmsGateway {
  const auth = `Basic ${Buffer.from(`${sms.user}:${sms.password}`).toString('base64')}`;
  return {
    async send(message) {
      const res = await fetchImpl(sms.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', authorization: auth },
        body: JSON.stringify({
          source: sms.sender,
          sourceTON: 'ALPHANUMERIC',
          destination: message.to,
          destinationTON: 'MSISDN',
          userData: message.text,
          platformId: sms.platformId,
          platformPartnerId: sms.platformPartnerId,
          refId: message.refId,
          useDeliveryReport: false,
        }),
        signal: AbortSignal.timeout(SMS_TIMEOUT_MS),
      });
      if (res.ok) return;
      const body = (await res.text().catch(() => '')).replace(/\s+/g, ' ').slice(0, 200);
      throw new Error(`SMS-tjenesten svarte ${res.status}${body ? `: ${body}` : ''}`);
    },
  };
}

/** The guardian's mobile number and the family's language, read when sending (never copied into the outbox). */
async function recipientOf(db: Db, sms: Claimed): Promise<{ to: string; language: Language }> {
  const guardianId = sms.guardianId;
  const row = guardianId
    ? await db.withContext({ kommuneId: sms.kommuneId }, (tx) =>
        tx
          .selectFrom('guardian as g')
          .innerJoin('kommune as k', 'k.id', 'g.kommune_id')
          .select(['g.phone', 'g.language', 'k.malform'])
          .where('g.id', '=', guardianId)
          .executeTakeFirst(),
      )
    : undefined;
  const to = norwegianMobile(row?.phone);
  if (!to || !row) throw new NoRecipient('Den foresatte har ikke noe norsk mobilnummer lenger.');
  return { to, language: languageOf(row.language, row.malform) };
}

const clean = (text: string) => maskedNumbers(text);

/** One round: claim the due SMS rows, send each, mark each. */
export async function sendDueSms(
  db: Db,
  gateway: SmsGateway,
  options: { now: () => Date; baseUrl: string },
): Promise<MailRound> {
  const claimed = await claimDueMail(db, options.now(), undefined, 'sms');
  let sent = 0;
  let failed = 0;
  for (const sms of claimed) {
    try {
      const { to, language } = await recipientOf(db, sms);
      await gateway.send({ to, text: smsText(options.baseUrl, language), refId: sms.id });
      await markSent(db, sms, options.now());
      sent++;
    } catch (err) {
      await markFailed(db, sms, err, options.now(), clean);
      failed++;
    }
  }
  return { sent, failed };
}

export type SmsWorker = { runNow(): Promise<MailRound>; stop(): Promise<void> };

/** Runs a round every `intervalMs` on the app clock, never two at once; a failing round is told once. */
export function startSmsWorker(
  db: Db,
  gateway: SmsGateway,
  options: { clock: Clock; baseUrl: string; intervalMs: number; log?: (line: string) => void },
): SmsWorker {
  return startRounds(() => sendDueSms(db, gateway, { now: () => options.clock.now(), baseUrl: options.baseUrl }), {
    intervalMs: options.intervalMs,
    what: 'SMS',
    log: options.log,
    describe: (err) => clean(errorText(err)),
  });
}
