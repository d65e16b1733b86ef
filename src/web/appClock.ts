// The app's day and time are the server's (decision 101): the demo clock in demo mode, the real clock in
// production; never the browser's own clock, which may be set anywhere. The server sends its time with
// every session answer; from then on the time runs on by the browser's monotonic clock (performance.now),
// which a changed system clock does not move.
import type { ServerTime } from '../contract';

let known: { serverMs: number; atMonotonic: number; demoClock: boolean } | null = null;

/** Notes the server's time from a session answer (login, second step, /api/auth/me, a demo clock jump). */
export function noteServerTime(time: Pick<ServerTime, 'now' | 'demoClock'>, monotonic = performance.now()): void {
  known = { serverMs: Date.parse(time.now), atMonotonic: monotonic, demoClock: time.demoClock };
}

/** Forgets the server's time (logged out). */
export function forgetServerTime(): void {
  known = null;
}

/** The server's time now. Only behind a login, where the session has told it. */
export function appNow(monotonic = performance.now()): Date {
  if (!known) throw new Error('Tjenerens klokke er ikke kjent før innlogging');
  return new Date(known.serverMs + Math.max(0, monotonic - known.atMonotonic));
}

const OSLO_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

/** Today's date in Norway by the server's clock (YYYY-MM-DD): the default of every date field. */
export function appToday(monotonic?: number): string {
  return OSLO_DATE.format(appNow(monotonic));
}

/** Whether the server lets an administrator jump its clock (demo mode). */
export function demoClockMovable(): boolean {
  return known?.demoClock ?? false;
}
