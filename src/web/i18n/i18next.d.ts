import type nb from './nb';

// Typed keys: t('login.title') is checked against the bokmål resource file at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}
