import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import core from './nb/core';

// Bokmål is the only language today. Nynorsk ('nn') and English ('en') are added by dropping
// an nn/ or en/ folder beside nb/ (the same files), listing them here and letting the user choose; the keys
// are shared, so a missing key falls back to bokmål.
export const defaultNS = 'translation';
export const resources = { nb: { translation: core } } as const;
export const languages = ['nb'] as const;
export type Language = (typeof languages)[number];

void i18n.use(initReactI18next).init({
  lng: 'nb',
  fallbackLng: 'nb',
  supportedLngs: [...languages],
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
 * loaded once; the screens' loader waits for it (App.tsx, decision 110).
 */
export function loadScreenTexts(): Promise<void> {
  rest ??= import('./nb/rest').then((m) => {
    i18n.addResourceBundle('nb', defaultNS, m.default, true, false);
  });
  return rest;
}

// Keep <html lang> in step with the language so screen readers pronounce the text right.
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export default i18n;
