// The same-day notice to guardians (issue 18 item 4, decisions 134 and 136), on both databases: a pupil
// registered absent at 08:15 without a report gives one notice per guardian with access at 09:30 and never a
// second; none for a pupil whose guardian reported, none for a class the school turned it off for; the contact
// log shows it; the e-mail reaches a real SMTP server without the pupil's name; with SMS configured a local
// HTTP receiver gets one SMS per guardian with a mobile number, and a failing gateway is retried with the
// state shown in the administrator's outbox.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { recordAbsence } from '../support/make';
import { startSmtp, type LocalSmtp } from '../support/smtp';
import { startSmsReceiver, type LocalSmsGateway } from '../support/sms-receiver';
import { useWorld } from '../support/world';
import { loadContent } from '../../src/server/content/load-content';
import { sendSameDayNotices } from '../../src/server/inbox/same-day-notice';
import { sendDueMail, smtpTransport } from '../../src/server/inbox/mail-worker';
import { linkMobilityGateway, sendDueSms } from '../../src/server/inbox/sms-worker';
import { smsText } from '../../src/domain/inbox/sms';
import { retryDelayMs } from '../../src/domain/inbox/inbox';

const settings = loadContent().settings;
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+01:00`);
const TUESDAY = '2026-11-24';
const WEDNESDAY = '2026-11-25';
const THURSDAY = '2026-11-26';

describeDb('the same-day notice to guardians', () => {
  const extra = { second: randomUUID(), landline: randomUUID(), protectedParent: randomUUID() };
  const w = useWorld({
    kommuner: ['sameday'],
    // The test walks the clock over three days; the sessions should not end on the way.
    env: { NAERVAER_SESSION_IDLE_MINUTES: '10000', NAERVAER_SESSION_ABSOLUTE_HOURS: '200' },
    seed: async (db, k) => {
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        // The guardian with an account (parental responsibility) for pupils 0 and 1, with a mobile and an e-mail.
        await tx.updateTable('guardian').set({ phone: '+47 412 34 567' }).where('id', '=', k.guardianId).execute();
        await tx
          .updateTable('app_user')
          .set({ email: 'forelder@hjem.example' })
          .where('id', '=', k.users.forelder!.id)
          .execute();
        await tx
          .insertInto('guardian_pupil')
          .values({ kommune_id: k.id, guardian_id: k.guardianId, pupil_id: k.pupilIds[1]! })
          .execute();
        // Pupil 0's other parents: one without parental responsibility but with the right to information and a
        // mobile, one with only a landline. Pupil 2 (strengt fortrolig address) has one guardian with a mobile.
        await tx
          .insertInto('guardian')
          .values([
            {
              id: extra.second,
              kommune_id: k.id,
              first_name: 'Andre',
              last_name: 'Forelder',
              phone: '912 34 567',
              email: null,
              user_id: null,
            },
            {
              id: extra.landline,
              kommune_id: k.id,
              first_name: 'Tredje',
              last_name: 'Forelder',
              phone: '22 33 44 55',
              email: null,
              user_id: null,
            },
            {
              id: extra.protectedParent,
              kommune_id: k.id,
              first_name: 'Skjermet',
              last_name: 'Forelder',
              phone: '98765432',
              email: null,
              user_id: null,
            },
          ])
          .execute();
        await tx
          .insertInto('guardian_pupil')
          .values([
            { kommune_id: k.id, guardian_id: extra.second, pupil_id: k.pupilIds[0]!, parental_responsibility: false },
            { kommune_id: k.id, guardian_id: extra.landline, pupil_id: k.pupilIds[0]! },
            { kommune_id: k.id, guardian_id: extra.protectedParent, pupil_id: k.pupilIds[2]! },
          ])
          .execute();
      });
    },
  });
  let smtp: LocalSmtp;
  let sms: LocalSmsGateway;
  const gateway = () =>
    linkMobilityGateway({
      url: sms.url,
      user: 'naervaer',
      password: 'hemmelig',
      platformId: 'P1',
      platformPartnerId: 'PP1',
      sender: 'Naervaer',
    });
  const run = (when: Date) => {
    w.clock.set(when);
    return sendSameDayNotices(w.db, settings, { sms: true }, when);
  };
  const noticesOn = (day: string) =>
    w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('contact_log').selectAll().where('notice_on', '=', day).orderBy('pupil_id').execute(),
    );
  const guardianItems = async () =>
    (await w.as('forelder').get('/api/inbox'))
      .json()
      .items.filter((i: { kind: string }) => i.kind === 'absence-unreported');
  const smsRows = () =>
    w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('mail_outbox').selectAll().where('channel', '=', 'sms').orderBy('created_at').execute(),
    );

  beforeAll(async () => {
    smtp = await startSmtp();
    sms = await startSmsReceiver();
  });
  afterAll(async () => {
    await smtp?.stop();
    await sms?.stop();
  });

  describe('a Tuesday: three pupils registered absent at 08:15, one reported by the guardian', () => {
    beforeAll(async () => {
      w.clock.set(at(TUESDAY, '08:15'));
      for (const pupilId of w.k.pupilIds) await recordAbsence(w.as('kontakt'), pupilId, [TUESDAY]);
      w.clock.set(at(TUESDAY, '08:20'));
      const report = await w.as('forelder').post(`/api/my-children/${w.k.pupilIds[1]}/reports`, {
        from: TUESDAY,
        to: TUESDAY,
        reason: 'sykdom',
      });
      expect(report.status).toBe(201);
    });

    it('sends nothing before the school’s time, then once at 09:30 however often the job runs', async () => {
      expect(await run(at(TUESDAY, '09:29'))).toEqual({ pupils: 0, inbox: 0, sms: 0 });
      expect(await noticesOn(TUESDAY)).toEqual([]);
      // Pupil 0: the guardian with an account in the inbox; two mobiles. Pupil 2: one mobile. Pupil 1: reported.
      expect(await run(at(TUESDAY, '09:30'))).toEqual({ pupils: 2, inbox: 1, sms: 3 });
      expect(await run(at(TUESDAY, '09:31'))).toEqual({ pupils: 0, inbox: 0, sms: 0 });
      expect(await run(at(TUESDAY, '11:00'))).toEqual({ pupils: 0, inbox: 0, sms: 0 });
      expect((await smsRows()).length).toBe(3);
    });

    it('puts one notice in the guardian’s inbox, naming the child and the day but not the school', async () => {
      const items = await guardianItems();
      expect(items).toEqual([
        expect.objectContaining({
          child: { pupilId: w.k.pupilIds[0], firstName: 'Elev0', day: TUESDAY },
          caseLink: `/barn/${w.k.pupilIds[0]}/meld-fravaer`,
          about: null,
        }),
      ]);
      expect(JSON.stringify(items)).not.toContain('Testskole');
      expect(JSON.stringify(items)).not.toContain('9A');
    });

    it('records the notice in the contact log, by Nærvær, once per pupil and day', async () => {
      const rows = await noticesOn(TUESDAY);
      expect(rows.map((r) => r.pupil_id).sort()).toEqual([w.k.pupilIds[0], w.k.pupilIds[2]].sort());
      expect(rows.every((r) => r.recorded_by === null && r.channel === 'melding')).toBe(true);
      const absence = (await w.as('kontakt').get(`/api/pupils/${w.k.pupilIds[0]}/absence`)).json();
      const logged = absence.contacts.filter(
        (c: { recordedByName: string }) => c.recordedByName === 'Nærvær (automatisk varsel)',
      );
      expect(logged).toHaveLength(1);
      expect(logged[0].summary).toContain('1 i innboksen i Nærvær og 2 på SMS');
      // The reported pupil has no such line.
      const reported = (await w.as('kontakt').get(`/api/pupils/${w.k.pupilIds[1]}/absence`)).json();
      expect(
        reported.contacts.filter((c: { recordedByName: string }) => c.recordedByName === 'Nærvær (automatisk varsel)'),
      ).toEqual([]);
    });

    it('e-mails the guardian who has an address, without the pupil’s name, the school or the class', async () => {
      const round = await sendDueMail(
        w.db,
        smtpTransport({
          host: '127.0.0.1',
          port: smtp.port,
          tls: 'none',
          user: undefined,
          password: undefined,
          from: 'x',
        }),
        { now: () => w.clock.now(), from: 'Nærvær <ikke-svar@naervaer.invalid>', baseUrl: 'https://naervaer.test' },
      );
      expect(round.failed).toBe(0);
      const mails = smtp.arrived.filter((m) => m.to.includes('forelder@hjem.example'));
      expect(mails).toHaveLength(1);
      // The subject is «Du har en ny melding i Nærvær», MIME-encoded.
      expect(mails[0]!.subject).toMatch(/^=\?UTF-8\?Q\?Du_har_en_ny_melding_i_N/);
      for (const word of ['Elev0', 'Elev2', 'Testsameday', 'Testskole']) expect(mails[0]!.raw).not.toContain(word);
    });

    it('sends one SMS per guardian with a mobile number, naming nobody, with the outbox row as its reference', async () => {
      const round = await sendDueSms(w.db, gateway(), { now: () => w.clock.now(), baseUrl: 'https://naervaer.test' });
      expect(round).toEqual({ sent: 3, failed: 0 });
      expect(sms.arrived.map((a) => a.body.destination).sort()).toEqual(['+4741234567', '+4791234567', '+4798765432']);
      const rows = await smsRows();
      expect(sms.arrived.map((a) => a.body.refId).sort()).toEqual(rows.map((r) => r.id).sort());
      for (const a of sms.arrived) {
        expect(a.path).toBe('/sms/send');
        expect(a.authorization).toBe(`Basic ${Buffer.from('naervaer:hemmelig').toString('base64')}`);
        expect(a.body).toMatchObject({ source: 'Naervaer', platformId: 'P1', platformPartnerId: 'PP1' });
        expect(a.body.userData).toBe(smsText('https://naervaer.test'));
      }
      expect(rows.every((r) => r.state === 'sent')).toBe(true);
      // Sent rows are not sent again.
      expect(await sendDueSms(w.db, gateway(), { now: () => w.clock.now(), baseUrl: 'https://x' })).toEqual({
        sent: 0,
        failed: 0,
      });
    });

    it('takes the notice out of the inbox when the guardian reports the day', async () => {
      w.clock.set(at(TUESDAY, '10:00'));
      const report = await w.as('forelder').post(`/api/my-children/${w.k.pupilIds[0]}/reports`, {
        from: TUESDAY,
        to: TUESDAY,
        reason: 'sykdom',
      });
      expect(report.status).toBe(201);
      expect(await guardianItems()).toEqual([]);
    });
  });

  describe('a Wednesday: the class turned off, then on again, and the SMS gateway failing', () => {
    const classSetting = async () =>
      (await w.as('admin').get(`/api/schools/${w.k.schoolId}/settings`))
        .json()
        .sameDayNotice.classes.find((c: { id: string }) => c.id === w.k.classId);

    it('sends none for a class the school turned the notice off for', async () => {
      w.clock.set(at(WEDNESDAY, '08:00'));
      const before = await classSetting();
      expect(before.on).toBe(true);
      const off = await w
        .as('admin')
        .put(`/api/classes/${w.k.classId}/same-day-notice`, { on: false, version: before.version });
      expect(off.status).toBe(200);
      // A second edit from the old version is refused, not overwritten.
      expect(
        (await w.as('admin').put(`/api/classes/${w.k.classId}/same-day-notice`, { on: true, version: before.version }))
          .status,
      ).toBe(409);
      // The school leader reads the setting but may not change it.
      expect((await w.as('rektor').get(`/api/schools/${w.k.schoolId}/settings`)).json().sameDayNotice.classes).toEqual([
        expect.objectContaining({ id: w.k.classId, on: false }),
      ]);
      expect(
        (
          await w
            .as('rektor')
            .put(`/api/classes/${w.k.classId}/same-day-notice`, { on: true, version: off.json().version })
        ).status,
      ).toBe(403);
      w.clock.set(at(WEDNESDAY, '08:15'));
      await recordAbsence(w.as('kontakt'), w.k.pupilIds[0]!, [WEDNESDAY]);
      expect(await run(at(WEDNESDAY, '09:30'))).toEqual({ pupils: 0, inbox: 0, sms: 0 });
      expect(await noticesOn(WEDNESDAY)).toEqual([]);
    });

    it('retries a failing SMS gateway, the state shown to the administrator, and delivers after the pause', async () => {
      const now = await classSetting();
      expect(
        (await w.as('admin').put(`/api/classes/${w.k.classId}/same-day-notice`, { on: true, version: now.version }))
          .status,
      ).toBe(200);
      expect(await run(at(WEDNESDAY, '10:00'))).toEqual({ pupils: 1, inbox: 1, sms: 2 });
      sms.failing = true;
      sms.arrived.length = 0;
      expect(await sendDueSms(w.db, gateway(), { now: () => w.clock.now(), baseUrl: 'https://naervaer.test' })).toEqual(
        {
          sent: 0,
          failed: 2,
        },
      );
      expect(sms.refused).toBe(2);
      const outbox = (await w.as('admin').get('/api/mail-outbox'))
        .json()
        .mails.filter((m: { channel: string; state: string }) => m.channel === 'sms' && m.state === 'pending');
      expect(outbox).toHaveLength(2);
      for (const m of outbox) {
        expect(m).toMatchObject({ kind: 'absence-unreported', attempts: 1, recipient: 'Foresatt' });
        expect(m.lastError).toContain('503');
        expect(m.lastError).not.toMatch(/\d{8}/);
      }
      // Not before the pause is over …
      sms.failing = false;
      w.clock.advance(retryDelayMs(1) - 1_000);
      expect(await sendDueSms(w.db, gateway(), { now: () => w.clock.now(), baseUrl: 'https://x' })).toEqual({
        sent: 0,
        failed: 0,
      });
      // … and then once each, with the same reference as the failed try would have had.
      w.clock.advance(2_000);
      expect(await sendDueSms(w.db, gateway(), { now: () => w.clock.now(), baseUrl: 'https://x' })).toEqual({
        sent: 2,
        failed: 0,
      });
      const rows = (await smsRows()).filter((r) => r.dedupe_key.endsWith(WEDNESDAY));
      expect(sms.arrived.map((a) => a.body.refId).sort()).toEqual(rows.map((r) => r.id).sort());
      expect(rows.every((r) => r.state === 'sent' && r.attempts === 2)).toBe(true);
    });
  });

  describe('a Thursday: the school’s own time', () => {
    it('goes at the time the school chose, and refuses a time after the school day', async () => {
      const school = (await w.as('admin').get(`/api/schools/${w.k.schoolId}/settings`)).json().school;
      const late = await w
        .as('admin')
        .put(`/api/schools/${w.k.schoolId}/same-day-notice`, { at: '16:30', version: school.version });
      expect(late.status).toBe(400);
      expect(late.json().error.details.fields).toEqual([expect.objectContaining({ field: 'at' })]);
      const set = await w
        .as('admin')
        .put(`/api/schools/${w.k.schoolId}/same-day-notice`, { at: '09:00', version: school.version });
      expect(set.status).toBe(200);
      w.clock.set(at(THURSDAY, '08:15'));
      await recordAbsence(w.as('kontakt'), w.k.pupilIds[2]!, [THURSDAY]);
      expect(await run(at(THURSDAY, '08:59'))).toMatchObject({ pupils: 0 });
      expect(await run(at(THURSDAY, '09:00'))).toMatchObject({ pupils: 1, sms: 1 });
      // After the school day nothing new goes out.
      await recordAbsence(w.as('kontakt'), w.k.pupilIds[0]!, [THURSDAY]);
      expect(await run(at(THURSDAY, '16:00'))).toEqual({ pupils: 0, inbox: 0, sms: 0 });
    });
  });
});
