// Issue 17 item 15: the web app as it travels. The register page, opened fresh by a contact teacher at
// 08:15, must load at most 150 KB of compressed script (the journey prints what it loaded, chunk by chunk);
// scripts come compressed and cached for good under their hashed names; no source map is served; there
// is a favicon. Decision 110.
import { describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { e2eGate, logInWithKeyboard, norwegianContext, useJourney } from './browser';

const unavailable = e2eGate();

const BUDGET = 150 * 1024;

describe.skipIf(unavailable !== null)('browser journey: registreringssiden som den reiser over nettet', () => {
  const j = useJourney({ now: '2026-11-24', context: { at: '2026-11-24T08:15:00+01:00' } });

  it('loads the register with at most 150 KB of compressed script, brotli and immutable caching, no source map', async () => {
    // Log in once to get the session and the register's address.
    const first = await j.context.newPage();
    await logInWithKeyboard(first, j.base, 'kontaktlaerer');
    await first.getByRole('link', { name: 'Klasse 9A' }).first().click();
    await first.getByRole('link', { name: 'Registrer fravær for 9A' }).click();
    await first.waitForURL(/\/klasse\/[^/]+\/registrering$/);
    const register = first.url();

    // A fresh browser (empty cache) with the same session opens the register directly.
    const fresh = await norwegianContext(j.browser, { at: '2026-11-24T08:15:00+01:00' });
    await fresh.addCookies(await j.context.cookies());
    const page = await fresh.newPage();
    const missingTexts: string[] = [];
    page.on('console', (message) => {
      if (message.text().startsWith('Mangler tekst')) missingTexts.push(message.text());
    });
    const scripts: { url: string; bytes: number; encoding: string; cache: string }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response: Response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        (async () => {
          const sizes = await response.request().sizes();
          const headers = await response.allHeaders();
          scripts.push({
            url: new URL(response.url()).pathname,
            bytes: sizes.responseBodySize,
            encoding: headers['content-encoding'] ?? 'ingen',
            cache: headers['cache-control'] ?? '',
          });
        })(),
      );
    });
    await page.goto(register);
    await page.getByRole('heading', { name: 'Fravær tirsdag 24.11.2026' }).waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);

    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    console.log(
      `\n  Registreringssiden lastet ${scripts.length} skript, ${(total / 1024).toFixed(1)} KB komprimert (grense 150 KB):\n` +
        scripts.map((s) => `    ${s.url}  ${(s.bytes / 1024).toFixed(1)} KB  ${s.encoding}`).join('\n'),
    );
    expect(scripts.length).toBeGreaterThan(1); // split by route: the page's own chunk comes on its own
    expect(total).toBeLessThanOrEqual(BUDGET);
    for (const s of scripts) {
      if (s.bytes > 1024) expect(s.encoding, s.url).toBe('br'); // below that, brotli may not gain
      expect(s.cache, s.url).toBe('public, max-age=31536000, immutable');
    }
    // The register starts before the rest of the texts: it must need none of them.
    expect(missingTexts).toEqual([]);

    // No source map, wherever one might be asked for; a favicon that is there.
    const script = scripts[0]?.url ?? '/assets/index.js';
    for (const path of [`${script}.map`, '/assets/index.js.map']) {
      expect((await fresh.request.get(`${j.base}${path}`)).status(), path).toBe(404);
    }
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toMatch(/^\/assets\/favicon-.*\.svg$/);
    expect((await fresh.request.get(`${j.base}${icon}`)).status()).toBe(200);
    await fresh.close();
  });
});
