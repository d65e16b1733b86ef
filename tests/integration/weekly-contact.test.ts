// Issue 21 item 5 (decisions 193–195), end to end on both databases: the Saltdal ladder's weekly contact at level
// 2, switched on by the team; a school week without contact is a gap on the case and the board and one inbox
// item; logging a contact in that week closes it; a waiting referral makes the weekly contact apply by itself
// (samtidighetsansvar, 004 §5) until it is answered.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/server/content/load-content';
import { remindDue } from '../../src/server/inbox/reminders';
import { describeDb } from '../support/db';
import { openCase, openCaseAtLevel } from '../support/make';
import { useWorld } from '../support/world';

const content = loadContent();
const at = (day: string, hhmm = '08:00') => new Date(`${day}T${hhmm}:00+01:00`);

type Weekly = {
  applies: boolean;
  reasons: string[];
  team: boolean | null;
  ladderTask: { teamDecides: boolean } | null;
  lastContactOn: string | null;
  gaps: { week: number; year: number; monday: string }[];
};

describeDb('the weekly contact, closed by the contact log', () => {
  const w = useWorld({
    kommuner: ['ukentlig'],
    env: { NAERVAER_SESSION_IDLE_MINUTES: '100000', NAERVAER_SESSION_ABSOLUTE_HOURS: '2000' },
  });
  const weekly = async (caseId: string) => {
    const res = await w.as('kontakt').get(`/api/cases/${caseId}`);
    expect(res.status, res.body).toBe(200);
    return res.json() as { version: number; weeklyContact: Weekly };
  };
  const board = async () =>
    (await w.as('kontakt').get('/api/cases')).json().cases as { id: string; contactGap: boolean }[];
  const gapItems = async (who: string) =>
    (await w.as(who).get('/api/inbox')).json().items.filter((i: { kind: string }) => i.kind === 'contact-gap');
  const remind = async (when: Date) => {
    w.clock.set(when);
    await remindDue(w.db, when, content.settings, content);
    await remindDue(w.db, when, content.settings, content);
  };

  let caseId: string;
  const pupilId = () => w.k.pupilIds[0]!;

  it('at Saltdal level 2 the weekly contact waits for the team («dersom … formålstjenlig»)', async () => {
    w.clock.set(at('2026-11-16'));
    caseId = await openCaseAtLevel(w.as('kontakt'), pupilId(), 2);
    const { weeklyContact, tasks } = (await weekly(caseId)) as Awaited<ReturnType<typeof weekly>> & {
      tasks: { ladderTaskId: string | null; weekly: boolean }[];
    };
    // The checklist says which task is the weekly one.
    expect(tasks.filter((t) => t.weekly).map((t) => t.ladderTaskId)).toEqual(['saltdal-2-ukentlig-kontakt']);
    expect(weeklyContact).toEqual({
      applies: false,
      reasons: [],
      team: null,
      ladderTask: { teamDecides: true },
      lastContactOn: null,
      gaps: [],
    });
  });

  it('the team switches it on: versioned (a stale version is refused) and audited', async () => {
    w.clock.set(at('2026-11-16', '09:00'));
    const { version } = await weekly(caseId);
    const res = await w.as('kontakt').put(`/api/cases/${caseId}/weekly-contact`, { on: true, version });
    expect(res.status, res.body).toBe(200);
    expect(res.json().weeklyContact).toMatchObject({ applies: true, reasons: ['ladder'], team: true, gaps: [] });
    const stale = await w.as('kontakt').put(`/api/cases/${caseId}/weekly-contact`, { on: false, version });
    expect(stale.status).toBe(409);
    const bad = await w.as('kontakt').put(`/api/cases/${caseId}/weekly-contact`, { on: 'ja', version });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/Ukentlig kontakt/);
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'pupil_id', 'case_id'])
        .where('action', '=', 'case.weekly-contact.set')
        .execute(),
    );
    expect(audit).toEqual([{ action: 'case.weekly-contact.set', pupil_id: pupilId(), case_id: caseId }]);
  });

  it('while the week runs there is no gap; once it is over, the case and the board show it', async () => {
    w.clock.set(at('2026-11-20', '15:00'));
    expect((await weekly(caseId)).weeklyContact.gaps).toEqual([]);
    expect((await board()).find((c) => c.id === caseId)?.contactGap).toBe(false);
    w.clock.set(at('2026-11-24'));
    expect((await weekly(caseId)).weeklyContact).toMatchObject({
      applies: true,
      lastContactOn: null,
      gaps: [{ week: 47, year: 2026, monday: '2026-11-16' }],
    });
    expect((await board()).find((c) => c.id === caseId)?.contactGap).toBe(true);
  });

  it('puts one item in the contact teacher’s inbox for the gap week, however often the job runs', async () => {
    await remind(at('2026-11-24', '08:10'));
    await remind(at('2026-11-24', '10:00'));
    const items = await gapItems('kontakt');
    expect(items).toEqual([
      expect.objectContaining({ caseLink: `/sak/${caseId}`, about: expect.objectContaining({ caseId }) }),
    ]);
    expect(await gapItems('rektor')).toEqual([]);
  });

  it('a contact with a service only does not close the week; one with the home does, everywhere', async () => {
    w.clock.set(at('2026-11-24', '11:00'));
    const log = (withWhom: string[]) =>
      w.as('kontakt').post(`/api/pupils/${pupilId()}/contacts`, {
        contactedAt: '2026-11-19T13:00:00+01:00',
        withWhom,
        channel: 'telefon',
        summary: 'Snakket om uka',
      });
    expect((await log(['ppt'])).status).toBe(201);
    expect((await weekly(caseId)).weeklyContact.gaps).toHaveLength(1);
    // The same-day notice Nærvær sent the guardians itself is not the teacher's contact with the home.
    await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .insertInto('contact_log')
        .values({
          id: randomUUID(),
          kommune_id: w.k.id,
          pupil_id: pupilId(),
          alert_id: null,
          contacted_at: new Date('2026-11-18T08:30:00+01:00'),
          with_whom: ['foresatt'],
          channel: 'melding',
          summary: 'Melding til foresatte om fravær i dag',
          agreed: null,
          recorded_by: null,
          recorded_at: new Date('2026-11-18T08:30:00+01:00'),
          notice_on: '2026-11-18',
        })
        .execute(),
    );
    expect((await weekly(caseId)).weeklyContact.gaps).toHaveLength(1);
    expect(await gapItems('kontakt')).toHaveLength(1);
    expect((await log(['foresatt'])).status).toBe(201);
    expect((await weekly(caseId)).weeklyContact).toMatchObject({ lastContactOn: '2026-11-19', gaps: [] });
    expect((await board()).find((c) => c.id === caseId)?.contactGap).toBe(false);
    expect(await gapItems('kontakt')).toEqual([]);
  });

  it('switched off, no new week is owed', async () => {
    const { version } = await weekly(caseId);
    const res = await w.as('kontakt').put(`/api/cases/${caseId}/weekly-contact`, { on: false, version });
    expect(res.status, res.body).toBe(200);
    w.clock.set(at('2026-12-08'));
    expect((await weekly(caseId)).weeklyContact).toMatchObject({ applies: false, team: false, gaps: [] });
  });

  describe('a waiting referral (samtidighetsansvar, 004 §5)', () => {
    let other: string;
    let referral: { id: string; version: number };

    it('makes the weekly contact apply on a level without it, until the service answers', async () => {
      w.clock.set(at('2026-12-08', '09:00'));
      other = await openCase(w.as('kontakt'), w.k.pupilIds[1]!);
      expect((await weekly(other)).weeklyContact).toMatchObject({ applies: false, ladderTask: null });
      const sent = await w.as('kontakt').post(`/api/cases/${other}/referrals`, {
        service: 'bup',
        status: 'sendt',
        sentOn: '2026-12-07',
      });
      expect(sent.status, sent.body).toBe(201);
      referral = sent.json().referral;
      expect((await weekly(other)).weeklyContact).toMatchObject({ applies: true, reasons: ['referral'], gaps: [] });
      w.clock.set(at('2026-12-15'));
      expect((await weekly(other)).weeklyContact.gaps.map((g) => g.week)).toEqual([50]);
      expect((await board()).find((c) => c.id === other)?.contactGap).toBe(true);
    });

    it('no longer applies once the referral is answered', async () => {
      const answered = await w.as('kontakt').put(`/api/cases/${other}/referrals/${referral.id}`, {
        service: 'bup',
        status: 'mottatt',
        sentOn: '2026-12-07',
        answeredOn: '2026-12-15',
        version: referral.version,
      });
      expect(answered.status, answered.body).toBe(200);
      w.clock.set(at('2027-01-12'));
      const after = (await weekly(other)).weeklyContact;
      expect(after.applies).toBe(false);
      // Week 50 stays missed; week 51 (answered on its Tuesday) was owed; the juleferie owes nothing.
      expect(after.gaps.map((g) => g.week)).toEqual([50, 51]);
    });
  });
});
