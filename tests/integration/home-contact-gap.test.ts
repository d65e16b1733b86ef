// Issue 21 item 5 (decision 206): the front page shows the cases whose weekly contact has a gap — to the contact
// teacher for the pupils of their classes, whoever holds the case, and to the leadership per school — with the
// weeks and the case; the read is audited; a contact with the home in that week takes it away.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { openCaseAtLevel } from '../support/make';
import { useWorld } from '../support/world';

const at = (day: string, hhmm = '08:00') => new Date(`${day}T${hhmm}:00+01:00`);

type HomeCase = { id: string; pupilName: string; contactGapWeeks: { week: number; year: number; monday: string }[] };
type Home = {
  mine: { cases: HomeCase[]; contactGaps: HomeCase[] } | null;
  schools: { id: string; contactGaps: HomeCase[] }[];
};

describeDb('the front page shows the weeks without the weekly contact', () => {
  const w = useWorld({
    kommuner: ['forside-kontakt'],
    env: { NAERVAER_SESSION_IDLE_MINUTES: '100000', NAERVAER_SESSION_ABSOLUTE_HOURS: '2000' },
  });
  const home = async (who: string) => {
    const res = await w.as(who).get('/api/home');
    expect(res.status, res.body).toBe(200);
    return res.json() as Home;
  };
  let caseId: string;

  it('shows nothing while the week runs', async () => {
    w.clock.set(at('2026-11-16'));
    caseId = await openCaseAtLevel(w.as('kontakt'), w.k.pupilIds[0]!, 2);
    const { version } = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    const on = await w.as('kontakt').put(`/api/cases/${caseId}/weekly-contact`, { on: true, version });
    expect(on.status, on.body).toBe(200);
    w.clock.set(at('2026-11-20', '15:00'));
    expect((await home('kontakt')).mine?.contactGaps).toEqual([]);
  });

  it('once the week is over, the contact teacher and the leadership see the case with week 47', async () => {
    w.clock.set(at('2026-11-24'));
    const teacher = await home('kontakt');
    expect(teacher.mine?.contactGaps).toEqual([
      expect.objectContaining({ id: caseId, contactGapWeeks: [{ week: 47, year: 2026, monday: '2026-11-16' }] }),
    ]);
    const leader = await home('rektor');
    expect(
      leader.schools.flatMap((s) => s.contactGaps.map((c) => [c.id, c.contactGapWeeks.map((g) => g.week)])),
    ).toEqual([[caseId, [47]]]);
    // Reading it is a read of the case: audited for the reader.
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['user_id', 'case_id'])
        .where('action', '=', 'home.read')
        .where('case_id', '=', caseId)
        .execute(),
    );
    expect(audit.map((a) => a.user_id)).toEqual(expect.arrayContaining([w.k.users.kontakt!.id, w.k.users.rektor!.id]));
  });

  it('the contact teacher sees it when someone else holds the case, though it is not among «Mine saker»', async () => {
    await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.updateTable('pupil_case').set({ stafettholder_id: w.k.users.rektor!.id }).where('id', '=', caseId).execute(),
    );
    const teacher = await home('kontakt');
    expect(teacher.mine?.cases.map((c) => c.id)).not.toContain(caseId);
    expect(teacher.mine?.contactGaps.map((c) => c.id)).toEqual([caseId]);
  });

  it('a contact with the home in that week takes it away', async () => {
    w.clock.set(at('2026-11-24', '11:00'));
    const logged = await w.as('kontakt').post(`/api/pupils/${w.k.pupilIds[0]}/contacts`, {
      contactedAt: '2026-11-19T13:00:00+01:00',
      withWhom: ['foresatt'],
      channel: 'telefon',
      summary: 'Snakket om uka',
    });
    expect(logged.status, logged.body).toBe(201);
    expect((await home('kontakt')).mine?.contactGaps).toEqual([]);
    expect((await home('rektor')).schools.flatMap((s) => s.contactGaps)).toEqual([]);
  });
});
