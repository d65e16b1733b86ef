// The time-driven inbox items of issue 18 item 1, end to end on both databases (decision 124, 137): a
// referral waiting longer than the municipality's limit (content/settings) to the stafettholder; an
// evaluation due to the stafettholder; a new concern on the class not handled by the end of the school day to
// the contact teacher. Each comes once however often the job runs, and goes when the work is done.
import { describe, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { actOnCase, openCase, recordAbsence } from '../support/make';
import { useWorld } from '../support/world';
import { loadContent } from '../../src/server/content/load-content';
import { remindDue } from '../../src/server/inbox/reminders';

const settings = loadContent().settings;
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+01:00`);

describeDb('the inbox’s reminders on the app clock', () => {
  const w = useWorld({
    kommuner: ['remind'],
    env: { NAERVAER_SESSION_IDLE_MINUTES: '10000', NAERVAER_SESSION_ABSOLUTE_HOURS: '200' },
  });
  const items = async (who: string, kind: string) =>
    (await w.as(who).get('/api/inbox')).json().items.filter((i: { kind: string }) => i.kind === kind);
  const remind = async (when: Date, s = settings) => {
    w.clock.set(when);
    await remindDue(w.db, when, s);
    await remindDue(w.db, when, s);
  };

  describe('a referral waiting longer than the limit', () => {
    let caseId: string;
    let helse: { id: string; version: number };

    it('tells the stafettholder once, after the limit and not before', async () => {
      expect(settings.referralWait.days).toBe(30);
      w.clock.set(at('2026-11-24', '08:15'));
      caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!);
      const sent = await w.as('kontakt').post(`/api/cases/${caseId}/referrals`, {
        service: 'helsestasjon',
        status: 'sendt',
        sentOn: '2026-10-26',
      });
      expect(sent.status).toBe(201);
      helse = sent.json().referral;
      const bup = await w.as('kontakt').post(`/api/cases/${caseId}/referrals`, {
        service: 'bup',
        status: 'mottatt',
        sentOn: '2026-11-10',
      });
      expect(bup.status).toBe(201);
      // 29 days after it was sent: nothing yet.
      await remind(at('2026-11-24', '08:20'));
      expect(await items('kontakt', 'referral-waiting')).toEqual([]);
      // 30 days: one item, linking to the case; the BUP referral (14 days) is within the limit.
      await remind(at('2026-11-25', '08:00'));
      const waiting = await items('kontakt', 'referral-waiting');
      expect(waiting).toEqual([
        expect.objectContaining({ caseLink: `/sak/${caseId}`, about: expect.objectContaining({ caseId }) }),
      ]);
      // Nobody else is told.
      expect(await items('rektor', 'referral-waiting')).toEqual([]);
    });

    it('uses the limit the municipality set for a service', async () => {
      await remind(at('2026-11-25', '08:05'), {
        ...settings,
        referralWait: { days: 30, byService: { bup: 14 } },
      });
      expect(await items('kontakt', 'referral-waiting')).toHaveLength(2);
    });

    it('goes when the service has answered', async () => {
      const answered = await w.as('kontakt').put(`/api/cases/${caseId}/referrals/${helse.id}`, {
        service: 'helsestasjon',
        status: 'mottatt',
        sentOn: '2026-10-26',
        answeredOn: '2026-11-25',
        version: helse.version,
      });
      expect(answered.status, answered.body).toBe(200);
      await remind(at('2026-11-25', '09:00'));
      // Only the BUP referral's item is left.
      expect(await items('kontakt', 'referral-waiting')).toHaveLength(1);
    });
  });

  describe('an evaluation due', () => {
    it('tells the stafettholder on the evaluation date, and goes once the case is evaluated', async () => {
      w.clock.set(at('2026-11-25', '09:00'));
      const caseId = await openCase(w.as('kontakt'), w.k.pupilIds[1]!);
      await actOnCase(w.as('kontakt'), caseId, { type: 'start-measures', evaluationOn: '2026-11-27' });
      await remind(at('2026-11-26', '08:00'));
      expect(await items('kontakt', 'evaluation-due')).toEqual([]);
      await remind(at('2026-11-27', '08:00'));
      expect(await items('kontakt', 'evaluation-due')).toEqual([
        expect.objectContaining({ caseLink: `/sak/${caseId}` }),
      ]);
      // Overdue the next day: still the one item, not a second.
      await remind(at('2026-11-30', '08:00'));
      expect(await items('kontakt', 'evaluation-due')).toHaveLength(1);
      await actOnCase(w.as('kontakt'), caseId, {
        type: 'evaluate',
        outcome: 'better',
        assessment: 'Bedre oppmøte, fortsetter tiltakene.',
        nextEvaluationOn: '2026-12-21',
      });
      expect(await items('kontakt', 'evaluation-due')).toEqual([]);
    });
  });

  describe('a new concern on the class not handled by the end of the school day', () => {
    it('tells the contact teacher from 16:00, once, and goes when the concern is handled', async () => {
      w.clock.set(at('2026-12-01', '08:15'));
      const pupil = w.k.pupilIds[2]!;
      await recordAbsence(w.as('kontakt'), pupil, ['2026-12-01'], {
        kind: 'lesson',
        period: 2,
        subject: 'Matematikk',
        documented: false,
      });
      await remind(at('2026-12-01', '15:59'));
      expect(await items('kontakt', 'concern-unhandled')).toEqual([]);
      await remind(at('2026-12-01', '16:00'));
      await remind(at('2026-12-01', '17:30'));
      const told = await items('kontakt', 'concern-unhandled');
      expect(told).toEqual([expect.objectContaining({ caseLink: `/elev/${pupil}` })]);
      // The subject teacher of the class and the leadership are not told.
      expect(await items('rektor', 'concern-unhandled')).toEqual([]);
      const alerts = (await w.as('kontakt').get(`/api/alerts?status=open&classId=${w.k.classId}`)).json();
      const open = alerts.concerns.find((c: { pupilId: string }) => c.pupilId === pupil);
      const handled = await w.as('kontakt').post('/api/alerts/handle', {
        alerts: open.alerts.map((a: { id: string; version: number }) => ({ id: a.id, version: a.version })),
        contact: {
          contactedAt: '2026-12-01T17:00:00+01:00',
          withWhom: ['foresatt'],
          channel: 'telefon',
          summary: 'Ringte hjem.',
        },
      });
      expect(handled.status, handled.body).toBe(200);
      expect(await items('kontakt', 'concern-unhandled')).toEqual([]);
    });
  });
});
