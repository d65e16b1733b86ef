// The inbox and its e-mails (issue 18 items 1–2, decisions 123–126), keyboard only, axe on every page, on the
// real server with the demo municipality and a real SMTP server on 127.0.0.1: the contact teacher evaluates
// Amir Haugen's case «trenger mer» and sends the written notice to the school leadership; the school leader
// finds it in «Innboks» (the header counts it) and opens its PDF; the teacher registers consent for
// helsestasjon and the helsesykepleier's inbox shows the shared case. An e-mail for each reached the SMTP
// server, and none names the pupil.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { pdfText } from '../support/pdf-text';
import { startSmtp, type LocalSmtp } from '../support/smtp';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, section, tabTo, useJourney } from './browser';
import { fillHeard } from './heard';

const unavailable = e2eGate();
const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);
// A port of this process's own, so the server's configuration can name it before the SMTP server starts.
const SMTP_PORT = 40_000 + (process.pid % 20_000);

describe.skipIf(unavailable !== null)('browser journey: innboks og e-postvarsler', () => {
  let smtp: LocalSmtp;
  beforeAll(async () => {
    smtp = await startSmtp(SMTP_PORT);
  });
  afterAll(async () => {
    await smtp?.stop();
  });
  const j = useJourney({
    now: '2026-11-24',
    env: { NAERVAER_SMTP_HOST: '127.0.0.1', NAERVAER_SMTP_PORT: String(SMTP_PORT), NAERVAER_SMTP_TLS: 'none' },
    contexts: {
      teacher: { at: '2026-11-24T08:05:00+01:00', acceptDownloads: true },
      leader: { at: '2026-11-24T08:05:00+01:00', acceptDownloads: true },
      nurse: { at: '2026-11-24T08:05:00+01:00' },
    },
  });
  const logIn = (page: Page, who: string) =>
    logInWithKeyboard(page, j.base, who, DEMO_PASSWORD, { waitForRoles: true });

  /** Goes to «Innboks» from the header with the keyboard; the link names the unread count when there is one. */
  async function openInbox(page: Page, unread: number) {
    const link = page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: unread ? `Innboks (${unread} uleste)` : 'Innboks', exact: true });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${j.base}/innboks`);
    await page.getByRole('heading', { level: 1, name: 'Innboks' }).waitFor();
  }

  it('brings the notice to the leader and the shared case to the helsesykepleier, in Nærvær and by e-mail', async () => {
    // 1. The contact teacher evaluates Amir's case: more is needed, so it goes to level 1.
    const teacher = await j.contexts.teacher.newPage();
    await logIn(teacher, 'kontaktlaerer');
    const mine = section(teacher, 'Mine saker');
    await tabTo(teacher, mine.getByRole('link', { name: 'Amir Haugen (9A)' }));
    await teacher.keyboard.press('Enter');
    await teacher.waitForURL(/\/sak\/[^/]+$/);
    await teacher.getByRole('heading', { level: 1, name: 'Sak for Amir Haugen' }).waitFor();
    await expectNoAxeViolations(teacher, 'saken på nivå 0');
    const notice = teacher.locator('.page-notice');
    await tabTo(teacher, teacher.getByRole('button', { name: 'Evaluer', exact: true }));
    await teacher.keyboard.press('Enter');
    const solved = teacher.getByRole('radio', { name: 'Løst – avslutt saken' });
    await expect.poll(() => hasFocus(solved)).toBe(true);
    await teacher.keyboard.press('ArrowDown');
    await teacher.keyboard.press('ArrowDown');
    expect(await teacher.getByRole('radio', { name: 'Trenger mer – neste nivå' }).isChecked()).toBe(true);
    await tabTo(teacher, teacher.getByRole('textbox', { name: 'Teamets vurdering' }));
    await teacher.keyboard.type('Fraværet fortsetter. Skoleledelsen må inn.');
    await fillHeard(teacher, {
      obtained: true,
      how: 'Samtale med eleven',
      views: 'Amir vil ha hjelp, men gruer seg til å komme tilbake.',
      bestInterest: 'At skoleledelsen kommer inn nå er best for Amir.',
    });
    await tabTo(teacher, teacher.getByRole('button', { name: 'Lagre evalueringen' }));
    await teacher.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Evalueringen er lagret. Saken står nå på nivå 1.');

    // 2. The written notice to the leadership: downloaded, and put in the leaders' inboxes.
    const toLeadership = teacher.getByRole('button', { name: 'Skriftlig melding til skoleledelsen', exact: true });
    await tabTo(teacher, toLeadership);
    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.keyboard.press('Enter')]);
    expect((await pdfText(new Uint8Array(await readFile(await download.path())))).replace(/\s+/g, ' ')).toContain(
      'Skriftlig melding til skoleledelsen',
    );
    await expect
      .poll(() => notice.innerText())
      .toContain('Meldingen er lastet ned, lagt i mottakernes innboks og logget i saken.');
    const notices = section(teacher, 'Skriftlige meldinger');
    await expect.poll(() => notices.innerText()).toContain('Sendt til innboksen');
    expect(await notices.innerText()).toContain('ikke lest ennå');
    await expectNoAxeViolations(teacher, 'saken etter skriftlig melding');

    // 3. The school leader: the header counts it, the inbox names Amir, the PDF is the notice.
    const leader = await j.contexts.leader.newPage();
    await logIn(leader, 'rektor');
    await expectNoAxeViolations(leader, 'rektors forside med ulest melding');
    await openInbox(leader, 1);
    const item = leader.locator('.inbox-list li').filter({ hasText: 'Skriftlig melding om bekymringsfullt fravær' });
    await expect.poll(() => item.innerText()).toContain('Gjelder Amir Haugen, 9A, Nærvik ungdomsskole.');
    expect(await item.innerText()).toContain('nivå 1');
    await expectNoAxeViolations(leader, 'rektors innboks');
    await tabTo(leader, item.getByRole('button', { name: 'Åpne meldingen (PDF)' }));
    const [pdf] = await Promise.all([leader.waitForEvent('download'), leader.keyboard.press('Enter')]);
    const pdfWords = (await pdfText(new Uint8Array(await readFile(await pdf.path())))).replace(/\s+/g, ' ');
    expect(pdfWords).toContain('Skriftlig melding til skoleledelsen');
    expect(pdfWords).toContain('Amir Haugen');
    await expect
      .poll(() => leader.locator('.page-notice, [aria-live]').first().innerText())
      .toContain('Meldingen er lastet ned og merket som lest.');
    await expect.poll(() => item.innerText()).not.toContain('Ulest');
    await expectNoAxeViolations(leader, 'rektors innboks etter lest melding');
    // The receipt in the case: read by the leader.
    await teacher.reload();
    await expect.poll(() => section(teacher, 'Skriftlige meldinger').innerText()).toMatch(/lest 24\.11\.2026/);

    // 4. The teacher records consent for helsestasjon.
    const consents = section(teacher, 'Samtykke');
    await tabTo(teacher, teacher.getByRole('button', { name: 'Registrer samtykke' }));
    await teacher.keyboard.press('Enter');
    const granted = teacher.getByRole('radio', { name: 'Jeg/vi samtykker til utveksling av opplysninger' });
    await expect.poll(() => hasFocus(granted)).toBe(true);
    await teacher.keyboard.press('Space');
    const servicesBox = teacher.getByRole('group', { name: 'Tjenester det samtykkes til' });
    await tabTo(teacher, servicesBox.getByRole('checkbox', { name: 'Forebyggende helsetjenester (helsestasjon)' }));
    await teacher.keyboard.press('Space');
    const firstGuardian = teacher
      .getByRole('group', { name: 'Foresatte som har tatt stilling' })
      .getByRole('checkbox')
      .first();
    await tabTo(teacher, firstGuardian);
    if (!(await firstGuardian.isChecked())) await teacher.keyboard.press('Space');
    await tabTo(teacher, teacher.getByRole('textbox', { name: 'Informasjon familien har fått om tjenestene' }));
    await teacher.keyboard.type('Om helsestasjonen, muntlig i møte med mor.');
    await tabTo(teacher, teacher.getByRole('textbox', { name: 'Hva samtykket gjelder (omfang)' }));
    await teacher.keyboard.type('Fravær og trivsel.');
    await tabTo(teacher, teacher.getByRole('button', { name: 'Lagre samtykket' }));
    await teacher.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Samtykket er registrert.');
    await expect.poll(() => consents.locator('li[data-consent-id]').first().innerText()).toContain('Gyldig');

    // 5. The helsesykepleier's inbox shows the shared case, with the way to it.
    const nurse = await j.contexts.nurse.newPage();
    await logIn(nurse, 'helsesykepleier');
    await openInbox(nurse, 1);
    const shared = nurse.locator('.inbox-list li').filter({ hasText: 'En sak er delt med deg etter samtykke' });
    await expect.poll(() => shared.innerText()).toContain('Gjelder Amir Haugen, 9A, Nærvik ungdomsskole.');
    await expectNoAxeViolations(nurse, 'helsesykepleierens innboks');
    await tabTo(nurse, shared.getByRole('link', { name: 'Gå til saken om Amir Haugen' }));
    await nurse.keyboard.press('Enter');
    await nurse.waitForURL(/\/sak\/[^/]+$/);
    await nurse.getByRole('heading', { level: 1, name: 'Sak for Amir Haugen' }).waitFor();

    // 6. One e-mail each reached the SMTP server (the worker runs every 5 s), and none names Amir.
    const to = (address: string) => smtp.arrived.filter((m) => m.to.includes(address));
    await expect.poll(() => to('rektor@9901.kommune.example').length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => to('helsesykepleier@9901.kommune.example').length, { timeout: 30_000 }).toBe(1);
    for (const mail of smtp.arrived) {
      expect(mail.raw).not.toMatch(/Amir|Haugen/);
      expect(mail.raw).toContain('/innboks');
      expect(mail.messageId).toMatch(/@naervaer\.invalid>$/);
    }
  });
});
