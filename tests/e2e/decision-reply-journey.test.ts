// Issue 22 item 2 (decision 228) on a phone (390 × 844), keyboard only and axe on each screen: the school has sent
// a forhåndsvarsel about leave for Henrik Fjell (set up through the API, as the demo seeds no decision); his
// guardian opens the child page, writes the reply under «Svar på forhåndsvarselet» and sends it with «Send
// svaret»; the page confirms it, with the keyboard on the confirmation, shows the reply as sent with «Endre
// svaret», and the school's decision names who sent it in Nærvær and when. Screenshots go to /tmp/i22-web-shots
// (looked at by hand, not kept in the repo).
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { demoApi, e2eGate, expectNoAxeViolations, logInWithKeyboard, section, tabTo, useJourney } from './browser';

const unavailable = e2eGate();
const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);
const AT = '2026-11-24T18:40:00+01:00';
const PHONE = { width: 390, height: 844 };
const SHOTS = '/tmp/i22-web-shots';

describe.skipIf(unavailable !== null)('browser journey: foresatte svarer på forhåndsvarselet i Nærvær', () => {
  const j = useJourney({ now: '2026-11-24', context: false, contexts: { phone: { at: AT, viewport: PHONE } } });

  it('the guardian sends the reply with the keyboard on a phone, and the school sees who sent it', async () => {
    const guardianApi = await demoApi(j.server, 'foresatt');
    const henrik = (await guardianApi('GET', '/api/my-children')).children.find(
      (c: { firstName: string }) => c.firstName === 'Henrik',
    );
    const teacherApi = await demoApi(j.server, 'kontaktlaerer');
    const { id: caseId } = await teacherApi('POST', '/api/cases', {
      pupilId: henrik.id,
      from: 'undring',
      reason: 'Foresatte spør om permisjon før jul.',
    });
    const { decision: draft } = await teacherApi('POST', `/api/cases/${caseId}/decisions`, { kind: 'permisjon' });
    const { decision: written } = await teacherApi('PUT', `/api/cases/${caseId}/decisions/${draft.id}`, {
      version: draft.version,
      facts: 'Foresatte søker permisjon for Henrik 14.–18. desember for et besøk hos besteforeldre.',
      decision: 'Henrik får permisjon fra skolen 14.–18. desember 2026.',
    });
    const leaderApi = await demoApi(j.server, 'rektor');
    await leaderApi('POST', `/api/cases/${caseId}/decisions/${draft.id}/steps`, {
      version: written.version,
      step: 'notice',
      replyBy: '2026-12-01',
    });

    const phone = await j.contexts.phone.newPage();
    await logInWithKeyboard(phone, j.base, 'foresatt', DEMO_PASSWORD, { waitForRoles: true });
    await phone.goto(`${j.base}/barn/${henrik.id}`);
    const decisions = section(phone, 'Vedtak');
    await decisions.getByRole('heading', { name: /^Forhåndsvarsel: Permisjon/ }).waitFor();
    const reply = decisions.getByRole('textbox', { name: 'Svar på forhåndsvarselet' });
    await reply.waitFor();
    await expectNoAxeViolations(phone, 'forhåndsvarselet med svarskjema på mobil');
    mkdirSync(SHOTS, { recursive: true });
    await decisions.screenshot({ path: `${SHOTS}/6-svar-skjema-390.png` });

    // «Send svaret» without text is refused at the field.
    await tabTo(phone, decisions.getByRole('button', { name: 'Send svaret' }));
    await phone.keyboard.press('Enter');
    await expect.poll(() => hasFocus(reply)).toBe(true);
    expect(await decisions.innerText()).toContain('Skriv svaret før dere sender det.');

    await phone.keyboard.type('Vi er enige, og Henrik tar med seg leksene han får.');
    await tabTo(phone, decisions.getByRole('button', { name: 'Send svaret' }));
    await phone.keyboard.press('Enter');
    const sent = decisions.getByText('Svaret er sendt til skolen.');
    await sent.waitFor();
    // The keyboard is on the confirmation, which stands where the form was.
    const confirmation = decisions.locator('[id^="vedtak-svar-sendt-"]');
    await expect.poll(() => hasFocus(confirmation)).toBe(true);
    const text = await decisions.innerText();
    expect(text).toMatch(/Svaret deres, sendt i Nærvær 24\.11\.2026 av .+:/);
    expect(text).toContain('Vi er enige, og Henrik tar med seg leksene han får.');
    expect(text).toContain('Dere kan endre svaret til skolen har fattet vedtaket.');
    expect(await decisions.getByRole('textbox', { name: 'Svar på forhåndsvarselet' }).count()).toBe(0);
    await decisions.getByRole('button', { name: 'Endre svaret' }).waitFor();
    await expectNoAxeViolations(phone, 'svaret er sendt, på mobil');
    await decisions.screenshot({ path: `${SHOTS}/7-svar-sendt-390.png` });

    const { decision } = await leaderApi('GET', `/api/cases/${caseId}/decisions/${draft.id}`);
    expect(decision.status).toBe('reply-recorded');
    expect(decision.notice.reply).toMatchObject({
      on: '2026-11-24',
      channel: 'naervaer',
      text: 'Vi er enige, og Henrik tar med seg leksene han får.',
    });
  }, 300_000);
});
