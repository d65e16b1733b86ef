// The API documentation (/api/docs, Swagger UI, public) runs under a Content-Security-Policy (issue 14
// item 7): Chromium, with the policy enforced, renders every operation of the OpenAPI document and
// runs a request with «Try it out», and the page reports no violation and no error.
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/create-db';
import { migrate } from '../../src/db/migrate';
import { buildApp, DOCS_CSP } from '../../src/server/app';
import { systemClock } from '../../src/server/clock';
import { loadConfig } from '../../src/server/config';
import { e2eGate, launch } from '../e2e/browser';
import { operations } from './support/openapi';

const unavailable = e2eGate();

describe.skipIf(unavailable !== null)('security: the API docs under a content security policy', () => {
  let db: Db;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    db = await createDb({ dataDir: 'memory://' });
    await migrate(db);
    app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db, clock: systemClock });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it('renders every operation and runs a request with no violation', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`feil på siden: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`konsollen: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const res = await page.goto(`${base}/api/docs`);
    expect(res?.headers()['content-security-policy']).toBe(DOCS_CSP);
    await page.locator('.opblock').first().waitFor();
    // Swagger UI draws a long list of operations virtually (only those near the view): scroll to the end and
    // count every operation drawn on the way.
    const drawn = new Set<string>();
    const collect = async () => {
      for (const id of await page.locator('.opblock').evaluateAll((els) => els.map((el) => el.id))) drawn.add(id);
    };
    for (let atEnd = false; !atEnd; ) {
      await collect();
      atEnd = await page.evaluate(() => {
        const before = window.scrollY;
        window.scrollBy(0, window.innerHeight / 2);
        return window.scrollY === before;
      });
      await page.waitForTimeout(50);
    }
    await collect();
    expect(drawn.size).toBe((await operations(app)).length);
    await page.evaluate(() => window.scrollTo(0, 0));

    // «Try it out» on the health check: the request goes to this origin and its answer is shown.
    const health = page.locator('.opblock', { has: page.locator('[data-path="/api/health"]') });
    await health.locator('.opblock-summary').click();
    await health.locator('button.try-out__btn').click();
    await health.locator('button.execute').click();
    await health.locator('.live-responses-table .response-col_status', { hasText: '200' }).first().waitFor();

    expect(problems).toEqual([]);
    await page.close();
  });
});
