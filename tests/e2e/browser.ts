// Headless Debian Chromium through playwright-core (never a downloaded browser), and axe-core.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { FixedClock } from '../../src/server/clock';
import { loadConfig } from '../../src/server/config';
import { startServer, type Running } from '../../src/server/start';

import { CHROMIUM, e2eUnavailable } from './chromium';

export { CHROMIUM, e2eUnavailable };

export const e2eRequired = process.env.REQUIRE_E2E === '1';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/**
 * The gate every journey file opens with: why the journeys cannot run here (they then skip, saying so),
 * or null. With REQUIRE_E2E=1 a reason is an error instead.
 */
export function e2eGate(): string | null {
  const unavailable = e2eUnavailable();
  if (unavailable && !e2eRequired)
    console.log(`\n  ⚠ Nettleserreisene hoppes over: ${unavailable}. (REQUIRE_E2E=1 gjør dette til en feil.)\n`);
  if (unavailable && e2eRequired) throw new Error(`REQUIRE_E2E=1, men nettleserreisene kan ikke kjøre: ${unavailable}`);
  return unavailable;
}

/** Presses Tab (or Shift+Tab) until `target` has focus: the way a keyboard user gets there. */
export async function tabTo(
  page: Page,
  target: Locator,
  direction: 'forward' | 'backward' = 'forward',
  max = 400,
): Promise<void> {
  await target.waitFor();
  const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Kom ikke til ${target.toString()} med ${key} etter ${max} trykk`);
}

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

/** The page's section under a level-2 heading with exactly this name. */
export const section = (page: Page, heading: string): Locator =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

/**
 * The demo municipality on an in-memory PGlite with the server's clock fixed (by the harness, not by
 * NAERVAER_NOW, which only sets where a running demo clock starts) at 08:00 Oslo time on `now`
 * (24 November 2026, a Tuesday, unless a journey says otherwise), as the journeys use it; the web app is
 * built first if stale.
 */
export async function startDemo(
  now = '2026-11-24',
  env: Record<string, string> = {},
): Promise<{ server: Running; base: string; clock: FixedClock }> {
  const config = loadConfig({
    NAERVAER_DATA_DIR: 'memory://',
    PORT: '0',
    NAERVAER_NOW: now,
    LOG_LEVEL: 'silent',
    ...env,
  });
  // The demo clock runs on from NAERVAER_NOW; a journey's clock stands still until the journey moves it.
  const clock = new FixedClock(config.clockStart!);
  // The day's demo database from an earlier journey of this run, or seeded now and kept for the next one.
  const cached = join(
    inject('e2eDemoCache'),
    `${createHash('sha256').update(JSON.stringify({ now, env })).digest('hex')}.tar`,
  );
  const server = existsSync(cached)
    ? await startServer(config, () => {}, { clock, loadDataDir: new Blob([readFileSync(cached)]) })
    : await startServer(config, () => {}, {
        clock,
        onReady: async (db) => {
          const dump = await (
            db as unknown as { pglite: { dumpDataDir(c: 'none'): Promise<Blob> } }
          ).pglite.dumpDataDir('none');
          // Journeys run in parallel: each writes its own part file, and the rename makes the dump whole at once.
          const part = `${cached}.${randomUUID()}.part`;
          writeFileSync(part, Buffer.from(await dump.arrayBuffer()));
          renameSync(part, cached);
        },
      });
  return { server, base: server.url.replace('127.0.0.1', 'localhost'), clock };
}

export type ContextOptions = {
  /** The browser's fixed time, e.g. just after the server's 08:00 so both agree on "today"; the real time if unset. */
  at?: Date | string;
  acceptDownloads?: boolean;
  viewport?: { width: number; height: number };
};

/**
 * A browser context in Norway (nb-NO, Europe/Oslo). bypassCSP only so axe-core can be injected; the app
 * itself runs under the server's CSP.
 */
export async function norwegianContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    bypassCSP: true,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  if (options.at) await context.clock.setFixedTime(new Date(options.at));
  return context;
}

export type Journey<N extends string = never> = {
  readonly server: Running;
  readonly base: string;
  readonly clock: FixedClock;
  readonly browser: Browser;
  /** The journey's browser context, when it asked for one. */
  readonly context: BrowserContext;
  /** The named contexts it asked for (one per person in the journey), there once the beforeAll has run. */
  readonly contexts: Record<N, BrowserContext>;
};

/**
 * Registers the journey's beforeAll/afterAll: the demo server on `now`, Chromium, (unless `context: false`)
 * one Norwegian browser context, and the named `contexts`. What it returns is there once the beforeAll has run.
 */
export function useJourney<N extends string = never>(
  options: {
    now?: string;
    /** Extra environment for the server's config (an identity provider's secret, say). */
    env?: Record<string, string>;
    context?: ContextOptions | false;
    contexts?: Record<N, ContextOptions>;
  } = {},
): Journey<N> {
  let started: { server: Running; base: string; clock: FixedClock } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const contexts = {} as Record<N, BrowserContext>;
  beforeAll(async () => {
    started = await startDemo(options.now, options.env);
    browser = await launch();
    if (options.context !== false) context = await norwegianContext(browser, options.context ?? {});
    for (const [name, opts] of Object.entries(options.contexts ?? {}) as [N, ContextOptions][])
      contexts[name] = await norwegianContext(browser, opts);
  });
  afterAll(async () => {
    for (const c of Object.values(contexts) as BrowserContext[]) await c.close();
    await context?.close();
    await browser?.close();
    await started?.server.stop();
  });
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`Reisen har ingen ${what} ennå: bruk den i en test eller en senere hook`);
    return v;
  };
  return {
    get server() {
      return need(started, 'server').server;
    },
    get base() {
      return need(started, 'server').base;
    },
    get clock() {
      return need(started, 'server').clock;
    },
    get browser() {
      return need(browser, 'nettleser');
    },
    get context() {
      return need(context, 'nettleserkontekst');
    },
    contexts,
  };
}

/**
 * Logs a demo user in with the keyboard and waits for the front page. With `axe`, axe runs on the login
 * page and on the front page once the user's roles show; `axeLoginPage` checks the login page only, and
 * `waitForRoles` waits for the roles without axe.
 */
export async function logInWithKeyboard(
  page: Page,
  base: string,
  username: string,
  password = DEMO_PASSWORD,
  options: { axe?: boolean; axeLoginPage?: boolean; waitForRoles?: boolean } = {},
): Promise<void> {
  await page.goto(`${base}/logg-inn`);
  if (options.axe || options.axeLoginPage) {
    await page.getByLabel('Brukernavn').waitFor();
    await expectNoAxeViolations(page, 'innlogging');
  }
  await tabTo(page, page.getByLabel('Brukernavn'));
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}/`);
  if (options.axe) await page.getByRole('heading', { level: 1 }).waitFor();
  if (options.axe || options.waitForRoles) await page.getByText('Dine roller').waitFor();
  if (options.axe) await expectNoAxeViolations(page, `forsiden for ${username}`);
}

/** The demo user logged in with the keyboard, axe checked on the login page and the front page. */
export const keyboardLogin = (page: Page, base: string, username: string): Promise<void> =>
  logInWithKeyboard(page, base, username, DEMO_PASSWORD, { axe: true });

/**
 * A demo user's requests in a session of their own, for a journey's set-up: logs in once through the API, then
 * sends each request with the session cookie and CSRF header, expects a 2xx answer and gives its JSON.
 */
export async function demoApi(server: Running, username: string, password = DEMO_PASSWORD) {
  const login = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  expect(login.statusCode, login.body).toBe(200);
  const cookie = login.cookies.find((c) => c.name === 'naervaer_sid')!;
  const headers = { cookie: `naervaer_sid=${cookie.value}`, 'x-csrf-token': login.json().csrfToken as string };
  return async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) => {
    const res = await server.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
}
