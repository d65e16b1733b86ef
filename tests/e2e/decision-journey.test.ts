// Issue 22's acceptance journey (items 1–2, decisions 213–219), on the real server with the demo municipality,
// keyboard first and axe on every screen: the school leader (rektor) sends a forhåndsvarsel for a reduced
// timetable on Henrik Fjell's case, records the guardians' reply and Henrik's views, tries «Fatt vedtak» too early
// (refused, each missing part named at its field), makes the decision with PPT's sakkyndig vurdering attached,
// prints the decision letter (read back: the legal basis, the reasons, the appeal instructions), sends it to the
// family, whose guardian opens it on the child page (the receipt: the appeal deadline runs from it), registers
// the appeal, upholds it and sends it on to the Statsforvalteren; the board («Sakstavle») shows the deadlines.
// Screenshots at 1366 × 900 and 390 × 844 go to /tmp/i22-web-shots (looked at by hand, not kept in the repo).
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { pdfText } from '../support/pdf-text';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { e2eGate, expectNoAxeViolations, logInWithKeyboard, section, tabTo, useJourney, demoApi } from './browser';
import { fillHeard } from './heard';

const unavailable = e2eGate();
const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);
const AT = '2026-11-24T09:05:00+01:00';
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const SHOTS = '/tmp/i22-web-shots';

describe.skipIf(unavailable !== null)('browser journey: vedtak om redusert timeplan, med klage', () => {
  const j = useJourney({
    now: '2026-11-24',
    context: false,
    contexts: {
      leader: { at: AT, acceptDownloads: true, viewport: DESKTOP },
      guardian: { at: AT, acceptDownloads: true, viewport: DESKTOP },
      phone: { at: AT, viewport: PHONE },
    },
  });
  const logIn = (page: Page, who: string) =>
    logInWithKeyboard(page, j.base, who, DEMO_PASSWORD, { waitForRoles: true });

  const as = (username: string) => demoApi(j.server, username);
  let caseId = '';
  let henrikId = '';

  async function pdfOf(page: Page, button: Locator): Promise<string> {
    await tabTo(page, button);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    return (await pdfText(new Uint8Array(await readFile(await download.path())))).replace(/\s+/g, ' ');
  }

  it('the leader takes a reduced timetable from forhåndsvarsel to the Statsforvalteren, and the board shows the deadlines', async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Set-up as a user would have it: Henrik's case, opened by his contact teacher, with PPT's sakkyndig vurdering.
    const guardianApi = await as('foresatt');
    const henrik = (await guardianApi('GET', '/api/my-children')).children.find(
      (c: { firstName: string }) => c.firstName === 'Henrik',
    );
    const teacherApi = await as('kontaktlaerer');
    const { id: openedCase } = await teacherApi('POST', '/api/cases', {
      pupilId: henrik.id,
      from: 'undring',
      reason: 'Borte mange mandager i høst.',
    });
    caseId = openedCase;
    henrikId = henrik.id;
    await teacherApi('POST', `/api/cases/${caseId}/assessments`, {
      kind: 'sakkyndig-vurdering',
      issuedOn: '2026-11-16',
      issuedBy: 'PPT Nærvik',
      recommendations: 'Redusert timeplan i seks uker: tre dager i uka, så gradvis opptrapping.',
      validUntil: null,
    });

    // 1. The leader opens the case and starts a decision of the first kind, a reduced timetable.
    const leader = await j.contexts.leader.newPage();
    await logIn(leader, 'rektor');
    await leader.goto(`${j.base}/sak/${caseId}`);
    await leader.getByRole('heading', { level: 1, name: /Henrik Fjell/ }).waitFor();
    const menu = leader.getByRole('navigation', { name: 'Deler av saken' });
    await tabTo(leader, menu.getByRole('link', { name: 'Vedtak' }));
    await leader.keyboard.press('Enter');
    const decisions = section(leader, 'Vedtak');
    await decisions.getByText('Saken har ingen vedtak.').waitFor();
    const notice = leader.locator('.page-notice');
    await tabTo(leader, decisions.getByRole('button', { name: 'Nytt vedtak' }));
    await leader.keyboard.press('Enter');
    const kind = decisions.getByRole('combobox', { name: 'Hva gjelder vedtaket?' });
    await expect.poll(() => hasFocus(kind)).toBe(true);
    expect(await kind.inputValue()).toBe('redusert-timeplan');
    await tabTo(leader, decisions.getByRole('button', { name: 'Lag utkast' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Utkastet til vedtak om Redusert timeplan');
    const facts = decisions.getByRole('textbox', { name: 'Fakta i saken' });
    await facts.waitFor();
    await expectNoAxeViolations(leader, 'utkast til vedtak');

    // 2. The facts and what is proposed, then the forhåndsvarsel with a reply deadline; the board shows it.
    await tabTo(leader, facts);
    await leader.keyboard.type(
      'Henrik har vært borte 14 av 40 skoledager siden skolestart, mest mandager og gymtimer.',
    );
    await tabTo(leader, decisions.getByRole('textbox', { name: 'Dette er vedtatt' }));
    await leader.keyboard.type('Henrik har undervisning tirsdag, onsdag og torsdag kl. 08.30–12.00 i seks uker.');
    await decisions.getByRole('textbox', { name: 'Fra og med' }).fill('2026-12-07');
    await decisions.getByRole('textbox', { name: 'Til og med' }).fill('2027-01-22');
    await tabTo(leader, decisions.getByRole('button', { name: 'Lagre utkastet' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Utkastet er lagret.');
    await tabTo(leader, decisions.getByRole('button', { name: 'Send forhåndsvarsel' }));
    await leader.keyboard.press('Enter');
    const replyBy = decisions.getByRole('textbox', { name: 'Svarfrist for foresatte' });
    await expect.poll(() => hasFocus(replyBy)).toBe(true);
    await replyBy.fill('2026-12-01');
    await tabTo(leader, decisions.getByRole('button', { name: 'Send varselet' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Forhåndsvarselet er sendt til foresatte.');
    await expect.poll(() => decisions.innerText()).toContain('Forhåndsvarsel sendt 24.11.2026, svarfrist 01.12.2026.');
    expect(await decisions.innerText()).toContain('Svarfrist for foresatte 01.12.2026');
    await leader.screenshot({ path: `${SHOTS}/1-forhandsvarsel-1366.png`, fullPage: true });

    // The board now shows the guardians' reply deadline; back to the case from its link.
    await tabTo(leader, leader.getByRole('link', { name: 'Sakstavle', exact: true }));
    await leader.keyboard.press('Enter');
    await leader.waitForURL(/\/saker$/);
    const replyDue = section(leader, 'Frister i vedtak');
    const toCase = replyDue.getByRole('link', { name: 'Henrik Fjell (9A)' });
    await toCase.waitFor();
    expect(await replyDue.innerText()).toContain('Svarfrist for foresatte 01.12.2026');
    await tabTo(leader, toCase);
    await leader.keyboard.press('Enter');
    await leader.waitForURL(/\/sak\/[^/]+#vedtak$/);
    await tabTo(leader, decisions.getByRole('button', { name: /^Åpne vedtaket/ }));
    await leader.keyboard.press('Enter');

    // 3. The guardians' reply.
    await tabTo(leader, decisions.getByRole('button', { name: 'Registrer svar fra foresatte' }));
    await leader.keyboard.press('Enter');
    await tabTo(leader, decisions.getByRole('textbox', { name: 'Hva svarte foresatte?' }));
    await leader.keyboard.type('Mor er enig i en redusert timeplan, men vil at Henrik skal ha matematikk hver uke.');
    await tabTo(leader, decisions.getByRole('button', { name: 'Lagre svaret' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Svaret fra foresatte er registrert.');
    await expect.poll(() => decisions.innerText()).toContain('Svar fra foresatte 24.11.2026: Mor er enig');

    // 4. «Fatt vedtak» too early: refused, the first missing part has the keyboard, each named at its field (the
    // kind's own paragraph of the law comes chosen).
    await tabTo(leader, decisions.getByRole('button', { name: 'Fatt vedtak' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => decisions.innerText()).toContain('Vedtaket kan ikke fattes ennå');
    const assessment = decisions.getByRole('combobox', { name: 'Sakkyndig vurdering vedtaket bygger på' });
    await expect.poll(() => hasFocus(assessment)).toBe(true);
    expect(await decisions.innerText()).toContain('Vedtaket krever en sakkyndig vurdering fra PPT');
    await expectNoAxeViolations(leader, 'vedtak som ikke kan fattes ennå');

    // 5. PPT's sakkyndig vurdering, the consent, Henrik's views, the reasons, one more legal basis: then it is made.
    await assessment.selectOption({ label: 'Sakkyndig vurdering (PPT) fra PPT Nærvik, 16.11.2026' });
    await decisions.getByRole('textbox', { name: 'Samtykket er datert' }).fill('2026-11-24');
    await tabTo(leader, decisions.getByRole('textbox', { name: 'Hvem av foresatte samtykket' }));
    await leader.keyboard.type('Mor, Kari Fjell');
    await fillHeard(leader, {
      obtained: true,
      how: 'Samtale med eleven',
      views: 'Henrik vil prøve tre dager i uka og ha en fast voksen å gå til.',
      bestInterest: 'Å komme på skolen noen dager med trygghet er bedre for Henrik enn å bli borte helt.',
    });
    await tabTo(leader, decisions.getByRole('textbox', { name: 'Hvordan elevens syn er vektlagt' }));
    await leader.keyboard.type('Henriks ønske om tre dager er fulgt, og han har fått velge kontaktperson.');
    await tabTo(leader, decisions.getByRole('textbox', { name: 'Begrunnelse' }));
    await leader.keyboard.type(
      'PPT anbefaler redusert timeplan i en avgrenset periode for å få Henrik tilbake på skolen.',
    );
    const article12 = decisions.getByRole('checkbox', { name: /^FNs barnekonvensjon artikkel 12/ });
    await tabTo(leader, article12);
    await leader.keyboard.press('Space');
    expect(await article12.isChecked()).toBe(true);
    expect(await decisions.getByRole('checkbox', { name: /^opplæringslova § 2-2 – Fritak/ }).isChecked()).toBe(true);
    await tabTo(leader, decisions.getByRole('button', { name: 'Fatt vedtak' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Vedtaket er fattet.');
    await expect.poll(() => decisions.innerText()).toContain('Vedtatt 24.11.2026');
    await expectNoAxeViolations(leader, 'vedtaket er fattet');

    // 6. The decision letter, read back: the legal basis, the reasons, the appeal instructions.
    const letter = await pdfOf(leader, decisions.getByRole('button', { name: 'Skriv ut vedtaksbrevet (PDF)' }));
    for (const expected of [
      'Henrik Fjell',
      'Lovgrunnlag',
      'opplæringslova § 2-2',
      'Begrunnelse',
      'PPT anbefaler redusert timeplan i en avgrenset periode',
      'Henrik vil prøve tre dager i uka',
      'PPT Nærvik',
      'Du kan klage',
      'tre uker',
      'Statsforvalteren',
      'forvaltningsloven § 18',
    ])
      expect(letter, expected).toContain(expected);

    // 7. Sent to the family in Nærvær; the guardian opens it on the child page, which is the receipt.
    await tabTo(leader, decisions.getByRole('button', { name: 'Send vedtaket til familien' }));
    await leader.keyboard.press('Enter');
    await tabTo(leader, decisions.getByRole('button', { name: 'Send', exact: true }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Vedtaket er sendt til familien.');
    await expect.poll(() => decisions.innerText()).toContain('Familien har ikke åpnet vedtaket ennå.');

    const guardian = await j.contexts.guardian.newPage();
    await logIn(guardian, 'foresatt');
    await guardian.goto(`${j.base}/barn/${henrik.id}`);
    const sent = section(guardian, 'Vedtak');
    await sent.getByRole('heading', { name: /^Vedtak: Redusert timeplan/ }).waitFor();
    expect(await sent.innerText()).toContain('Forhåndsvarsel: Redusert timeplan');
    await expectNoAxeViolations(guardian, 'foresattes side med vedtak');
    const opened = await pdfOf(guardian, sent.getByRole('link', { name: /^Les vedtaket \(PDF\)/ }));
    expect(opened).toContain('Du kan klage');

    await leader.reload();
    const again = section(leader, 'Vedtak');
    await tabTo(leader, again.getByRole('button', { name: /^Åpne vedtaket/ }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => again.innerText()).toContain('Familien åpnet vedtaket 24.11.2026.');
    expect(await again.innerText()).toContain('Klagefristen er 15.12.2026');

    // 8. The appeal, the school upholds the decision and sends the appeal on.
    await tabTo(leader, again.getByRole('button', { name: 'Registrer klage' }));
    await leader.keyboard.press('Enter');
    await tabTo(leader, again.getByRole('textbox', { name: 'Hva klagen gjelder' }));
    await leader.keyboard.type('Far mener Henrik bør ha fire dager i uka, med kroppsøving.');
    await tabTo(leader, again.getByRole('button', { name: 'Lagre klagen' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Klagen er registrert.');
    await tabTo(leader, again.getByRole('button', { name: 'Vurder klagen' }));
    await leader.keyboard.press('Enter');
    expect(await again.getByRole('combobox', { name: 'Skolens vurdering' }).inputValue()).toBe('upheld');
    await tabTo(leader, again.getByRole('textbox', { name: 'Begrunnelse for vurderingen' }));
    await leader.keyboard.type('PPT anbefaler tre dager de første seks ukene; kroppsøving kommer med i opptrappingen.');
    await tabTo(leader, again.getByRole('button', { name: 'Lagre vurderingen' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Skolens vurdering av klagen er lagret.');
    await tabTo(leader, again.getByRole('button', { name: 'Send til Statsforvalteren' }));
    await leader.keyboard.press('Enter');
    await tabTo(leader, again.getByRole('button', { name: 'Send klagen' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Klagen er sendt til Statsforvalteren.');
    await expect.poll(() => again.innerText()).toContain('Sendt til Statsforvalteren 24.11.2026');
    await expectNoAxeViolations(leader, 'klagen er sendt til Statsforvalteren');
    await leader.screenshot({ path: `${SHOTS}/2-klage-sendt-1366.png`, fullPage: true });

    // 9. The board: the appeal waits with the Statsforvalteren.
    await tabTo(leader, leader.getByRole('link', { name: 'Sakstavle', exact: true }));
    await leader.keyboard.press('Enter');
    await leader.waitForURL(/\/saker$/);
    const board = section(leader, 'Frister i vedtak');
    await board.getByRole('link', { name: 'Henrik Fjell (9A)' }).waitFor();
    // The day it was sent on, from the server (decision 229); no waiting yet on the same day.
    expect(await board.innerText()).toContain('Sendt til Statsforvalteren 24.11.2026');
    await expectNoAxeViolations(leader, 'sakstavlen med vedtaksfrister');
    await leader.screenshot({ path: `${SHOTS}/3-sakstavle-1366.png`, fullPage: true });

    // 10. The same on a phone.
    const phone = await j.contexts.phone.newPage();
    await logIn(phone, 'rektor');
    await phone.goto(`${j.base}/sak/${caseId}#vedtak`);
    const small = section(phone, 'Vedtak');
    await tabTo(phone, small.getByRole('button', { name: /^Åpne vedtaket/ }));
    await phone.keyboard.press('Enter');
    await expect.poll(() => small.innerText()).toContain('Sendt til Statsforvalteren 24.11.2026');
    await expectNoAxeViolations(phone, 'vedtaket på mobil');
    await small.screenshot({ path: `${SHOTS}/4-vedtak-390.png` });
    await phone.goto(`${j.base}/saker`);
    await section(phone, 'Frister i vedtak').getByRole('link', { name: 'Henrik Fjell (9A)' }).waitFor();
    await phone.screenshot({ path: `${SHOTS}/5-sakstavle-390.png`, fullPage: true });
  }, 600_000); // 2–6 minutes on the shared machine: twelve steps, two PDFs read back, three people

  it('the school changes a decision on appeal: a new decision with its own letter, sent and receipted like the first (decision 230)', async () => {
    expect(caseId, 'the first journey opened Henrik’s case').not.toBe('');
    // Set-up through the API as the leader would have done it: a second reduced timetable, decided, delivered in
    // Nærvær and appealed.
    const rektorApi = await as('rektor');
    const { assessment } = await rektorApi('POST', `/api/cases/${caseId}/assessments`, {
      kind: 'sakkyndig-vurdering',
      issuedOn: '2026-11-16',
      issuedBy: 'PPT Nærvik',
      recommendations: 'Kortere dager i en periode.',
      validUntil: null,
    });
    const base = `/api/cases/${caseId}/decisions`;
    let { decision } = await rektorApi('POST', base, { kind: 'redusert-timeplan' });
    const id = decision.id;
    const put = async (body: Record<string, unknown>) =>
      ({ decision } = await rektorApi('PUT', `${base}/${id}`, { version: decision.version, ...body }));
    const step = async (body: Record<string, unknown>) =>
      ({ decision } = await rektorApi('POST', `${base}/${id}/steps`, { version: decision.version, ...body }));
    await put({
      facts: 'Henrik er sliten etter lange dager og har vært borte mange ettermiddager.',
      decision: 'Henrik har undervisning kl. 08.30–12.00 mandag til fredag.',
      from: '2027-01-25',
      to: '2027-03-05',
      assessmentId: assessment.id,
      guardianConsent: { on: '2026-11-20', by: 'Foresatt Fjell' },
      reasons: 'PPT anbefaler kortere dager en periode.',
      heard: {
        pupilViews: { obtained: true, how: 'samtale', views: 'Henrik vil gjerne være med til lunsj.' },
        bestInterest: 'Det er best for Henrik å komme hver dag, også om dagene blir kortere.',
      },
      weighed: 'Henriks ønske om å være med til lunsj er vurdert, men dagene er satt etter PPTs anbefaling.',
    });
    await step({ step: 'notice', replyBy: '2026-12-01' });
    await step({ step: 'reply', on: '2026-11-24', text: 'Foresatte vil at Henrik er med til lunsj.' });
    await step({ step: 'decide' });
    await step({ step: 'deliver', channel: 'naervaer' });
    await step({
      step: 'appeal',
      receivedOn: '2026-11-24',
      text: 'Foresatte ber om at Henrik får være til kl. 12.30.',
    });

    // 1. The leader reassesses the appeal and changes the decision: what is now decided is asked for.
    // The contexts keep the first journey's sessions: the leader and the guardian are logged in.
    const leader = await j.contexts.leader.newPage();
    await leader.goto(`${j.base}/sak/${caseId}#vedtak`);
    const decisions = section(leader, 'Vedtak');
    const notice = leader.locator('.page-notice');
    const item = decisions.locator(`li[data-decision-id="${id}"]`);
    await tabTo(leader, item.getByRole('button', { name: /^Åpne vedtaket/ }));
    await leader.keyboard.press('Enter');
    await tabTo(leader, item.getByRole('button', { name: 'Vurder klagen' }));
    await leader.keyboard.press('Enter');
    await item.getByRole('combobox', { name: 'Skolens vurdering' }).selectOption('changed');
    const now = item.getByRole('textbox', { name: 'Hva er nå vedtatt' });
    await now.waitFor();
    expect(await now.inputValue()).toBe('Henrik har undervisning kl. 08.30–12.00 mandag til fredag.');
    await now.fill('Henrik har undervisning kl. 08.30–12.30 mandag til fredag, med lunsj.');
    await tabTo(leader, item.getByRole('textbox', { name: 'Begrunnelse for vurderingen' }));
    await leader.keyboard.type('Lunsjen er viktig for Henrik, og PPT støtter en halvtime lenger.');
    await expectNoAxeViolations(leader, 'vurdering av klagen med endret vedtak');
    await tabTo(leader, item.getByRole('button', { name: 'Lagre vurderingen' }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Skolens vurdering av klagen er lagret.');

    // 2. The new decision is in the list; opened, it says what it is and prints its own letter.
    await leader.reload();
    const after = section(leader, 'Vedtak');
    const changed = after.locator('li', { hasText: 'Nytt vedtak etter klage' });
    await changed.getByRole('heading', { name: /Nytt vedtak etter klage/ }).waitFor();
    await tabTo(leader, changed.getByRole('button', { name: /^Åpne vedtaket/ }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => changed.innerText()).toContain('Skolen endret vedtaket etter klage');
    const letter = await pdfOf(leader, changed.getByRole('button', { name: 'Skriv ut det nye vedtaksbrevet (PDF)' }));
    for (const expected of ['Nytt vedtak etter klage', 'kl. 08.30–12.30', 'Hvorfor vedtaket er endret', 'Du kan klage'])
      expect(letter, expected).toContain(expected);

    // 3. Sent to the family like the first; the guardian sees it as the new decision and opens it: the receipt.
    await tabTo(leader, changed.getByRole('button', { name: 'Send vedtaket til familien' }));
    await leader.keyboard.press('Enter');
    await tabTo(leader, changed.getByRole('button', { name: 'Send', exact: true }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => notice.innerText()).toContain('Vedtaket er sendt til familien.');
    await expect.poll(() => changed.innerText()).toContain('Familien har ikke åpnet vedtaket ennå.');
    await expectNoAxeViolations(leader, 'nytt vedtak etter klage sendt');
    await leader.screenshot({ path: `${SHOTS}/6-nytt-vedtak-1366.png`, fullPage: true });
    const guardian = await j.contexts.guardian.newPage();
    await guardian.goto(`${j.base}/barn/${henrikId}`);
    const sent = section(guardian, 'Vedtak');
    const newLetter = sent.locator('li', { hasText: 'Nytt vedtak etter klage' });
    await newLetter.getByRole('heading', { name: /^Nytt vedtak etter klage: Redusert timeplan/ }).waitFor();
    const opened = await pdfOf(guardian, newLetter.getByRole('link', { name: /^Les vedtaket \(PDF\)/ }));
    expect(opened).toContain('Nytt vedtak etter klage');
    await leader.reload();
    const last = section(leader, 'Vedtak').locator('li', { hasText: 'Nytt vedtak etter klage' });
    await tabTo(leader, last.getByRole('button', { name: /^Åpne vedtaket/ }));
    await leader.keyboard.press('Enter');
    await expect.poll(() => last.innerText()).toContain('Familien åpnet vedtaket 24.11.2026.');
    expect(await last.innerText()).toContain('Klagefristen er 15.12.2026');
  }, 600_000);
});
