// Sign-in with OpenID Connect in Chromium (issue 16 item 4, decision 084): real OpenID Providers on
// 127.0.0.1 (tests/support/oidc-provider.ts), one configured like Feide and one like ID-porten, set up for
// the demo kommune. A teacher chooses Feide on the login page, signs in on the provider's own page, comes
// back signed in and sees her class; a guardian does the same through ID-porten and sees only her own
// child. The provider is on another site than Nærvær (127.0.0.1 against localhost), so the way back is a
// cross-site redirect: the session cookie is SameSite=Strict, and the test proves it is set and works there.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticNationalId } from '../../src/domain/people/national-id';
import { nationalIdHash } from '../../src/server/auth/national-id-hash';
import { DEMO_ID_HASH_KEY } from '../../src/server/config';
import { addOidcProviderAsOperator } from '../../src/server/use-cases/save-oidc-provider';
import { naervaerClient, startFeideLike, startIdportenLike, type TestProvider } from '../support/oidc-provider';
import { e2eGate, expectNoAxeViolations, section, tabTo, useJourney } from './browser';

const unavailable = e2eGate();
const SECRET = 'journey-klienthemmelighet-som-bare-finnes-i-testen';
const PID = syntheticNationalId('2004-06-02', 11);

/** From the login page through the provider's own login form and back into Nærvær, with the keyboard. */
async function signInThroughProvider(page: Page, base: string, button: string, login: string) {
  await page.goto(`${base}/logg-inn`);
  const link = page.getByRole('link', { name: button, exact: true });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  // The provider's page (another site): its own form.
  await page.getByRole('heading', { name: 'Testinnlogging' }).waitFor();
  await tabTo(page, page.getByLabel('Brukernavn'));
  await page.keyboard.type(login);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}/`);
  await page.getByText('Dine roller').waitFor();
}

/** The session cookie as the browser holds it, and whether the app still knows the user on a plain reload. */
async function sessionCookie(context: BrowserContext, base: string) {
  return (await context.cookies(base)).find((c) => c.name === 'naervaer_sid');
}

describe.skipIf(unavailable !== null)('browser journey: sign-in with Feide and ID-porten', () => {
  const j = useJourney({
    env: { NAERVAER_OIDC_DEMO_FEIDE: SECRET, NAERVAER_OIDC_DEMO_IDPORTEN: SECRET },
    context: { viewport: { width: 1366, height: 900 } },
    contexts: { guardian: { viewport: { width: 390, height: 844 } } },
  });
  const providers: TestProvider[] = [];
  let teacherClasses: string[] = [];
  let children: string[] = [];
  let otherPupil = '';

  beforeAll(async () => {
    const db = j.server.db.owner;
    const callback = `${j.base}/api/auth/oidc/callback`;
    const feide = await startFeideLike(naervaerClient(callback, SECRET), { kari: 'kontaktlaerer' });
    const idporten = await startIdportenLike(naervaerClient(callback, SECRET), { mor: PID });
    providers.push(feide, idporten);

    const teacher = await db
      .selectFrom('app_user')
      .innerJoin('kommune', 'kommune.id', 'app_user.kommune_id')
      .select(['app_user.id', 'kommune.id as kommuneId', 'kommune.name'])
      .where('username', '=', 'kontaktlaerer')
      .executeTakeFirstOrThrow();
    teacherClasses = (
      await db
        .selectFrom('role_assignment')
        .innerJoin('class', 'class.id', 'role_assignment.class_id')
        .select('class.name')
        .where('user_id', '=', teacher.id)
        .where('role', '=', 'kontaktlaerer')
        .execute()
    ).map((c) => c.name);
    const mother = await db
      .selectFrom('app_user')
      .innerJoin('kommune', 'kommune.id', 'app_user.kommune_id')
      .select(['app_user.id', 'kommune.id as kommuneId', 'kommune.name'])
      .where('username', '=', 'foresatt')
      .executeTakeFirstOrThrow();
    // The demo guardian's national id, as the roster would give it: only its keyed hash is stored.
    await db
      .updateTable('guardian')
      .set({ national_id_hash: nationalIdHash(PID, DEMO_ID_HASH_KEY) })
      .where('user_id', '=', mother.id)
      .execute();
    const mine = await db
      .selectFrom('guardian_pupil')
      .innerJoin('guardian', 'guardian.id', 'guardian_pupil.guardian_id')
      .innerJoin('pupil', 'pupil.id', 'guardian_pupil.pupil_id')
      .select(['pupil.id', 'pupil.first_name', 'pupil.last_name'])
      .where('guardian.user_id', '=', mother.id)
      .execute();
    children = mine.map((p) => `${p.first_name} ${p.last_name}`);
    const other = await db
      .selectFrom('pupil')
      .select(['first_name', 'last_name'])
      .where('kommune_id', '=', mother.kommuneId)
      .where(
        'id',
        'not in',
        mine.map((p) => p.id),
      )
      .executeTakeFirstOrThrow();
    otherPupil = `${other.first_name} ${other.last_name}`;

    const now = j.clock.now();
    await addOidcProviderAsOperator(
      j.server.db,
      { id: teacher.kommuneId, name: teacher.name },
      {
        slug: 'demo-feide',
        name: 'Feide',
        kind: 'feide',
        issuer: feide.issuer,
        clientId: 'naervaer',
        secretRef: 'NAERVAER_OIDC_DEMO_FEIDE',
        strongAmr: ['mfa'],
      },
      now,
    );
    await addOidcProviderAsOperator(
      j.server.db,
      { id: mother.kommuneId, name: mother.name },
      {
        slug: 'demo-idporten',
        name: 'ID-porten',
        kind: 'idporten',
        issuer: idporten.issuer,
        clientId: 'naervaer',
        secretRef: 'NAERVAER_OIDC_DEMO_IDPORTEN',
      },
      now,
    );
    return async () => {
      for (const p of providers) await p.close();
    };
  });

  it('a teacher signs in with Feide and sees her class; the Strict session cookie works after the way back', async () => {
    expect(teacherClasses.length).toBeGreaterThan(0);
    const page = await j.context.newPage();
    await page.goto(`${j.base}/logg-inn`);
    await page.getByRole('link', { name: 'Feide', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'innloggingssiden med tjenestene');
    await signInThroughProvider(page, j.base, 'Feide', 'kari');
    const classes = section(page, 'Mine klasser');
    for (const name of teacherClasses) await classes.getByText(name, { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'forsiden etter Feide');

    const cookie = await sessionCookie(j.context, j.base);
    expect(cookie).toMatchObject({ sameSite: 'Strict', httpOnly: true });
    // The app's own requests carry it (same-site), and a plain reload and a link still find the session.
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(200);
    await page.reload();
    await page.getByText('Dine roller').waitFor();
    await classes.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(page.url()).toContain('/klasse/');
  }, 90_000);

  it('a guardian signs in with ID-porten and sees only her own child', async () => {
    expect(children.length).toBeGreaterThan(0);
    const page = await j.contexts.guardian.newPage();
    await signInThroughProvider(page, j.base, 'ID-porten', 'mor');
    const mine = section(page, 'Mine barn');
    await mine.getByRole('listitem').first().waitFor();
    const shown = await mine.locator('.child-name').allInnerTexts();
    expect(shown.sort()).toEqual([...children].sort());
    expect(await page.locator('main').innerText()).not.toContain(otherPupil);
    await expectNoAxeViolations(page, 'forsiden etter ID-porten');
    await page.screenshot({ path: '/tmp/naervaer-oidc-foresatt-390x844.png', fullPage: true });
  }, 90_000);
});
