// The mail worker (decision 126): sends what the outbox holds, at least once, never losing a row.
//
// A due row is claimed in its own short transaction: its try is counted and `next_attempt_at` moved a
// lease ahead, so no other worker takes it meanwhile. It is then sent, outside any transaction, and marked
// sent in another. A crash between sending and marking leaves the row pending; when the lease runs out it
// is sent again with the same Message-ID, so the repeat is recognisably the same message. A refused or
// failed send is tried again after a growing pause, and given up (state `failed`) after the last try.
import { sql } from 'kysely';
import { createTransport } from 'nodemailer';
import type { Db } from '../../db/create-db';
import { MAIL_MAX_ATTEMPTS, retryDelayMs, type InboxKind } from '../../domain/inbox/inbox';
import type { Language } from '../../domain/language/language';
import { readerLanguage } from '../auth/reader-language';
import type { Clock } from '../clock';
import type { Config } from '../config';

/** How long a claimed row is left to its worker before another may send it again. */
export const MAIL_LEASE_MS = 120_000;
/** Rows claimed per kommune and round. */
export const MAIL_BATCH = 50;

/** What the worker needs of a mailer: Nodemailer's transport has it. */
export type MailTransport = {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
  close?(): void;
};

export type Claimed = {
  id: string;
  kommuneId: string;
  /** Null only for an SMS to a guardian without an account. */
  userId: string | null;
  /** The guardian an SMS goes to (decision 136); null for an e-mail. */
  guardianId: string | null;
  kind: InboxKind | 'summary';
  messageId: string;
  attempts: number;
};

/**
 * The subject and first line of each kind, in the reader's language (issue 20, decision 178): what is waiting,
 * and nothing about whom it concerns (decision 126).
 */
export const MAIL_TEXT: Record<Language, Record<InboxKind | 'summary', string>> = {
  nb: {
    'case-shared': 'En sak er delt med deg i Nærvær',
    stafettholder: 'Du er blitt stafettholder for en sak i Nærvær',
    participant: 'Du er lagt til som deltaker i en sak i Nærvær',
    notice: 'Du har fått en skriftlig melding i Nærvær',
    'task-assigned': 'Du har en ny oppgave i Nærvær',
    'task-due': 'Du har en oppgave i Nærvær med frist i morgen',
    'evaluation-due': 'En evaluering i Nærvær skal gjøres',
    'concern-unhandled': 'En ny bekymring i klassen din venter i Nærvær',
    'guardian-report': 'En foresatt har meldt fravær i klassen din i Nærvær',
    'absence-unreported': 'Du har en ny melding i Nærvær',
    'referral-waiting': 'En henvisning i Nærvær har ventet lenge på svar',
    'guardian-document': 'Skolen har sendt dere et dokument i Nærvær',
    'guardian-reply': 'En foresatt har svart skolen i Nærvær',
    'contact-gap': 'En skoleuke har gått uten den ukentlige kontakten i en sak i Nærvær',
    'health-concern': 'Helsesykepleier har meldt en undring til skolen i Nærvær',
    'school-environment': 'En ny skolemiljøsak i Nærvær venter på oppfølging',
    'pupil-voice': 'En elev har skrevet noe nytt til skolen i Nærvær',
    'school-environment-due': 'Aktivitetsplanen i en skolemiljøsak i Nærvær skal snart evalueres',
    'decision-deadline': 'En frist i et vedtak i Nærvær nærmer seg',
    'decision-reply': 'Foresatte har svart på et forhåndsvarsel i Nærvær',
    'decision-waiting': 'En klage i Nærvær har ventet en måned hos Statsforvalteren',
    summary: 'Du har nye meldinger i Nærvær',
  },
  nn: {
    'case-shared': 'Ei sak er delt med deg i Nærvær',
    stafettholder: 'Du er no stafetthaldar for ei sak i Nærvær',
    participant: 'Du er lagd til som deltakar i ei sak i Nærvær',
    notice: 'Du har fått ei skriftleg melding i Nærvær',
    'task-assigned': 'Du har ei ny oppgåve i Nærvær',
    'task-due': 'Du har ei oppgåve i Nærvær med frist i morgon',
    'evaluation-due': 'Ei evaluering i Nærvær skal gjerast',
    'concern-unhandled': 'Ei ny uro i klassen din ventar i Nærvær',
    'guardian-report': 'Ein føresett har meldt fråvær i klassen din i Nærvær',
    'absence-unreported': 'Du har ei ny melding i Nærvær',
    'referral-waiting': 'Ei tilvising i Nærvær har venta lenge på svar',
    'guardian-document': 'Skulen har sendt dykk eit dokument i Nærvær',
    'guardian-reply': 'Ein føresett har svart skulen i Nærvær',
    'contact-gap': 'Ei skuleveke har gått utan den vekentlege kontakten i ei sak i Nærvær',
    'health-concern': 'Helsesjukepleiaren har meldt ei undring til skulen i Nærvær',
    'school-environment': 'Ei ny skolemiljøsak i Nærvær ventar på oppfølging',
    'pupil-voice': 'Ein elev har skrive noko nytt til skulen i Nærvær',
    'school-environment-due': 'Aktivitetsplanen i ei skolemiljøsak i Nærvær skal snart evaluerast',
    'decision-deadline': 'Ein frist i eit vedtak i Nærvær nærmar seg',
    'decision-reply': 'Føresette har svart på eit førehandsvarsel i Nærvær',
    'decision-waiting': 'Ei klage i Nærvær har venta ein månad hos Statsforvaltaren',
    summary: 'Du har nye meldingar i Nærvær',
  },
  en: {
    'case-shared': 'A case has been shared with you in Nærvær',
    stafettholder: 'You are now the baton holder for a case in Nærvær',
    participant: 'You have been added as a participant in a case in Nærvær',
    notice: 'You have received a written notice in Nærvær',
    'task-assigned': 'You have a new task in Nærvær',
    'task-due': 'You have a task in Nærvær due tomorrow',
    'evaluation-due': 'A review in Nærvær is due',
    'concern-unhandled': 'A new concern in your class is waiting in Nærvær',
    'guardian-report': 'A guardian has reported absence in your class in Nærvær',
    'absence-unreported': 'You have a new message in Nærvær',
    'referral-waiting': 'A referral in Nærvær has waited a long time for an answer',
    'guardian-document': 'The school has sent you a document in Nærvær',
    'guardian-reply': 'A guardian has replied to the school in Nærvær',
    'contact-gap': 'A school week has passed without the weekly contact in a case in Nærvær',
    'health-concern': 'The school nurse has raised a query with the school in Nærvær',
    'school-environment': 'A new school environment matter in Nærvær awaits follow-up',
    'pupil-voice': 'A pupil has written something new to the school in Nærvær',
    'school-environment-due': 'The activity plan of a school environment matter in Nærvær is soon to be evaluated',
    'decision-deadline': 'A deadline in a decision in Nærvær is close',
    'decision-reply': 'The guardians have replied to an advance notice in Nærvær',
    'decision-waiting': 'An appeal in Nærvær has waited a month at the Statsforvalteren',
    summary: 'You have new messages in Nærvær',
  },
};

/** The rest of each e-mail: where to look, and that nobody reads replies. */
const MAIL_FRAME: Record<Language, { look: string; auto: string }> = {
  nb: {
    look: 'Logg inn i Nærvær for å se hva det gjelder:',
    auto: 'Denne e-posten er sendt automatisk og kan ikke besvares. Hvilke e-poster du får, velger du under «Innboks» i Nærvær.',
  },
  nn: {
    look: 'Logg inn i Nærvær for å sjå kva det gjeld:',
    auto: 'Denne e-posten er send automatisk og kan ikkje svarast på. Kva e-postar du får, vel du under «Innboks» i Nærvær.',
  },
  en: {
    look: 'Sign in to Nærvær to see what it is about:',
    auto: 'This e-mail was sent automatically and cannot be answered. You choose which e-mails you get under ‘Inbox’ in Nærvær.',
  },
};

/** The e-mail of one outbox row in the reader's language: the kind's sentence and a link to the inbox, no personal data. */
export function composeMail(kind: InboxKind | 'summary', baseUrl: string, language: Language = 'nb') {
  const link = `${baseUrl.replace(/\/$/, '')}/innboks`;
  const line = MAIL_TEXT[language][kind];
  const { look, auto } = MAIL_FRAME[language];
  return {
    subject: line,
    text: `${line}.\n\n${look}\n${link}\n\n${auto}`,
    html: `<p>${line}.</p><p>${look} <a href="${link}">${link}</a></p><p>${auto}</p>`,
  };
}

/**
 * Claims the due rows of one channel (e-mail unless told; SMS has its own worker, decision 136) in every
 * kommune, each in its kommune's context, so row-level security holds.
 */
export async function claimDueMail(
  db: Db,
  now: Date,
  batch = MAIL_BATCH,
  channel: 'email' | 'sms' = 'email',
): Promise<Claimed[]> {
  const kommuner = (await sql<{ id: string }>`select id from kommune order by id`.execute(db.owner)).rows;
  const claimed: Claimed[] = [];
  const leaseUntil = new Date(now.getTime() + MAIL_LEASE_MS);
  for (const k of kommuner) {
    const rows = await db.withContext({ kommuneId: k.id }, async (tx) =>
      sql<{
        id: string;
        user_id: string | null;
        guardian_id: string | null;
        kind: InboxKind | 'summary';
        message_id: string;
        attempts: number;
      }>`
        update mail_outbox set attempts = attempts + 1, next_attempt_at = ${leaseUntil}
        where id in (select id from mail_outbox where state = 'pending' and channel = ${channel}
                     and next_attempt_at <= ${now}
                     order by next_attempt_at limit ${batch} for update skip locked)
        returning id, user_id, guardian_id, kind, message_id, attempts`.execute(tx),
    );
    for (const r of rows.rows)
      claimed.push({
        id: r.id,
        kommuneId: k.id,
        userId: r.user_id,
        guardianId: r.guardian_id,
        kind: r.kind,
        messageId: r.message_id,
        attempts: r.attempts,
      });
  }
  return claimed;
}

/** Sends one claimed row. Throws what the SMTP server answered; the row is then left for `markFailed`. */
export async function deliverMail(db: Db, transport: MailTransport, mail: Claimed, from: string, baseUrl: string) {
  const userId = mail.userId;
  const to = userId
    ? await db.withContext({ kommuneId: mail.kommuneId }, async (tx) => ({
        ...(await tx
          .selectFrom('app_user')
          .select(['email', 'disabled_at'])
          .where('id', '=', userId)
          .executeTakeFirst()),
        language: await readerLanguage(tx, userId),
      }))
    : undefined;
  if (!to?.email?.includes('@') || to.disabled_at) throw new NoRecipient();
  await transport.sendMail({
    from,
    to: to.email,
    ...composeMail(mail.kind, baseUrl, to.language),
    messageId: mail.messageId,
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
}

/** The recipient cannot be reached by this channel any more: given up at once, no retry helps. */
export class NoRecipient extends Error {
  constructor(message = 'Mottakeren har ingen e-postadresse lenger, eller kontoen er sperret.') {
    super(message);
  }
}

export async function markSent(db: Db, mail: Claimed, now: Date) {
  await db.withContext({ kommuneId: mail.kommuneId }, (tx) =>
    tx
      .updateTable('mail_outbox')
      .set({ state: 'sent', sent_at: now, last_error: null })
      .where('id', '=', mail.id)
      .execute(),
  );
}

/** An SMTP answer without the addresses it may quote: the administrator sees why, not to whom. */
export function errorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/[^\s<>"]+@[^\s<>"]+/g, '…').slice(0, 300);
}

export async function markFailed(
  db: Db,
  mail: Claimed,
  err: unknown,
  now: Date,
  clean: (text: string) => string = (t) => t,
) {
  const giveUp = err instanceof NoRecipient || mail.attempts >= MAIL_MAX_ATTEMPTS;
  await db.withContext({ kommuneId: mail.kommuneId }, (tx) =>
    tx
      .updateTable('mail_outbox')
      .set({
        state: giveUp ? 'failed' : 'pending',
        last_error: clean(errorText(err)),
        next_attempt_at: new Date(now.getTime() + retryDelayMs(mail.attempts)),
      })
      .where('id', '=', mail.id)
      .execute(),
  );
}

export type MailRound = { sent: number; failed: number };

/** One round: claim what is due, send each, mark each. */
export async function sendDueMail(
  db: Db,
  transport: MailTransport,
  options: { now: () => Date; from: string; baseUrl: string },
): Promise<MailRound> {
  const claimed = await claimDueMail(db, options.now());
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await deliverMail(db, transport, mail, options.from, options.baseUrl);
      await markSent(db, mail, options.now());
      sent++;
    } catch (err) {
      await markFailed(db, mail, err, options.now());
      failed++;
    }
  }
  return { sent, failed };
}

/** Nodemailer's SMTP transport for the configured server. */
export function smtpTransport(smtp: NonNullable<Config['smtp']>): MailTransport {
  return createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.tls === 'tls',
    requireTLS: smtp.tls === 'starttls',
    ignoreTLS: smtp.tls === 'none',
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
  });
}

export type MailWorker = { runNow(): Promise<MailRound>; stop(): Promise<void> };

/**
 * Runs a round every `intervalMs` on the app clock (a round under way is never overlapped). A failing round
 * (the database away) is told once to `log` and tried again at the next tick; the rows wait, never lost.
 */
export function startMailWorker(
  db: Db,
  transport: MailTransport,
  options: { clock: Clock; from: string; baseUrl: string; intervalMs: number; log?: (line: string) => void },
): MailWorker {
  return startRounds(
    () => sendDueMail(db, transport, { now: () => options.clock.now(), from: options.from, baseUrl: options.baseUrl }),
    { intervalMs: options.intervalMs, what: 'e-post', log: options.log, onStop: () => transport.close?.() },
  );
}

/**
 * Runs `work` every `intervalMs` and on `runNow`, never two at once. A failing round is told once to `log` (by
 * `describe`, the error's text unless told) and tried again at the next tick; so is its recovery.
 */
export function startRounds<R>(
  work: () => Promise<R>,
  options: {
    intervalMs: number;
    /** What is sent, in «Utsendingen av … feilet». */
    what: string;
    log?: ((line: string) => void) | undefined;
    describe?: (err: unknown) => string;
    onStop?: () => void;
  },
): { runNow(): Promise<R>; stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let failing = false;
  let stopped = false;
  const round = (): Promise<R> => {
    const next = running.catch(() => undefined).then(work);
    running = next;
    return next.then(
      (r) => {
        if (failing) options.log?.(`Utsendingen av ${options.what} går igjen.`);
        failing = false;
        return r;
      },
      (err: unknown) => {
        const text = (options.describe ?? errorText)(err);
        if (!failing) options.log?.(`Utsendingen av ${options.what} feilet (${text}); prøver igjen.`);
        failing = true;
        throw err;
      },
    );
  };
  let busy = false;
  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    void round()
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, options.intervalMs);
  timer.unref();
  return {
    runNow: round,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => undefined);
      options.onStop?.();
    },
  };
}
