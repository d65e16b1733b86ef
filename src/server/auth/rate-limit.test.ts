import { describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import { FailureLimiter, MAX_FAILURES_PER_MINUTE } from './rate-limit';

const start = new Date('2026-11-24T07:00:00Z');
const refusal = {
  code: 'rate_limited',
  message: 'For mange mislykkede innloggingsforsøk fra denne maskinen. Vent ett minutt og prøv igjen.',
};

/** Starts an attempt and reports whether it was let in, refused, or is still waiting for a slot. */
function track(limiter: FailureLimiter, key: string) {
  const state: {
    status: 'waiting' | 'admitted' | 'refused';
    attempt?: Awaited<ReturnType<FailureLimiter['begin']>>;
    error?: unknown;
  } = { status: 'waiting' };
  const done = limiter.begin(key).then(
    (attempt) => Object.assign(state, { status: 'admitted', attempt }),
    (error: unknown) => Object.assign(state, { status: 'refused', error }),
  );
  return Object.assign(state, { done });
}
const settle = () => new Promise((r) => setImmediate(r));

describe('FailureLimiter', () => {
  it('counts failures only: any number of successes from one address, then ten failures, then refused', async () => {
    const limiter = new FailureLimiter(new FixedClock(start));
    for (let i = 0; i < 30; i++) (await limiter.begin('skole-nat')).succeeded();
    for (let i = 0; i < MAX_FAILURES_PER_MINUTE; i++) (await limiter.begin('skole-nat')).failed();
    await expect(limiter.begin('skole-nat')).rejects.toMatchObject(refusal);
    // Another address is not affected.
    (await limiter.begin('annen')).failed();
  });

  it('lets the minute pass on its own clock', async () => {
    const clock = new FixedClock(start);
    const limiter = new FailureLimiter(clock);
    for (let i = 0; i < MAX_FAILURES_PER_MINUTE; i++) (await limiter.begin('a')).failed();
    clock.advance(59_999);
    await expect(limiter.begin('a')).rejects.toMatchObject({ code: 'rate_limited' });
    clock.advance(1);
    (await limiter.begin('a')).failed();
  });

  it('holds a slot per attempt under way, so a burst of a hundred gets ten evaluated and the rest refused once they fail', async () => {
    const limiter = new FailureLimiter(new FixedClock(start));
    const burst = Array.from({ length: 100 }, () => track(limiter, 'angriper'));
    await settle();
    expect(burst.filter((b) => b.status === 'admitted')).toHaveLength(MAX_FAILURES_PER_MINUTE);
    expect(burst.filter((b) => b.status === 'waiting')).toHaveLength(100 - MAX_FAILURES_PER_MINUTE);
    for (const b of burst.filter((x) => x.status === 'admitted')) b.attempt!.failed();
    await Promise.all(burst.map((b) => b.done));
    expect(burst.filter((b) => b.status === 'refused')).toHaveLength(100 - MAX_FAILURES_PER_MINUTE);
    expect(burst.find((b) => b.status === 'refused')!.error).toMatchObject(refusal);
  });

  it('lets thirty teachers behind one address log in at the same moment: the waiting ones get the slots the successes free', async () => {
    const limiter = new FailureLimiter(new FixedClock(start));
    const teachers = Array.from({ length: 30 }, () => track(limiter, 'skole-nat'));
    let succeeded = 0;
    while (succeeded < 30) {
      await settle();
      const admitted = teachers.filter((t) => t.status === 'admitted' && t.attempt);
      expect(admitted.length).toBeGreaterThan(0);
      expect(teachers.filter((t) => t.status === 'refused')).toEqual([]);
      for (const t of admitted) {
        t.attempt!.succeeded();
        t.attempt = undefined;
        succeeded++;
      }
    }
    await Promise.all(teachers.map((t) => t.done));
  });

  it('counts an attempt once however often it is settled', async () => {
    const limiter = new FailureLimiter(new FixedClock(start));
    const attempt = await limiter.begin('a');
    attempt.failed();
    attempt.failed();
    attempt.succeeded();
    for (let i = 0; i < MAX_FAILURES_PER_MINUTE - 1; i++) (await limiter.begin('a')).failed();
    await expect(limiter.begin('a')).rejects.toMatchObject({ code: 'rate_limited' });
  });
});
