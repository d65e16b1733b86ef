// Failed login attempts per client address in a sliding minute, in memory: one server process serves
// one installation. Per-account lock-out (in the database) stops slow guessing across addresses.
//
// Only failures count (decision 052): a school's teachers behind one NAT address can all log in at
// 08:00, while an address that has failed MAX_FAILURES_PER_MINUTE times in the last minute is refused.
// An attempt holds a slot from its start until its outcome is known, so a burst cannot pass the check
// together before its failures are recorded: at most MAX_FAILURES_PER_MINUTE attempts from an address
// are under way or failed within the minute. Attempts beyond that wait for a slot rather than being
// refused, and are refused only once the failures alone fill the minute. The minute is real time
// (the wall clock), never the application clock that NAERVAER_NOW stops.
import type { Clock } from '../clock';
import { AppError } from '../errors';

export const MAX_FAILURES_PER_MINUTE = 10;
const WINDOW_MS = 60_000;
/** Attempts from one address waiting for a slot; more are refused at once. */
const MAX_WAITING = 200;

/** One attempt under way: say how it ended (once), which frees its slot. */
export type Attempt = { succeeded(): void; failed(): void };

type Entry = {
  failures: number[];
  underWay: number;
  waiting: { grant: () => void; refuse: (error: AppError) => void }[];
};

const limited = () =>
  new AppError(
    'rate_limited',
    'For mange mislykkede innloggingsforsøk fra denne maskinen. Vent ett minutt og prøv igjen.',
  );

export class FailureLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock) {}

  /** Starts an attempt from `key`: refused when the address has failed too often, else a slot (waited for if need be). */
  async begin(key: string): Promise<Attempt> {
    const entry = this.entry(key);
    this.expire(entry);
    if (entry.failures.length >= MAX_FAILURES_PER_MINUTE) throw limited();
    if (entry.failures.length + entry.underWay < MAX_FAILURES_PER_MINUTE) {
      entry.underWay++;
      return this.attempt(key, entry);
    }
    if (entry.waiting.length >= MAX_WAITING) throw limited();
    await new Promise<void>((grant, refuse) => entry.waiting.push({ grant, refuse }));
    return this.attempt(key, entry);
  }

  private attempt(key: string, entry: Entry): Attempt {
    let settled = false;
    const settle = (failed: boolean) => {
      if (settled) return;
      settled = true;
      entry.underWay--;
      if (failed) entry.failures.push(this.clock.now().getTime());
      this.admit(key, entry);
    };
    return { succeeded: () => settle(false), failed: () => settle(true) };
  }

  /** Gives freed slots to waiting attempts, or refuses them all once the failures fill the minute. */
  private admit(key: string, entry: Entry): void {
    this.expire(entry);
    while (entry.waiting.length) {
      if (entry.failures.length >= MAX_FAILURES_PER_MINUTE) {
        for (const waiter of entry.waiting.splice(0)) waiter.refuse(limited());
        break;
      }
      if (entry.failures.length + entry.underWay >= MAX_FAILURES_PER_MINUTE) break;
      entry.underWay++;
      entry.waiting.shift()!.grant();
    }
    if (!entry.failures.length && !entry.underWay && !entry.waiting.length) this.entries.delete(key);
  }

  private entry(key: string): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      if (this.entries.size > 10_000) this.prune();
      this.entries.set(key, (entry = { failures: [], underWay: 0, waiting: [] }));
    }
    return entry;
  }

  private expire(entry: Entry): void {
    const t = this.clock.now().getTime();
    entry.failures = entry.failures.filter((at) => t - at < WINDOW_MS);
  }

  private prune(): void {
    for (const [key, entry] of this.entries) {
      this.expire(entry);
      if (!entry.failures.length && !entry.underWay && !entry.waiting.length) this.entries.delete(key);
    }
  }
}
