// Consent and the service partner (decision 051), keyboard first, on the real server with the demo
// municipality. The demo helsesykepleier sees no case and a case URL answers "Fant ikke siden"; the
// contact teacher records consent for Amir Haugen covering helsestasjon through the 001 form (the server's
// field errors first land at their fields), prints it and attaches the signed scan; the helsesykepleier
// then finds the case under "Saker med samtykke" and reads it without a single action button; the teacher
// withdraws the consent and the helsesykepleier sees nothing again. Each of the helsesykepleier's reads and
// refusals is in the audit trail with its outcome and case, and axe finds nothing on any page visited.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { FixedClock } from '../../src/server/clock';
import { loadConfig } from '../../src/server/config';
import { startServer, type Running } from '../../src/server/start';
import { pdfText } from '../support/pdf-text';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, launch, tabTo, expectNoAxeViolations as expectNoAxe, section, logInWithKeyboard } from './browser';

const unavailable = e2eGate();

const visited: string[] = [];
async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  visited.push(where);
  await expectNoAxe(page, where);
}

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);

async function logIn(page: Page, base: string, username: string): Promise<void> {
  await logInWithKeyboard(page, base, username, DEMO_PASSWORD, { waitForRoles: true });
}

describe.skipIf(unavailable !== null)('browser journey: samtykke og helsesykepleierens innsyn', () => {
  let server: Running;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];
  let caseId: string;
  let nurseId: string;

  beforeAll(async () => {
    const config = loadConfig({
      NAERVAER_DATA_DIR: 'memory://',
      PORT: '0',
      NAERVAER_NOW: '2026-11-24',
      LOG_LEVEL: 'silent',
    });
    // A frozen day, fixed by the test rather than by NAERVAER_NOW (where a running demo clock starts).
    server = await startServer(config, () => {}, { clock: new FixedClock(config.clockStart!) });
    base = server.url.replace('127.0.0.1', 'localhost');
    browser = await launch();
    // The test reads ids (and later the audit trail) as the database's owner, beside the app. Both demo
    // kommuner have an Amir Haugen; this one is in the helsesykepleier's (and the contact teacher's) kommune.
    const nurse = await server.db.owner
      .selectFrom('app_user')
      .select(['id', 'kommune_id'])
      .where('username', '=', 'helsesykepleier')
      .executeTakeFirstOrThrow();
    nurseId = nurse.id;
    const amir = await server.db.owner
      .selectFrom('pupil_case as c')
      .innerJoin('pupil as p', 'p.id', 'c.pupil_id')
      .select('c.id')
      .where('c.kommune_id', '=', nurse.kommune_id)
      .where('p.first_name', '=', 'Amir')
      .where('p.last_name', '=', 'Haugen')
      .where('c.status', '=', 'open')
      .executeTakeFirstOrThrow();
    caseId = amir.id;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      bypassCSP: true,
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
      acceptDownloads: true,
    });
    // Just after the server's fixed 08:00, so the browser's "today" is the server's.
    await context.clock.setFixedTime(new Date('2026-11-24T08:05:00+01:00'));
    contexts.push(context);
    return context.newPage();
  }

  /** The helsesykepleier's audit rows about the case: outcome and action, in the order written. */
  const nurseTrail = () =>
    server.db.owner
      .selectFrom('audit_log')
      .select(['outcome', 'action', 'case_id'])
      .where('user_id', '=', nurseId)
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();

  /** The helsesykepleier's front page and the case URL answer nothing: no case listed, "Fant ikke siden". */
  async function nurseSeesNothing(nurse: Page, when: string): Promise<void> {
    await nurse.goto(`${base}/`);
    const shared = section(nurse, 'Saker med samtykke');
    await expect.poll(() => shared.innerText()).toContain('Ingen saker er delt med deg nå.');
    await expectNoAxeViolations(nurse, `helsesykepleierens forside ${when}`);
    await nurse.goto(`${base}/sak/${caseId}`);
    await nurse.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
    expect(await nurse.getByRole('main').innerText()).not.toContain('Amir');
    await expectNoAxeViolations(nurse, `saken som ikke finnes for helsesykepleieren ${when}`);
  }

  it('opens the case to the helsesykepleier through consent, read-only, and closes it again on withdrawal', async () => {
    // 1. Before consent: nothing, and the menu offers nothing of the school's.
    const nurse = await newPage();
    await logIn(nurse, base, 'helsesykepleier');
    const menu = nurse.getByRole('navigation', { name: 'Hovedmeny' });
    // «Meld undring»: her own undring to the school (decision 196), which opens nothing of the school's.
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Forside', 'Innboks', 'Meld undring']);
    await nurseSeesNothing(nurse, 'før samtykke');
    await expect
      .poll(async () => (await nurseTrail()).filter((r) => r.outcome === 'denied').length)
      .toBeGreaterThanOrEqual(1);
    const deniedBefore = (await nurseTrail()).filter((r) => r.outcome === 'denied').length;

    // 2. The contact teacher opens Amir's case and records consent through the form.
    const teacher = await newPage();
    await logIn(teacher, base, 'kontaktlaerer');
    const mine = section(teacher, 'Mine saker');
    await tabTo(teacher, mine.getByRole('link', { name: 'Amir Haugen (9A)' }));
    await teacher.keyboard.press('Enter');
    await teacher.waitForURL(`${base}/sak/${caseId}`);
    await teacher.getByRole('heading', { level: 1, name: 'Sak for Amir Haugen' }).waitFor();
    const consents = section(teacher, 'Samtykke');
    await expect.poll(() => consents.innerText()).toContain('Ingen samtykker er registrert ennå.');
    await expectNoAxeViolations(teacher, 'saken uten samtykke');

    await tabTo(teacher, teacher.getByRole('button', { name: 'Registrer samtykke' }));
    await teacher.keyboard.press('Enter');
    const granted = teacher.getByRole('radio', { name: 'Jeg/vi samtykker til utveksling av opplysninger' });
    await expect.poll(() => hasFocus(granted)).toBe(true);
    await teacher.keyboard.press('Space');
    expect(await granted.isChecked()).toBe(true);
    // Amir is 14: the pupil's own consent is not asked for.
    expect(await teacher.getByRole('checkbox', { name: 'Eleven samtykker selv' }).count()).toBe(0);
    expect(await teacher.getByLabel('Dato for samtykket').inputValue()).toBe('2026-11-24');
    expect(await teacher.getByLabel('Tjenestested der samtykket ble innhentet').inputValue()).toBe(
      'Nærvik ungdomsskole',
    );
    await expectNoAxeViolations(teacher, 'skjemaet for samtykke');

    // Sent without services, information or scope: the server's messages land at their fields, focus on the first.
    await tabTo(teacher, teacher.getByRole('button', { name: 'Lagre samtykket' }));
    await teacher.keyboard.press('Enter');
    await teacher.getByRole('alert').filter({ hasText: 'Kryss av minst én tjeneste det samtykkes til.' }).waitFor();
    const servicesBox = teacher.getByRole('group', { name: 'Tjenester det samtykkes til' });
    expect(await servicesBox.innerText()).toContain('Kryss av minst én tjeneste det samtykkes til.');
    const firstService = servicesBox.getByRole('checkbox').first();
    await expect.poll(() => hasFocus(firstService)).toBe(true);
    await expectNoAxeViolations(teacher, 'skjemaet for samtykke med feil fra tjeneren');

    const helsestasjon = servicesBox.getByRole('checkbox', { name: 'Forebyggende helsetjenester (helsestasjon)' });
    await tabTo(teacher, helsestasjon);
    await teacher.keyboard.press('Space');
    const guardians = teacher.getByRole('group', { name: 'Foresatte som har tatt stilling' }).getByRole('checkbox');
    const firstGuardian = guardians.first();
    await tabTo(teacher, firstGuardian);
    if (!(await firstGuardian.isChecked())) await teacher.keyboard.press('Space');
    await tabTo(teacher, teacher.getByRole('textbox', { name: 'Informasjon familien har fått om tjenestene' }));
    await teacher.keyboard.type('Om helsestasjonen og skolehelsetjenesten, muntlig i møte med mor.');
    await tabTo(teacher, teacher.getByRole('textbox', { name: 'Hva samtykket gjelder (omfang)' }));
    await teacher.keyboard.type('Fravær, trivsel og helseplager som påvirker skolegangen.');
    await tabTo(teacher, teacher.getByRole('textbox', { name: 'Forhold som skal holdes utenfor (valgfritt)' }));
    await teacher.keyboard.type('Foreldrenes samlivsbrudd');
    await tabTo(teacher, teacher.getByRole('button', { name: 'Lagre samtykket' }));
    await teacher.keyboard.press('Enter');
    const notice = teacher.locator('.page-notice');
    await expect.poll(() => notice.innerText()).toContain('Samtykket er registrert.');
    const item = consents.locator('li[data-consent-id]').first();
    await expect.poll(() => item.innerText()).toContain('Gyldig');
    const itemText = await item.innerText();
    expect(itemText).toContain('Forebyggende helsetjenester (helsestasjon)');
    expect(itemText).toContain('Forhold: Foreldrenes samlivsbrudd');
    expect(itemText).toContain('24.11.2026');
    await expectNoAxeViolations(teacher, 'saken med gyldig samtykke');

    // The printout with signature lines, downloaded as the minutes are.
    await tabTo(teacher, item.getByRole('button', { name: /Skriv ut \(PDF\)/ }));
    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.keyboard.press('Enter')]);
    const text = (await pdfText(new Uint8Array(await readFile(await download.path())))).replace(/\s+/g, ' ');
    expect(text).toContain('Tverrfaglig samtykkeerklæring');
    expect(text).toContain('Amir Haugen');
    await expect.poll(() => notice.innerText()).toContain('Samtykkeerklæringen er lastet ned.');

    // The signed scan: a file that is not what it says is refused in the server's words, then the real one.
    await tabTo(teacher, item.getByRole('button', { name: /Legg ved skannet samtykke/ }));
    await teacher.keyboard.press('Enter');
    const fileInput = teacher.getByLabel('Skannet samtykke', { exact: true });
    await expect.poll(() => hasFocus(fileInput)).toBe(true);
    await fileInput.setInputFiles({
      name: 'samtykke.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('ikke en pdf'),
    });
    await tabTo(teacher, teacher.getByRole('button', { name: 'Last opp' }));
    await teacher.keyboard.press('Enter');
    await teacher.getByRole('alert').filter({ hasText: 'Filen er ikke en PDF' }).waitFor();
    await fileInput.setInputFiles({
      name: 'samtykke-signert.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% signert av mor\n'),
    });
    await tabTo(teacher, teacher.getByRole('button', { name: 'Last opp' }));
    await teacher.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Det skannede samtykket er lagt ved.');
    expect(
      await item.getByRole('link', { name: 'Skannet samtykke: samtykke-signert.pdf' }).getAttribute('href'),
    ).toMatch(/\/consents\/[^/]+\/scan$/);
    await expectNoAxeViolations(teacher, 'saken med skannet samtykke');

    // 3. The helsesykepleier now finds the case and reads it, with no way to act on it.
    await nurse.goto(`${base}/`);
    const shared = section(nurse, 'Saker med samtykke');
    const link = shared.getByRole('link', { name: 'Amir Haugen (9A)' });
    await expectNoAxeViolations(nurse, 'helsesykepleierens forside med saken');
    await tabTo(nurse, link);
    await nurse.keyboard.press('Enter');
    await nurse.waitForURL(`${base}/sak/${caseId}`);
    await nurse.getByRole('heading', { level: 1, name: 'Sak for Amir Haugen' }).waitFor();
    const main = nurse.getByRole('main');
    await expect
      .poll(() => main.innerText())
      .toContain(
        'Du ser saken fordi foresatte har samtykket til at Forebyggende helsetjenester (helsestasjon) får opplysninger. Tilgangen opphører når samtykket trekkes eller saken avsluttes.',
      );
    expect(await section(nurse, 'Samtykke').innerText()).toContain('Gyldig');
    // The printout and the case log are all she can use; no moves, no links into the school's registers.
    expect((await main.getByRole('button').allInnerTexts()).map((b) => b.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^📄 Skriv ut \(PDF\)/),
      'Logg kontakt',
    ]);
    expect(await main.locator('form').count()).toBe(0);
    expect(await main.getByRole('link', { name: /Elevside|Elevmappe/ }).count()).toBe(0);
    expect(await nurse.getByRole('heading', { name: 'Neste steg' }).count()).toBe(0);
    await expectNoAxeViolations(nurse, 'saken for helsesykepleieren (bare lesing)');
    const allowed = (await nurseTrail()).filter((r) => r.outcome === 'allowed');
    expect(allowed.map((r) => r.action)).toContain('case.read');

    // She logs her talk with Amir as a health note: only the health service and the stafettholder read it.
    await tabTo(nurse, section(nurse, 'Kontaktlogg').getByRole('button', { name: 'Logg kontakt' }));
    await nurse.keyboard.press('Enter');
    const note = section(nurse, 'Kontaktlogg');
    await tabTo(nurse, note.getByRole('checkbox', { name: 'Eleven' }));
    await nurse.keyboard.press('Space');
    await tabTo(nurse, note.getByRole('textbox', { name: 'Hva ble sagt' }));
    await nurse.keyboard.type('Amir sover dårlig og har vondt i magen om morgenen.');
    await note
      .getByRole('combobox', { name: 'Skjerming' })
      .selectOption({ label: 'Bare Forebyggende helsetjenester (helsestasjon) og stafettholder' });
    await expectNoAxeViolations(nurse, 'helsesykepleierens notat');
    await tabTo(nurse, note.getByRole('button', { name: 'Lagre kontakten' }));
    await nurse.keyboard.press('Enter');
    await expect
      .poll(() => section(nurse, 'Tidslinje').innerText())
      .toContain('Amir sover dårlig og har vondt i magen om morgenen.');
    // The contact teacher holds the case and reads it too.
    await teacher.reload();
    await expect
      .poll(() => section(teacher, 'Tidslinje').innerText())
      .toContain('Amir sover dårlig og har vondt i magen om morgenen.');

    // 4. The teacher withdraws the consent: who and how, and the state says so.
    await teacher.reload();
    await teacher.getByRole('heading', { level: 1, name: 'Sak for Amir Haugen' }).waitFor();
    const withdraw = section(teacher, 'Samtykke').getByRole('button', { name: /Trekk tilbake/ });
    await tabTo(teacher, withdraw);
    await teacher.keyboard.press('Enter');
    const reason = teacher.getByRole('textbox', { name: 'Hvem trakk samtykket tilbake, og hvordan?' });
    await expect.poll(() => hasFocus(reason)).toBe(true);
    await expectNoAxeViolations(teacher, 'skjemaet for å trekke samtykket');
    await teacher.keyboard.type('Mor ringte skolen og trakk samtykket.');
    await tabTo(teacher, teacher.getByRole('button', { name: 'Trekk tilbake samtykket' }));
    await teacher.keyboard.press('Enter');
    await expect.poll(() => teacher.locator('.page-notice').innerText()).toContain('Samtykket er trukket tilbake.');
    const withdrawn = section(teacher, 'Samtykke').locator('li[data-consent-id]').first();
    await expect.poll(() => withdrawn.innerText()).toContain('Trukket tilbake');
    expect(await withdrawn.innerText()).toContain('Trukket tilbake 24.11.2026: Mor ringte skolen og trakk samtykket.');
    expect(await withdrawn.getByRole('button', { name: /Trekk tilbake/ }).count()).toBe(0);
    await expectNoAxeViolations(teacher, 'saken med trukket samtykke');

    // 5. The helsesykepleier sees nothing again.
    await nurseSeesNothing(nurse, 'etter tilbaketrekking');

    // 6. The audit trail holds each read and each refusal, with outcome and case.
    const trail = await nurseTrail();
    expect(trail.every((r) => r.case_id === caseId)).toBe(true);
    const denied = trail.filter((r) => r.outcome === 'denied');
    expect(denied.length).toBeGreaterThan(deniedBefore);
    const firstAllowed = trail.findIndex((r) => r.outcome === 'allowed');
    expect(trail.slice(0, firstAllowed).every((r) => r.outcome === 'denied')).toBe(true);
    expect(trail.at(-1)!.outcome).toBe('denied');
    expect(visited.length).toBeGreaterThanOrEqual(12);
  }, 240_000);
});
