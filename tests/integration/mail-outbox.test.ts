// The e-mail outbox (issue 18 item 2, decision 126), against a real SMTP server started here: every notice
// is delivered though the worker stops between writing and sending; a crash after sending and before
// marking sends it again with the same Message-ID; a refusing server is tried again after a pause, the
// state shown to the administrator; no e-mail names the pupil.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { openCaseAtLevel } from '../support/make';
import { startSmtp, type LocalSmtp } from '../support/smtp';
import { useWorld } from '../support/world';
import {
  claimDueMail,
  deliverMail,
  MAIL_LEASE_MS,
  sendDueMail,
  smtpTransport,
  startMailWorker,
} from '../../src/server/inbox/mail-worker';
import { MAIL_MAX_ATTEMPTS, retryDelayMs } from '../../src/domain/inbox/inbox';

describeDb('the e-mail outbox and its worker', () => {
  const w = useWorld({
    kommuner: ['post'],
    seed: async (db, k) => {
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        for (const who of ['rektor', 'helse'])
          await tx
            .updateTable('app_user')
            .set({ email: `${who}@skole.example` })
            .where('id', '=', k.users[who]!.id)
            .execute();
      });
    },
  });
  let smtp: LocalSmtp;
  let caseId: string;
  let pupilFirstName: string;
  const transport = () =>
    smtpTransport({ host: '127.0.0.1', port: smtp.port, tls: 'none', user: undefined, password: undefined, from: 'x' });
  const options = (at: () => Date) => ({
    now: at,
    from: 'Nærvær <ikke-svar@naervaer.invalid>',
    baseUrl: 'https://naervaer.test',
  });
  const outbox = () =>
    w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('mail_outbox').selectAll().orderBy('created_at').execute(),
    );

  beforeAll(async () => {
    smtp = await startSmtp();
    caseId = await openCaseAtLevel(w.as('kontakt'), w.k.pupilIds[0]!, 1);
    pupilFirstName = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json().pupil.firstName;
  });
  afterAll(async () => {
    await smtp?.stop();
  });

  it('delivers a notice written while no worker ran, after the worker stops and starts again', async () => {
    expect((await w.as('kontakt').post(`/api/cases/${caseId}/notices`, { to: 'skoleledelse' })).status).toBe(200);
    // A worker that stops before its first round (the server going down) sends nothing and loses nothing.
    const first = startMailWorker(w.db, transport(), {
      clock: w.clock,
      from: 'x@y.z',
      baseUrl: 'https://n',
      intervalMs: 60_000,
    });
    await first.stop();
    expect(smtp.arrived).toHaveLength(0);
    // (The factory's kommune has one e-mail sent long ago.)
    expect((await outbox()).filter((m) => m.state === 'pending')).toHaveLength(1);
    // The next start sends it.
    const second = startMailWorker(w.db, transport(), {
      clock: w.clock,
      from: 'Nærvær <ikke-svar@naervaer.invalid>',
      baseUrl: 'https://naervaer.test',
      intervalMs: 60_000,
    });
    expect(await second.runNow()).toEqual({ sent: 1, failed: 0 });
    await second.stop();
    expect(smtp.arrived).toHaveLength(1);
    const [mail] = smtp.arrived;
    expect(mail!.to).toEqual(['rektor@skole.example']);
    expect(mail!.raw).toContain('https://naervaer.test/innboks');
    expect(mail!.raw).not.toContain(pupilFirstName);
    const row = (await outbox()).find((m) => m.message_id === mail!.messageId);
    expect(row).toMatchObject({ state: 'sent', attempts: 1, user_id: w.k.users.rektor!.id });
  });

  it('sends again with the same Message-ID after a crash between sending and marking, and then no more', async () => {
    smtp.arrived.length = 0;
    expect((await w.as('kontakt').post(`/api/cases/${caseId}/notices`, { to: 'skoleledelse' })).status).toBe(200);
    const now = w.clock.now();
    // The worker claims and sends, and the process dies before it marks the row sent.
    const claimed = await claimDueMail(w.db, now);
    expect(claimed).toHaveLength(1);
    await deliverMail(w.db, transport(), claimed[0]!, 'x@naervaer.invalid', 'https://naervaer.test');
    expect(smtp.arrived).toHaveLength(1);
    // Restarted within the lease, nothing is due; after it, the row is sent again, recognisably the same.
    expect(
      await sendDueMail(
        w.db,
        transport(),
        options(() => new Date(now.getTime() + 1000)),
      ),
    ).toEqual({ sent: 0, failed: 0 });
    const later = new Date(now.getTime() + MAIL_LEASE_MS + 1000);
    expect(
      await sendDueMail(
        w.db,
        transport(),
        options(() => later),
      ),
    ).toEqual({ sent: 1, failed: 0 });
    expect(smtp.arrived).toHaveLength(2);
    expect(smtp.arrived[1]!.messageId).toBe(smtp.arrived[0]!.messageId);
    expect(
      await sendDueMail(
        w.db,
        transport(),
        options(() => new Date(later.getTime() + MAIL_LEASE_MS * 10)),
      ),
    ).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(smtp.arrived).toHaveLength(2);
  });

  it('tries a refusing server again after a growing pause, shows the state, and gives up after the last try', async () => {
    smtp.arrived.length = 0;
    smtp.failing = true;
    expect((await w.as('kontakt').post(`/api/cases/${caseId}/notices`, { to: 'skoleledelse' })).status).toBe(200);
    const shownAs = async (id: string) =>
      (await w.as('admin').get('/api/mail-outbox')).data.mails.find((m: { id: string }) => m.id === id);
    const pendingId = async () => (await outbox()).find((m) => m.state === 'pending')!.id;
    const first = await pendingId();
    let at = new Date(w.clock.now().getTime() + 10 * MAIL_LEASE_MS);
    expect(
      await sendDueMail(
        w.db,
        transport(),
        options(() => at),
      ),
    ).toEqual({ sent: 0, failed: 1 });
    const shown = await shownAs(first);
    expect(shown).toMatchObject({
      kind: 'notice',
      state: 'pending',
      attempts: 1,
      recipient: `Navn ${w.k.users.rektor!.username}`,
    });
    expect(shown.lastError).toMatch(/451/);
    expect(shown.lastError).not.toContain('@');
    // Not before the pause is over.
    expect(
      await sendDueMail(
        w.db,
        transport(),
        options(() => new Date(at.getTime() + retryDelayMs(1) - 1000)),
      ),
    ).toEqual({
      sent: 0,
      failed: 0,
    });
    // The server comes back: the next try after the pause delivers it.
    smtp.failing = false;
    at = new Date(at.getTime() + retryDelayMs(1) + 1000);
    expect(
      await sendDueMail(
        w.db,
        transport(),
        options(() => at),
      ),
    ).toEqual({ sent: 1, failed: 0 });
    expect(smtp.arrived).toHaveLength(1);
    expect(await shownAs(first)).toMatchObject({ state: 'sent', attempts: 2, lastError: null });

    // A server that never takes it: given up after the last try, and shown so.
    smtp.failing = true;
    expect((await w.as('kontakt').post(`/api/cases/${caseId}/notices`, { to: 'skoleledelse' })).status).toBe(200);
    const second = await pendingId();
    for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
      at = new Date(at.getTime() + retryDelayMs(attempt) + MAIL_LEASE_MS + 1000);
      expect(
        await sendDueMail(
          w.db,
          transport(),
          options(() => at),
        ),
      ).toEqual({ sent: 0, failed: 1 });
    }
    at = new Date(at.getTime() + 24 * 3_600_000);
    expect(
      await sendDueMail(
        w.db,
        transport(),
        options(() => at),
      ),
    ).toEqual({ sent: 0, failed: 0 });
    expect(await shownAs(second)).toMatchObject({
      state: 'failed',
      attempts: MAIL_MAX_ATTEMPTS,
    });
    smtp.failing = false;
  });

  it('writes the outbox row in the transaction of its cause: a refused notice leaves none', async () => {
    const before = (await outbox()).length;
    const res = await w.as('kontakt').post(`/api/cases/${randomUUID()}/notices`, { to: 'skoleledelse' });
    expect(res.status).toBe(404);
    expect((await outbox()).length).toBe(before);
  });

  it('writes each e-mail in its reader’s language: their own choice, else the kommune’s målform (decision 178)', async () => {
    // The transport is the seam to the SMTP server; here it keeps what would be sent, to read it in plain text.
    const sent: { subject: string; text: string }[] = [];
    const keep = { sendMail: async (m: { subject: string; text: string }) => void sent.push(m) };
    const rektor = w.k.users.rektor!.id;
    const mail = {
      id: randomUUID(),
      kommuneId: w.k.id,
      userId: rektor,
      guardianId: null,
      kind: 'notice' as const,
      messageId: '<spraak@naervaer.test>',
      attempts: 1,
    };
    const chooses = (language: 'nb' | 'nn' | 'en' | null) =>
      w.db.owner.updateTable('app_user').set({ language }).where('id', '=', rektor).execute();
    const malform = (m: 'nb' | 'nn') =>
      w.db.owner.updateTable('kommune').set({ malform: m }).where('id', '=', w.k.id).execute();
    try {
      await deliverMail(w.db, keep, mail, 'x@y.z', 'https://naervaer.test');
      await chooses('en');
      await deliverMail(w.db, keep, mail, 'x@y.z', 'https://naervaer.test');
      await chooses(null);
      await malform('nn');
      await deliverMail(w.db, keep, mail, 'x@y.z', 'https://naervaer.test');
    } finally {
      await chooses(null);
      await malform('nb');
    }
    expect(sent.map((m) => m.subject)).toEqual([
      'Du har fått en skriftlig melding i Nærvær',
      'You have received a written notice in Nærvær',
      'Du har fått ei skriftleg melding i Nærvær',
    ]);
    expect(sent[1]!.text).toContain('Sign in to Nærvær to see what it is about:\nhttps://naervaer.test/innboks');
    expect(sent[2]!.text).toContain('Logg inn i Nærvær for å sjå kva det gjeld:');
  });
});
