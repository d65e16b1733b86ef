// A language a test brings with it (decision 177): the right-to-left smoke test
// (tests/e2e/pseudo-locale-journey.test.ts) puts a pseudo-locale on `window.naervaerTestLanguage` before the
// app's first script runs, and the app then shows every screen in it, whatever the session's language. It is
// not a way in: only a script already running in the page can set it, and such a script can change the page
// anyway; the server knows nothing of it.

/** A language given by a test: its BCP 47 code (ar-XB, say) and its whole `translation` tree. */
export type TestLanguage = { code: string; texts: Record<string, unknown> };

/** The test language the page was given, or null (always, outside the smoke test). */
export function testLanguage(): TestLanguage | null {
  const given = (globalThis as { naervaerTestLanguage?: unknown }).naervaerTestLanguage;
  if (typeof given !== 'object' || given === null) return null;
  const { code, texts } = given as Partial<TestLanguage>;
  if (typeof code !== 'string' || typeof texts !== 'object' || texts === null) return null;
  return { code, texts };
}
