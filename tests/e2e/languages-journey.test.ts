// Issue 20's acceptance in the browser (decision 177): the app in nynorsk and in English, axe on every page,
// and on every page visited no bokmål text left (./leftover-bokmal.ts, checked against the nb resources).
//  - Nynorsk: Nabodal kommune writes nynorsk (its demo målform). Its contact teacher, whose browser asks for
//    bokmål and who chose nothing, gets nynorsk after log-in: the front page, the class's open concerns
//    (a concern card), the morning register with a saved registration, and Emil's case. The Nabodal
//    guardian, on a phone (390 × 844) that asks for nynorsk, logs in on a nynorsk login page and reports
//    absence for Henrik.
//  - English: Nærvik's contact teacher chooses English (through the API, as the settings screen does) and gets
//    it after logging in from a bokmål browser; the same pages. Nærvik's guardian chooses English too and,
//    from an English browser, reports absence on a phone.
// The texts the journey looks for are read from the language's own resource files, so it follows the
// translators' words.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, expectNoAxeViolations, tabTo, useJourney, demoApi } from './browser';
import { bokmalLeftOn, flatten, recordServerTexts, resourcesOf } from './leftover-bokmal';

const unavailable = e2eGate();
const AT = '2026-11-24T08:05:00+01:00';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

type Lang = 'nb' | 'nn' | 'en';
const texts = new Map<Lang, Map<string, string>>();

/** A text of `language`'s resources with its placeholders filled (plain i18next interpolation). */
function text(language: Lang, key: string, values: Record<string, string | number> = {}): string {
  if (!texts.has(language)) texts.set(language, flatten(resourcesOf(language)));
  const found = texts.get(language)!.get(key);
  if (found === undefined) throw new Error(`Teksten ${key} finnes ikke i ${language}`);
  return found.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

describe.skipIf(unavailable !== null)('browser journey: nynorsk og engelsk', () => {
  const j = useJourney({ now: '2026-11-24', context: false });

  const api = (username: string) => demoApi(j.server, username);

  /** A browser context in Norway whose browser asks for `locale`, at the journey's time. */
  async function context(locale: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
    const c = await j.browser.newContext({ bypassCSP: true, locale, timezoneId: 'Europe/Oslo', viewport });
    await c.clock.setFixedTime(new Date(AT));
    return c;
  }

  const servers = new Map<Page, ReturnType<typeof recordServerTexts>>();

  /** A page that records the app's console errors (a missing text says «Mangler tekst: …» there) and the server's texts. */
  async function pageIn(c: BrowserContext): Promise<{ page: Page; errors: string[] }> {
    const page = await c.newPage();
    servers.set(page, recordServerTexts(page));
    const errors: string[] = [];
    page.on('console', (m) => {
      // The login page's question «who is logged in?» is answered 401 before log-in: not an error of the app.
      if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, errors };
  }

  /** What every page of the journey must hold: its language on <html>, no axe violation, no bokmål left. */
  async function check(page: Page, language: Lang, where: string): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.lang), `${where}: <html lang>`).toBe(language);
    await expectNoAxeViolations(page, where);
    expect(await bokmalLeftOn(page, language, servers.get(page)), `${where}: bokmål igjen på siden`).toEqual([]);
    await page.screenshot({ path: `/tmp/naervaer-i20-${language}-${where.replace(/\W+/g, '-')}.png`, fullPage: true });
  }

  /** Logs in with the keyboard on a login page in `loginLanguage`, and waits for the front page in `language`. */
  async function logIn(page: Page, username: string, loginLanguage: Lang, language: Lang, checkLogin: boolean) {
    await page.goto(`${j.base}/logg-inn`);
    const user = page.getByLabel(text(loginLanguage, 'login.username'), { exact: true });
    await user.waitFor();
    if (checkLogin) await check(page, loginLanguage, `innlogging ${username}`);
    await tabTo(page, user);
    await page.keyboard.type(username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** The staff journey: front page, the class's concerns, the register with a saved row, the case. */
  async function staffJourney(username: string, language: Lang, browserLocale: string, browserLanguage: Lang) {
    const teacher = await api(username);
    const { classes } = await teacher('GET', '/api/classes');
    const klass = (classes as { id: string; name: string }[]).find((c) => c.name === '9A')!;
    const home = await teacher('GET', '/api/home');
    const emil = (home.mine.cases as { id: string; pupilName: string }[]).find((c) => c.pupilName === 'Emil Bakken')!;
    expect(emil, 'Emils sak i demoen').toBeDefined();

    const c = await context(browserLocale, DESKTOP);
    const { page, errors } = await pageIn(c);
    await logIn(page, username, browserLanguage, language, false);
    await page.getByText(text(language, 'home.yourRoles')).first().waitFor();
    await check(page, language, `forsiden ${username}`);

    // The class: its open concerns, each a card.
    await page.goto(`${j.base}/klasse/${klass.id}`);
    await page.locator('.concern-card').first().waitFor();
    await check(page, language, `klassen ${username}`);

    // The morning register: one pupil away all day, saved; the row says so in the language.
    await page.goto(`${j.base}/klasse/${klass.id}/registrering`);
    const row = page.locator('li.register-row').first();
    await row.waitFor();
    await row.locator('select').first().selectOption('day');
    await row.locator('button.register-row__save').click();
    await expect.poll(() => row.locator('.register-row__notice').innerText()).not.toBe('');
    await check(page, language, `registreringen ${username}`);

    // The case.
    await page.goto(`${j.base}/sak/${emil.id}`);
    await page.getByRole('heading', { level: 1, name: /Emil Bakken/ }).waitFor();
    await page.locator('main').getByRole('heading', { level: 2 }).first().waitFor();
    await check(page, language, `saka ${username}`);

    expect(errors, 'feil i nettleserkonsollen').toEqual([]);
    await c.close();
  }

  /** The guardian on a phone: the front page, the child's page and an absence notice sent. */
  async function guardianJourney(username: string, language: Lang, browserLocale: string) {
    const guardian = await api(username);
    const { children } = await guardian('GET', '/api/my-children');
    const henrik = (children as { id: string; firstName: string; lastName: string }[]).find(
      (x) => x.firstName === 'Henrik',
    )!;
    const name = `${henrik.firstName} ${henrik.lastName}`;

    const c = await context(browserLocale, PHONE);
    const { page, errors } = await pageIn(c);
    await logIn(page, username, language, language, true);
    await check(page, language, `forsiden ${username}`);

    await page.goto(`${j.base}/barn/${henrik.id}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await check(page, language, `barnet ${username}`);

    await page.goto(`${j.base}/barn/${henrik.id}/meld-fravaer`);
    await page.getByRole('heading', { level: 1, name: text(language, 'report.heading', { name }) }).waitFor();
    await check(page, language, `meld fråvær ${username}`);
    const reason = page.getByRole('combobox', { name: text(language, 'report.reason'), exact: true });
    await tabTo(page, reason);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('button', { name: text(language, 'report.submit') }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain(text(language, 'report.created_one', { count: 1 }));
    await check(page, language, `meldt fråvær ${username}`);

    expect(errors, 'feil i nettleserkonsollen').toEqual([]);
    await c.close();
  }

  it('shows Nabodal’s staff and guardian everything in nynorsk, the kommune’s målform', async () => {
    const me = await (await api('kontaktlaerer.nabo'))('GET', '/api/auth/me');
    expect(me.user.kommune.malform).toBe('nn');
    expect(me.user.chosenLanguage).toBeNull();
    expect(me.user.language).toBe('nn');
    await staffJourney('kontaktlaerer.nabo', 'nn', 'nb-NO', 'nb');
    await guardianJourney('foresatt.nabo', 'nn', 'nn-NO');
  }, 240_000);

  it('shows a Nærvik teacher and guardian who chose English everything in English', async () => {
    for (const username of ['kontaktlaerer', 'foresatt']) {
      const saved = await (await api(username))('PUT', '/api/auth/me/language', { language: 'en' });
      expect(saved.language).toBe('en');
    }
    await staffJourney('kontaktlaerer', 'en', 'nb-NO', 'nb');
    await guardianJourney('foresatt', 'en', 'en-GB');
  }, 240_000);
});
