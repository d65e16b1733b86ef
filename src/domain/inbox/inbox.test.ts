import { describe, expect, it } from 'vitest';
import { MAIL_MAX_ATTEMPTS, nextSummaryAt, retryDelayMs } from './inbox';

// Oslo's offset as the server gives it: summer time (UTC+2) from the last Sunday of March to the last of October.
const oslo = (at: Date) => (at >= new Date('2026-03-29T01:00:00Z') && at < new Date('2026-10-25T01:00:00Z') ? 120 : 60);

describe('the outbox’s pause between tries', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [MAIL_MAX_ATTEMPTS, 3_600_000],
    [20, 3_600_000],
  ])('after try %i waits %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });
});

describe('when a daily summary goes', () => {
  it.each([
    ['before the hour, the same day (winter)', '2026-11-24T05:30:00Z', 7, '2026-11-24T06:00:00.000Z'],
    ['after the hour, the next day (winter)', '2026-11-24T08:00:00Z', 7, '2026-11-25T06:00:00.000Z'],
    ['at the hour exactly, the next day', '2026-11-24T06:00:00Z', 7, '2026-11-25T06:00:00.000Z'],
    ['in summer time, 07:00 is 05:00 UTC', '2026-06-10T04:00:00Z', 7, '2026-06-10T05:00:00.000Z'],
    ['late evening in Oslo is already the next day there', '2026-11-24T23:30:00Z', 7, '2026-11-25T06:00:00.000Z'],
    ['across the change to winter time', '2026-10-24T20:00:00Z', 7, '2026-10-25T06:00:00.000Z'],
  ])('%s', (_why, now, hour, expected) => {
    expect(nextSummaryAt(new Date(now), hour, oslo).toISOString()).toBe(expected);
  });
});
