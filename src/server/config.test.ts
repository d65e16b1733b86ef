import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { clockFor, FixedClock, isMovable, osloDate, RunningClock, serverClocks, systemClock } from './clock';
import { loadConfig } from './config';

describe('config and clock', () => {
  it('has defaults that run the demo on port 3000 with ./data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      dataDir: './data',
      mode: 'demo',
      databaseUrl: undefined,
      clockStart: undefined,
    });
    expect(clockFor(c.clockStart)).toBe(systemClock);
  });

  it('starts the demo clock at NAERVAER_NOW (a date means 08:00 Norwegian time) and lets it run on with real time', () => {
    let real = Date.parse('2030-01-01T12:00:00Z');
    const c = loadConfig({ NAERVAER_NOW: '2026-11-22' });
    const { clock, wallClock } = serverClocks(c.clockStart, () => real);
    expect(clock.now().toISOString()).toBe('2026-11-22T07:00:00.000Z');
    expect(osloDate(clock.now())).toBe('2026-11-22');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2026-11-22T07:01:30.000Z');
    // Real time itself is what the wall clock reads.
    expect(wallClock.now().toISOString()).toBe('2030-01-01T12:01:30.000Z');
    expect(
      clockFor(loadConfig({ NAERVAER_NOW: '2027-06-01T23:30:00Z' }).clockStart)
        .now()
        .toISOString()
        .slice(0, 16),
    ).toBe('2027-06-01T23:30');
  });

  it('jumps the demo clock and runs on from where it was set', () => {
    let real = 1_000_000;
    const clock = new RunningClock(new Date('2026-11-24T07:00:00Z'), () => real);
    clock.set(new Date('2026-12-17T07:00:00Z'));
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2026-12-17T07:01:00.000Z');
    clock.advance(86_400_000);
    expect(clock.now().toISOString()).toBe('2026-12-18T07:01:00.000Z');
    expect(isMovable(clock)).toBe(true);
    expect(isMovable(systemClock)).toBe(false);
  });

  it('caps live sessions per user at 10 unless told otherwise, and refuses a cap below one', () => {
    expect(loadConfig({}).maxSessionsPerUser).toBe(10);
    expect(loadConfig({ NAERVAER_MAX_SESSIONS_PER_USER: '3' }).maxSessionsPerUser).toBe(3);
    expect(() => loadConfig({ NAERVAER_MAX_SESSIONS_PER_USER: '0' })).toThrow(/NAERVAER_MAX_SESSIONS_PER_USER/);
  });

  it('refuses NAERVAER_NOW in production and explains bad values in Norwegian', () => {
    expect(() => loadConfig({ NAERVAER_MODE: 'production', NAERVAER_NOW: '2026-11-22' })).toThrow(/bare brukes i demo/);
    expect(() => loadConfig({ PORT: 'tre' })).toThrow(/Ugyldig konfigurasjon[\s\S]*PORT/);
  });

  it('admits synthetic national ids in demo mode, and in production only in a test run that asks (decision 097)', () => {
    expect(loadConfig({}).allowSyntheticIds).toBe(true);
    expect(loadConfig({ NAERVAER_MODE: 'production' }).allowSyntheticIds).toBe(false);
    // This file runs under vitest, which sets VITEST in the process's own environment.
    expect(loadConfig({ NAERVAER_MODE: 'production', NAERVAER_TEST_ALLOW_SYNTHETIC_IDS: '1' }).allowSyntheticIds).toBe(
      true,
    );
    expect(loadConfig({ NAERVAER_MODE: 'production', NAERVAER_TEST_ALLOW_SYNTHETIC_IDS: '0' }).allowSyntheticIds).toBe(
      false,
    );
  });

  it('refuses to start with the test-only setting outside a test run', () => {
    // A process of its own without VITEST, as a real deployment is: the setting stops it at the config.
    // eslint-disable-next-line no-restricted-properties -- the child's environment: this one without vitest's marker
    const { VITEST: _vitest, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...env } = process.env;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "import('./src/server/config.ts').then((m) => m.loadConfig())"],
      { env: { ...env, NAERVAER_MODE: 'production', NAERVAER_TEST_ALLOW_SYNTHETIC_IDS: '1' }, encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/NAERVAER_TEST_ALLOW_SYNTHETIC_IDS er bare for Nærværs egne tester/);
  });

  it('a fixed clock moves only when told', () => {
    const clock = new FixedClock(new Date('2026-11-24T07:15:00Z'));
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-11-24T07:16:00.000Z');
    expect(osloDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
  });

  it('reads the SMTP server for the e-mail notices, STARTTLS required by default, none without a host (decision 126)', () => {
    expect(loadConfig({}).smtp).toBeUndefined();
    expect(loadConfig({ NAERVAER_SMTP_HOST: 'smtp.kommune.no' }).smtp).toEqual({
      host: 'smtp.kommune.no',
      port: 587,
      tls: 'starttls',
      user: undefined,
      password: undefined,
      from: 'Nærvær <ikke-svar@naervaer.invalid>',
    });
    expect(loadConfig({ NAERVAER_SMTP_HOST: 'smtp.kommune.no', NAERVAER_SMTP_TLS: 'tls' }).smtp?.port).toBe(465);
    expect(() => loadConfig({ NAERVAER_SMTP_HOST: 'h', NAERVAER_SMTP_USER: 'naervaer' })).toThrow(
      /NAERVAER_SMTP_PASSWORD mangler/,
    );
    expect(() => loadConfig({ NAERVAER_SMTP_HOST: 'h', NAERVAER_SMTP_TLS: 'ssl' })).toThrow(/NAERVAER_SMTP_TLS/);
  });

  it('reads the SMS gateway, off unless its address is set, every part required, the sender checked (decision 136)', () => {
    expect(loadConfig({}).sms).toBeUndefined();
    const sms = {
      NAERVAER_SMS_URL: 'https://wsx.sp247.net/sms/send',
      NAERVAER_SMS_USER: 'naervaer',
      NAERVAER_SMS_PASSWORD: 'hemmelig',
      NAERVAER_SMS_PLATFORM_ID: 'COMMON_API',
      NAERVAER_SMS_PLATFORM_PARTNER_ID: '12345',
    };
    expect(loadConfig(sms).sms).toEqual({
      url: 'https://wsx.sp247.net/sms/send',
      user: 'naervaer',
      password: 'hemmelig',
      platformId: 'COMMON_API',
      platformPartnerId: '12345',
      sender: 'Naervaer',
    });
    expect(() => loadConfig({ ...sms, NAERVAER_SMS_PASSWORD: undefined })).toThrow(/NAERVAER_SMS_PASSWORD mangler/);
    expect(() => loadConfig({ NAERVAER_SMS_USER: 'naervaer' })).toThrow(/NAERVAER_SMS_URL mangler/);
    expect(() => loadConfig({ ...sms, NAERVAER_SMS_URL: 'http://sms.example.com/send' })).toThrow(/https/);
    expect(loadConfig({ ...sms, NAERVAER_SMS_URL: 'http://127.0.0.1:9999/sms/send' }).sms?.url).toBe(
      'http://127.0.0.1:9999/sms/send',
    );
    expect(() => loadConfig({ ...sms, NAERVAER_SMS_SENDER: 'Testskole Nord' })).toThrow(/NAERVAER_SMS_SENDER/);
  });
});
