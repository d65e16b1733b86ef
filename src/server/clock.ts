// Time is read only through a Clock, so tests and demo mode can start it elsewhere, fix it or move it.
export interface Clock {
  now(): Date;
}

/** Real time in epoch milliseconds; tests inject their own to move real time without waiting. */
export type TimeSource = () => number;

/** Real time from the process's monotonic clock: it never steps back when the system clock is adjusted. */
export const realTime: TimeSource = () => performance.timeOrigin + performance.now();

export const systemClock: Clock = { now: () => new Date() };

/** A clock reading a time source as it is (the wall clock of a test's injected real time). */
export function wallClockOf(source: TimeSource): Clock {
  return source === realTime ? systemClock : { now: () => new Date(source()) };
}

/** A clock that can be jumped: the demo clock (demo-only admin action) and the tests' clocks. */
export interface MovableClock extends Clock {
  advance(ms: number): void;
  set(to: Date): void;
}

/** A clock standing still at `start` until moved; for tests that need a frozen moment. */
export class FixedClock implements MovableClock {
  private current: Date;
  constructor(start: Date) {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(to: Date): void {
    this.current = new Date(to);
  }
}

/**
 * The demo clock (NAERVAER_NOW): starts at `start` and runs forward with real time from then on, so
 * timestamps, idle log-out and limits behave as in production; a jump moves where it stands, and it
 * runs on from there (decision 100).
 */
export class RunningClock implements MovableClock {
  private offsetMs: number;
  constructor(
    start: Date,
    private readonly source: TimeSource = realTime,
  ) {
    this.offsetMs = start.getTime() - source();
  }
  now(): Date {
    return new Date(this.source() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  set(to: Date): void {
    this.offsetMs = to.getTime() - this.source();
  }
}

export function isMovable(clock: Clock): clock is MovableClock {
  return clock instanceof FixedClock || clock instanceof RunningClock;
}

/** The application's clock: real time, or in demo and test mode one that starts at NAERVAER_NOW and runs on. */
export function clockFor(clockStart: Date | undefined, source: TimeSource = realTime): Clock {
  return clockStart ? new RunningClock(clockStart, source) : wallClockOf(source);
}

/**
 * The server's two clocks from one source of real time: `clock` for the application (dates, timestamps,
 * sessions) and `wallClock` for what must pass in real time whatever the demo clock says (the login limit).
 */
export function serverClocks(clockStart: Date | undefined, source: TimeSource = realTime) {
  return { clock: clockFor(clockStart, source), wallClock: wallClockOf(source) };
}

/** The ISO calendar date (YYYY-MM-DD) in Norway for an instant. */
export function osloDate(instant: Date): string {
  return OSLO_DATE.format(instant);
}

// Made once: a new Intl.DateTimeFormat costs far more than formatting with one (it showed in profiles).
const OSLO_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });
