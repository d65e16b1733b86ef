import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, isLanguage, type Language } from '../../domain/language/language';
import { setFormatLanguage } from '../format';
import core from './nb/core';
import { testLanguage } from './test-language';

// Three languages (issue 20, decision 176): bokmål, nynorsk, English, one key set. Bokmål is the source and
// the fallback: its layout, login and register texts are in the first script (./nb/core.ts), the rest come
// with the screens (./nb/rest.ts, decisions 110, 172). Every other language is one folder beside nb/ with the
// same JSON files and an index.ts that merges them (./nn/index.ts), loaded as one chunk before the first
// render in that language and on a change. A key missing in nn or en shows the bokmål text; the
// missing-key test keeps that from happening. Adding a language: docs/i18n/adding-a-language.md.
export const defaultNS = 'translation';
export const resources = { nb: { translation: core } } as const;
export const languages = LANGUAGES;
export type { Language };

/** A language a test brought (./test-language.ts, decision 177): shown instead of any other. Null outside it. */
const test = testLanguage();

/** Each language's folder of texts but bokmål's, one lazily loaded chunk each. */
const folders = import.meta.glob<{ default: Record<string, unknown> }>(['./*/index.ts', '!./nb/index.ts']);

void i18n.use(initReactI18next).init({
  lng: 'nb',
  fallbackLng: 'nb',
  supportedLngs: [...languages, ...(test ? [test.code] : [])],
  defaultNS,
  resources,
  // Resources are bundled, so initialise synchronously: the first render already has its texts.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes.
  returnNull: false,
  // A text that is not loaded shows its key; say so in the console, where the journeys look for it.
  saveMissing: true,
  missingKeyHandler: (_lngs, _ns, key) => console.error(`Mangler tekst: ${key}`),
});

let rest: Promise<void> | undefined;

/**
 * The texts of every screen beyond the layout, the login, the front page and the register (./nb/core.ts),
 * loaded once; the screens' loader waits for it (App.tsx, decision 110). Bokmål's rest is loaded in every
 * language: it is the fallback for a key a translation lacks.
 */
export function loadScreenTexts(): Promise<void> {
  rest ??= import('./nb/rest').then((m) => {
    i18n.addResourceBundle('nb', defaultNS, m.default, true, false);
  });
  return rest;
}

const loaded = new Map<Language, Promise<void>>();

/** A language's texts, loaded once (bokmål's core is always there). */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'nb') return Promise.resolve();
  let done = loaded.get(language);
  if (!done) {
    const load = folders[`./${language}/index.ts`];
    done = load
      ? load().then((m) => {
          i18n.addResourceBundle(language, defaultNS, m.default, true, true);
        })
      : Promise.resolve(); // no folder yet: everything falls back to bokmål
    loaded.set(language, done);
  }
  return done;
}

/** Where the login page keeps the language last shown (the switch's choice, or the last session's). */
export const LANGUAGE_KEY = 'naervaer.language';

/**
 * Shows the app in `language` once its texts are loaded, so the page never flashes bokmål first; remembered
 * for the login page and the next start.
 */
export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage refused (private mode, a full quota): the language still applies to this page.
  }
  const shown = test?.code ?? language;
  if (i18n.language !== shown) await i18n.changeLanguage(shown);
}

/**
 * The language the browser asks for (`navigator.languages`, first match wins): nn, nn-NO → nynorsk;
 * nb, no, nb-NO, no-NO → bokmål; en, en-GB, en-US … → English; any other language of LANGUAGES by its
 * primary subtag; nothing known → bokmål.
 */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    const language = primary === 'no' ? 'nb' : primary;
    if (isLanguage(language)) return language;
  }
  return 'nb';
}

/** The language before anyone has logged in: a link's `?lang=nn`, the one last shown here, else the browser's. */
export function startLanguage(): Language {
  const asked = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
  if (isLanguage(asked)) return asked;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // No storage: follow the browser.
  }
  if (isLanguage(stored)) return stored;
  return browserLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** Languages written right to left, for engines whose Intl.Locale cannot say (Firefox before 2025). */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

type TextInfo = { direction?: 'ltr' | 'rtl' };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** 'rtl' for a language written right to left (Intl.Locale's text info where the engine has it), else 'ltr'. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(language) as LocaleWithTextInfo;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  } catch {
    // Not a well-formed tag: decide by the list.
  }
  return RIGHT_TO_LEFT.has(language.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

// Keep <html lang> and dir in step with the language, so screen readers pronounce the text right and a
// right-to-left language is laid out from the right; dates and numbers follow it too (../format.ts).
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
  setFormatLanguage(lng);
});
// (Not in the unit tests' Node, which imports this module without a document.)
if (typeof document !== 'undefined') document.documentElement.dir = directionOf(i18n.language);

if (test) {
  i18n.addResourceBundle(test.code, defaultNS, test.texts, true, true);
  void i18n.changeLanguage(test.code);
}

export default i18n;
