// The languages Nærvær speaks (issue 20, decision 176). Adding one is a resource folder and a line here
// (docs/i18n/adding-a-language.md).

/** The interface and letter languages: bokmål, nynorsk, English. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A municipality's administrative written standard (språklova § 5): bokmål or nynorsk. */
export const MALFORMER = ['nb', 'nn'] as const;
export type Malform = (typeof MALFORMER)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isMalform(value: unknown): value is Malform {
  return typeof value === 'string' && (MALFORMER as readonly string[]).includes(value);
}

/** The language a person reads: their own choice, or else the municipality's written standard. */
export function languageOf(chosen: Language | null | undefined, malform: Malform): Language {
  return chosen ?? malform;
}
