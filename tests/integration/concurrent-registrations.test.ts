// Two registrations for the same pupil at the same moment (two teachers, or a teacher and a guardian's report)
// each re-evaluate the pupil's alerts. On PostgreSQL they run in parallel on the pool's connections: before the
// per-pupil lock both read the alerts before the other's commit, inserted the same episode twice and the second
// answered 500 (found by the morning-peak benchmark). Every registration must succeed, and the alerts must be the
// ones a quiet re-evaluation gives.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

describeDb('registrations for one pupil at once', () => {
  const w = useWorld({ kommuner: ['samtidig'], login: ['kontakt', 'rektor'] });

  it('answers every one, and leaves the alerts a later registration finds unchanged', async () => {
    const pupilId = w.k.pupilIds[1]!;
    const days = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09'];
    for (let round = 0; round < 2; round++) {
      const answers = await Promise.all(
        days.map((date, i) =>
          w.as(i % 2 === 0 ? 'kontakt' : 'rektor').post('/api/absence-events', {
            pupilId,
            date,
            kind: 'lesson',
            period: round + 1,
            documented: false,
          }),
        ),
      );
      expect(answers.map((a) => a.statusCode)).toEqual(days.map(() => 201));
    }
    const alerts = async () =>
      (await w.as('kontakt').get(`/api/pupils/${pupilId}/absence`)).data.alerts
        .map(
          (a: { ruleId: string; startedOn: string; endedOn: string | null; status: string }) =>
            `${a.ruleId} ${a.startedOn} ${a.endedOn} ${a.status}`,
        )
        .sort();
    const after = await alerts();
    expect(after.length).toBeGreaterThan(0);
    // A registration on its own re-reads every event: the alerts stay what the parallel ones left.
    const quiet = await w.as('kontakt').post('/api/absence-events', {
      pupilId,
      date: '2026-11-10',
      kind: 'late',
      minutes: 5,
      documented: false,
    });
    expect(quiet.statusCode).toBe(201);
    expect((await alerts()).filter((a: string) => !a.includes('2026-11-10'))).toEqual(after);
  });
});
