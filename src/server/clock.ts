// Time is read only through a Clock, so tests and demo mode can fix or move it.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock standing still at `start` until moved; used for NAERVAER_NOW and in tests. */
export class FixedClock implements Clock {
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

export function clockFor(fixedNow: Date | undefined): Clock {
  return fixedNow ? new FixedClock(fixedNow) : systemClock;
}

/** The ISO calendar date (YYYY-MM-DD) in Norway for an instant. */
export function osloDate(instant: Date): string {
  return OSLO_DATE.format(instant);
}

// Made once: a new Intl.DateTimeFormat costs far more than formatting with one (it showed in profiles).
const OSLO_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });
