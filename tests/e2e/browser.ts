// Headless Debian Chromium through playwright-core (never a downloaded browser), and axe-core.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { loadConfig } from '../../src/server/config';
import { startServer, type Running } from '../../src/server/start';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser journeys cannot run here, or null when they can. REQUIRE_E2E=1 turns a reason into a failure. */
export function e2eUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} finnes ikke (apt-get install -y chromium)`;
  return null;
}

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

/** The demo municipality on an in-memory PGlite with the clock at 24 November 2026, as the journeys use it (the web app built first if stale). */
export async function startDemo(): Promise<{ server: Running; base: string }> {
  execFileSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { stdio: 'ignore' });
  const server = await startServer(
    loadConfig({ NAERVAER_DATA_DIR: 'memory://', PORT: '0', NAERVAER_NOW: '2026-11-24', LOG_LEVEL: 'silent' }),
    () => {},
  );
  return { server, base: server.url.replace('127.0.0.1', 'localhost') };
}

/** Logs a demo user in with the keyboard and waits for the front page. */
export async function logInWithKeyboard(
  page: Page,
  base: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${base}/logg-inn`);
  await tabTo(page, page.getByLabel('Brukernavn'));
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}/`);
}
