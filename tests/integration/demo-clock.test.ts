// The demo clock (issue 17 item 1, decision 100) and the server's time in the session (decision 101):
// an administrator in demo mode jumps the clock and stays logged in; nobody else may; production has no
// such route and says so in the session.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

describeDb('the demo clock', () => {
  const w = useWorld({ kommuner: ['klokke'], login: ['admin', 'kontakt'] });

  it("gives the server's time with the session: the day forms default to", async () => {
    const me = await w.as('kontakt').get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.data.time).toEqual({ now: w.clock.now().toISOString(), today: '2026-11-24', demoClock: true });
  });

  it('lets only an administrator jump it, keeps the administrator logged in, and moves the day everywhere', async () => {
    expect((await w.as('kontakt').post('/api/demo/clock', { to: '2026-12-17' })).status).toBe(403);
    expect((await w.as('admin').post('/api/demo/clock', { to: '17.12.2026' })).status).toBe(400);
    const jumped = await w.as('admin').post('/api/demo/clock', { to: '2026-12-17' });
    expect(jumped.status).toBe(200);
    expect(jumped.data).toEqual({ now: '2026-12-17T07:00:00.000Z', today: '2026-12-17', demoClock: true });
    expect(w.clock.now().toISOString()).toBe('2026-12-17T07:00:00.000Z');
    const me = await w.as('admin').get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.data.time.today).toBe('2026-12-17');
    // Three weeks passed for everyone else: an idle session has timed out, as it would have in real time.
    expect((await w.as('kontakt').get('/api/auth/me')).status).toBe(401);
    // A moment with its offset is taken as given.
    const evening = await w.as('admin').post('/api/demo/clock', { to: '2026-12-17T21:30:00+01:00' });
    expect(evening.data).toMatchObject({ now: '2026-12-17T20:30:00.000Z', today: '2026-12-17' });
  });
});

describeDb('the demo clock in production', () => {
  const w = useWorld({ kommuner: ['prodklokke'], login: ['admin'], env: { NAERVAER_MODE: 'production' } });

  it('has no route to jump the clock, and the session says so', async () => {
    expect((await w.as('admin').post('/api/demo/clock', { to: '2026-12-17' })).status).toBe(404);
    const me = await w.as('admin').get('/api/auth/me');
    expect(me.data.time).toMatchObject({ today: '2026-11-24', demoClock: false });
  });
});
