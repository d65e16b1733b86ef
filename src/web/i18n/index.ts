import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nb from './nb';

// Bokmål is the only language today. Nynorsk ('nn') and English ('en') are added by dropping
// an nn/ or en/ folder beside nb/ (the same files), listing them here and letting the user choose; the keys
// are shared, so a missing key falls back to bokmål.
export const defaultNS = 'translation';
export const resources = { nb: { translation: nb } } as const;
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
});

// Keep <html lang> in step with the language so screen readers pronounce the text right.
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export default i18n;
