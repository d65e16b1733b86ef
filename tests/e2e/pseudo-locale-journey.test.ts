// Right to left does not break the layout (issue 20 item 5, decision 177). The app is given a pseudo-locale
// built from the bokmål texts at test time (./pseudo-locale.ts: marked, 40 % longer, between right-to-left
// marks) as a right-to-left language, through the test-language hook of src/web/i18n/test-language.ts. In
// Chromium at 1366 × 900 and 390 × 844 the contact teacher's register and a case page render with dir=rtl,
// the page does not scroll sideways, no text key shows instead of a text and every text came through the
// pseudo-locale (no bokmål left: a text written into a component would show here), and the main menu is
// reached with the keyboard and works. Screenshots under /tmp.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, tabTo, useJourney } from './browser';
import { flatten, leftoverBokmal, pageText, recordServerTexts, resourcesOf } from './leftover-bokmal';
import { PSEUDO_LANGUAGE, pseudoLocale } from './pseudo-locale';

const unavailable = e2eGate();
const AT = '2026-11-24T08:05:00+01:00';
const SIZES = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

const nb = resourcesOf('nb');
const pseudo = pseudoLocale(nb) as Record<string, unknown>;
const keys = new Set(flatten(nb).keys());

/** The text keys (`register.title`) that stand in the page's text instead of their text. */
function keysShown(text: string): string[] {
  return [...new Set([...text.matchAll(/[A-Za-z][\w$]*(?:\.[\w$]+)+/g)].map((m) => m[0]))].filter((k) => keys.has(k));
}

describe.skipIf(unavailable !== null)('browser journey: et språk fra høyre mot venstre (pseudospråk)', () => {
  const j = useJourney({ now: '2026-11-24', context: false });

  /** What each page must hold in the pseudo-locale at each size. */
  async function check(page: Page, where: string, server: { text(): Promise<string> }): Promise<void> {
    const html = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(html.dir, `${where}: <html dir>`).toBe('rtl');
    expect(html.lang, `${where}: <html lang>`).toBe(PSEUDO_LANGUAGE);
    expect(html.scrollWidth, `${where}: siden ruller sidelengs`).toBeLessThanOrEqual(html.clientWidth);
    const text = await pageText(page);
    expect(keysShown(text), `${where}: tekstnøkler i stedet for tekst`).toEqual([]);
    expect(
      leftoverBokmal(nb, pseudo, text, await server.text()).map((l) => `${l.key}: «${l.fragment}» i «…${l.around}…»`),
      `${where}: tekst som ikke kom fra språkfilene`,
    ).toEqual([]);
  }

  /** The main menu with the keyboard: Tab from the top reaches its first link, in view, and Enter follows it. */
  async function menuByKeyboard(page: Page, where: string): Promise<void> {
    const links = page.getByRole('navigation').first().getByRole('link');
    expect(await links.count(), `${where}: hovedmenyen`).toBeGreaterThan(1);
    await page.locator('body').focus();
    const last = links.last();
    await tabTo(page, last);
    const box = await last.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box, `${where}: menyens siste lenke vises`).not.toBeNull();
    expect(box!.x, `${where}: menyens siste lenke innenfor skjermen`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${where}: menyens siste lenke innenfor skjermen`).toBeLessThanOrEqual(viewport.width);
    const to = await last.getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}${to}`);
  }

  it('lays the register and the case page out right to left on a laptop and a phone', async () => {
    const login = await j.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'kontaktlaerer', password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'naervaer_sid')!;
    const get = async (url: string) =>
      (await j.server.app.inject({ method: 'GET', url, headers: { cookie: `naervaer_sid=${cookie.value}` } })).json();
    const klass = ((await get('/api/classes')).classes as { id: string; name: string }[]).find((c) => c.name === '9A')!;
    const emil = ((await get('/api/home')).mine.cases as { id: string; pupilName: string }[]).find(
      (c) => c.pupilName === 'Emil Bakken',
    )!;

    for (const viewport of SIZES) {
      const size = `${viewport.width}x${viewport.height}`;
      const c = await j.browser.newContext({ bypassCSP: true, locale: 'nb-NO', timezoneId: 'Europe/Oslo', viewport });
      await c.clock.setFixedTime(new Date(AT));
      // The hook src/web/i18n/test-language.ts reads, there before the app's first script runs.
      await c.addInitScript(
        (language) => {
          (window as unknown as { naervaerTestLanguage: unknown }).naervaerTestLanguage = language;
        },
        { code: PSEUDO_LANGUAGE, texts: pseudo },
      );
      const res = await c.request.post(`${j.base}/api/auth/login`, {
        data: { username: 'kontaktlaerer', password: DEMO_PASSWORD },
      });
      expect(res.status()).toBe(200);
      const page = await c.newPage();
      const server = recordServerTexts(page);
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });

      await page.goto(`${j.base}/klasse/${klass.id}/registrering`);
      await page.locator('li.register-row').first().waitFor();
      await page.screenshot({ path: `/tmp/naervaer-rtl-registrering-${size}.png`, fullPage: true });
      await check(page, `registreringen ${size}`, server);
      await menuByKeyboard(page, `registreringen ${size}`);

      await page.goto(`${j.base}/sak/${emil.id}`);
      await page.getByRole('heading', { level: 1, name: /Emil Bakken/ }).waitFor();
      await page.locator('main').getByRole('heading', { level: 2 }).first().waitFor();
      await page.screenshot({ path: `/tmp/naervaer-rtl-sak-${size}.png`, fullPage: true });
      await check(page, `saka ${size}`, server);
      await menuByKeyboard(page, `saka ${size}`);

      expect(errors, 'feil i nettleserkonsollen').toEqual([]);
      await c.close();
    }
  }, 180_000);
});
