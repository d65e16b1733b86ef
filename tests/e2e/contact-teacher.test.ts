// The first journey: the demo contact teacher logs in with the keyboard and sees the class.
// The server is the real one (startServer) on an embedded database with the demo municipality.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { FixedClock } from '../../src/server/clock';
import { loadConfig } from '../../src/server/config';
import { startServer, type Running } from '../../src/server/start';
import { axeViolations, e2eGate, launch } from './browser';

const unavailable = e2eGate();

describe.skipIf(unavailable !== null)('browser journey: kontaktlærer', () => {
  let server: Running;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { stdio: 'ignore' });
    // A Sunday on purpose: nothing here may depend on today being a school day.
    const config = loadConfig({
      NAERVAER_DATA_DIR: 'memory://',
      PORT: '0',
      NAERVAER_NOW: '2026-11-22',
      LOG_LEVEL: 'silent',
    });
    // A frozen day, fixed by the test rather than by NAERVAER_NOW (where a running demo clock starts).
    server = await startServer(config, () => {}, { clock: new FixedClock(config.clockStart!) });
    base = server.url.replace('127.0.0.1', 'localhost');
    browser = await launch();
    // bypassCSP only so axe-core can be injected; the app itself runs under the server's CSP.
    context = await browser.newContext({ bypassCSP: true });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('logs in with the keyboard, sees the class list, and every pupil shown is audited', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/logg-inn$/);
    await page.getByLabel('Brukernavn').waitFor();
    await expect.poll(() => page.title()).toContain('Logg inn');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Brukernavn').focus();
    await page.keyboard.type('kontaktlaerer');
    await page.keyboard.press('Tab');
    await page.keyboard.type('naervaer-demo');
    await page.keyboard.press('Enter');

    await page.waitForURL(`${base}/`);
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(20);
    const text = await page.locator('main').innerText();
    expect(text).toContain('9A');
    expect(text).toContain('Henrik');
    expect(text).toContain('Fjell');
    expect(text).toMatch(/Strengt fortrolig adresse/i);
    expect(text).not.toMatch(/\d{11}/);
    expect(await axeViolations(page)).toEqual([]);

    // Every pupil the page showed has an audit row naming the contact teacher.
    const pupilIds = await server.db.withContext({ loginUsername: 'kontaktlaerer' }, async (tx) => {
      const user = await tx.selectFrom('app_user').select(['id', 'kommune_id']).executeTakeFirstOrThrow();
      return { user, ids: [] as string[] };
    });
    const rows = await server.db.withContext({ kommuneId: pupilIds.user.kommune_id }, async (tx) => {
      const role = await tx
        .selectFrom('role_assignment')
        .select('class_id')
        .where('user_id', '=', pupilIds.user.id)
        .where('role', '=', 'kontaktlaerer')
        .executeTakeFirstOrThrow();
      const pupils = await tx
        .selectFrom('class_membership')
        .select('pupil_id')
        .where('class_id', '=', role.class_id!)
        .execute();
      const audited = await tx
        .selectFrom('audit_log')
        .select('pupil_id')
        .where('user_id', '=', pupilIds.user.id)
        .where('action', '=', 'pupil.read')
        .execute();
      return { pupils: pupils.map((p) => p.pupil_id), audited: new Set(audited.map((a) => a.pupil_id)) };
    });
    expect(rows.pupils.length).toBe(25);
    for (const id of rows.pupils) expect(rows.audited.has(id)).toBe(true);
    await page.close();
  });

  it('shows a Norwegian message for a wrong password', async () => {
    const fresh = await browser.newContext({ bypassCSP: true });
    const page = await fresh.newPage();
    await page.goto(`${base}/logg-inn`);
    await page.getByLabel('Brukernavn').fill('kontaktlaerer');
    await page.getByLabel('Passord').fill('feil');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Feil brukernavn eller passord');
    await fresh.close();
  });

  it('serves the app for its own paths, 404 for missing files, with CSP and asset caching', async () => {
    const deep = await fetch(`${base}/klasse/finnes-ikke`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await deep.text();
    expect(html).toContain('lang="nb"');
    const asset = html.match(/\/assets\/[^"]+\.js/)![0];
    const js = await fetch(`${base}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/finnes-ikke.js`)).status).toBe(404);
  });
});
