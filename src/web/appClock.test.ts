import { afterEach, describe, expect, it } from 'vitest';
import { appNow, appToday, demoClockMovable, forgetServerTime, noteServerTime } from './appClock';

describe("the app's clock is the server's", () => {
  afterEach(() => forgetServerTime());

  it("gives the server's day, whatever the browser's clock says, and runs on from it", () => {
    // The browser's own clock says something else entirely: it is never read.
    noteServerTime({ now: '2026-11-23T07:00:00.000Z', demoClock: true }, 1_000);
    expect(appToday(1_000)).toBe('2026-11-23');
    expect(appNow(1_000 + 90_000).toISOString()).toBe('2026-11-23T07:01:30.000Z');
    expect(demoClockMovable()).toBe(true);
  });

  it('takes the date in Norway: 23:30 UTC on 23 November is already the 24th', () => {
    noteServerTime({ now: '2026-11-23T23:30:00.000Z', demoClock: false }, 0);
    expect(appToday(0)).toBe('2026-11-24');
    expect(demoClockMovable()).toBe(false);
  });

  it('never runs backwards, and refuses to guess before the server has told its time', () => {
    noteServerTime({ now: '2026-11-23T07:00:00.000Z', demoClock: false }, 5_000);
    expect(appNow(4_000).toISOString()).toBe('2026-11-23T07:00:00.000Z');
    forgetServerTime();
    expect(() => appToday()).toThrow('Tjenerens klokke er ikke kjent');
  });
});
