// The municipal content in nynorsk (issue 20 item 3, decision 179). Beside a content file `X.json` lies
// `X.nn.json`: `{ language: "nn", translationOf: "X.json", note, texts: { <bokmål text>: <nynorsk> } }`,
// keyed by the exact bokmål string, so a changed bokmål text shows up as a missing translation and a
// removed one as a stale entry. The bokmål stays the source's text; the nynorsk is a translation, marked
// as such by the file's note. Which strings are texts is decided here, once, by `contentTexts`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Language, Malform } from '../../domain/language/language';
import { readJson } from './content-file';

/** The content folders (content/<kind>/), each a kind of municipal content. */
export const CONTENT_KINDS = [
  'decisions',
  'forms',
  'ladders',
  'measures',
  'minutes',
  'profiles',
  'retention',
  'settings',
  'transitions',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The languages content is translated into, beside the bokmål source. */
export const TRANSLATED_LANGUAGES = ['nn'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/**
 * Keys whose values are never translated, in every kind: identifiers, codes and citations of the source
 * (a citation names or quotes the source document in its own words and stays verbatim).
 */
const EXCLUDED_KEYS = new Set([
  'id', // an identifier
  'document', // the source document's code (measures)
  'section', // the source's section, cited as the source numbers and names it (measures)
  'place', // where in the source (measures: «skole», «hjem»)
  'kind', // a code (forms' rows, profiles' rules)
  'type', // a code (question, column, rule and action types)
  'unit', // a unit code
  'source', // the citation of the source document
  'sourceText', // the source's verbatim words
]);

/** Keys excluded per kind, beside EXCLUDED_KEYS. */
const EXCLUDED_BY_KIND: Record<ContentKind, readonly string[]> = {
  decisions: [
    'key', // a legal basis key
    'legalBasis', // legal basis keys
    'preconditions', // precondition codes
    'decidedBy', // role codes
  ],
  forms: [
    'audience', // who fills the form: a code (elev, foresatte, skolen)
    'days', // the timetable's weekday codes, part of the row ids («mandag-1»)
  ],
  ladders: [
    'meetingType', // a meeting kind code
    'plan', // a plan kind code
    'form', // a form id
    'partner', // a service code
    'to', // a service or recipient code
    'decidedBy', // role codes
  ],
  measures: [
    'card', // the source's card code
  ],
  minutes: [
    'meetingKinds', // meeting kind codes
  ],
  profiles: [
    'measure', // the rule's measure code (schoolDays, percent …)
    'comparator', // a code
    'groupBy', // a code
    'severity', // a code
    'kinds', // absence kind codes
  ],
  retention: [
    'records', // the kind of records a rule covers: a code
    'services', // service codes
    'kinds', // document kind codes
  ],
  settings: [
    'at', // a time of day
    'until', // a time of day
  ],
  transitions: [
    'responsible', // role codes
  ],
};

const CODE = /^[a-z0-9][a-z0-9_.:/-]*$/;
const LETTER = /\p{L}/u;

function excludedKeys(kind: ContentKind): Set<string> {
  return new Set([...EXCLUDED_KEYS, ...EXCLUDED_BY_KIND[kind]]);
}

/** Whether a string value is a text to translate: it has a letter and is not a code. */
function isText(value: string): boolean {
  return LETTER.test(value) && !CODE.test(value);
}

/**
 * Replaces every text of a content value (a file's JSON, or what the loader made of it) by `map`, and
 * leaves every excluded key's value and every code alone. A string in an array counts under the key of the
 * array. Calls `map` in document order.
 */
function mapTexts<T>(kind: ContentKind, value: T, map: (text: string) => string): T {
  const excluded = excludedKeys(kind);
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return key !== null && excluded.has(key) ? v : isText(v) ? map(v) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, walk(x, null)]));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, k);
      return out;
    }
    return v;
  };
  return walk(value, null) as T;
}

/** The distinct texts of a content file's JSON, in document order: what its `.nn.json` must translate. */
export function contentTexts(kind: ContentKind, json: unknown): string[] {
  const texts = new Set<string>();
  mapTexts(kind, json, (text) => {
    texts.add(text);
    return text;
  });
  return [...texts];
}

/** One file's translation: bokmål text → translated text. */
export type TextTable = ReadonlyMap<string, string>;

/** A content value with every text that has a translation in `table` replaced by it. */
export function translateTexts<T>(kind: ContentKind, value: T, table: TextTable): T {
  return mapTexts(kind, value, (text) => table.get(text) ?? text);
}

/** The name of the translation beside a content file: `X.json` → `X.nn.json`. */
export function translationFileName(fileName: string, language: TranslatedLanguage = 'nn'): string {
  return `${fileName.slice(0, -'.json'.length)}.${language}.json`;
}

/** Whether a file name is a translation (`X.nn.json`), not a content file. */
export function isTranslationFile(fileName: string): boolean {
  return TRANSLATED_LANGUAGES.some((l) => fileName.endsWith(`.${l}.json`));
}

/** The note a translation file carries, saying which file it translates and that it is a translation. */
export function translationNote(fileName: string): string {
  return `Nynorsk omsetjing av bokmålsteksten i ${fileName}. Bokmålsteksten er kjeldeteksten; dette er ei omsetjing.`;
}

export type ParsedTranslation = { ok: true; table: TextTable } | { ok: false; errors: string[] };

function quoted(text: string): string {
  return text.length > 80 ? `«${text.slice(0, 77)}…»` : `«${text}»`;
}

/**
 * Checks a translation file's JSON against the content file it translates: the shape, the language, that
 * it names the right file, and that every entry translates a text the file has (no stale entries).
 * Missing translations are not an error here (see `missingTranslations`): a file being translated loads.
 */
export function parseTranslation(
  data: unknown,
  translationFile: string,
  contentFile: string,
  texts: readonly string[],
): ParsedTranslation {
  const errors: string[] = [];
  const where = (field: string) => `${translationFile}: ${field}`;
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return {
      ok: false,
      errors: [`${translationFile}: må være et JSON-objekt med language, translationOf, note og texts`],
    };
  const d = data as Record<string, unknown>;
  if (d.language !== 'nn') errors.push(`${where('language')}: må være «nn»`);
  if (d.translationOf !== contentFile) errors.push(`${where('translationOf')}: må være «${contentFile}»`);
  if (typeof d.note !== 'string' || d.note.trim() === '')
    errors.push(`${where('note')}: må si at teksten er en oversettelse av ${contentFile}`);
  for (const key of Object.keys(d))
    if (!['language', 'translationOf', 'note', 'texts'].includes(key)) errors.push(`${where(key)}: ukjent felt`);
  const table = new Map<string, string>();
  if (!d.texts || typeof d.texts !== 'object' || Array.isArray(d.texts))
    errors.push(`${where('texts')}: må være et objekt fra bokmålstekst til nynorsk tekst`);
  else {
    const known = new Set(texts);
    for (const [nb, nn] of Object.entries(d.texts as Record<string, unknown>)) {
      if (!known.has(nb))
        errors.push(
          `${where('texts')}: ${quoted(nb)} finnes ikke (lenger) som tekst i ${contentFile}; fjern eller oppdater oversettelsen`,
        );
      else if (typeof nn !== 'string' || nn.trim() === '')
        errors.push(`${where('texts')}: oversettelsen av ${quoted(nb)} må være en tekst som ikke er tom`);
      else table.set(nb, nn);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, table };
}

/** The texts of a content file that its translation lacks, each as a Norwegian line naming file and text. */
export function missingTranslations(translationFile: string, texts: readonly string[], table: TextTable): string[] {
  return texts.filter((t) => !table.has(t)).map((t) => `${translationFile}: mangler nynorsk for ${quoted(t)}`);
}

/** The translations of the content, by kind and content file name. */
export type ContentTranslations = {
  nn: ReadonlyMap<ContentKind, ReadonlyMap<string, TextTable>>;
};

/** Every content file of a kind with its translation table (empty when the file has no `.nn.json`). */
export type TranslationFileReport = {
  kind: ContentKind;
  contentFile: string;
  translationFile: string;
  exists: boolean;
  texts: string[];
  table: TextTable;
};

/**
 * Reads the `.nn.json` beside each content file under `dir` and checks it against its file. Returns the
 * tables and every error (wrong shape, stale entries, unreadable JSON); a missing translation file or
 * text is reported by the test, not here.
 */
export function loadTranslations(
  dir: string,
  contentFiles: ReadonlyMap<ContentKind, readonly string[]>,
): { translations: ContentTranslations; reports: TranslationFileReport[]; errors: string[] } {
  const errors: string[] = [];
  const reports: TranslationFileReport[] = [];
  const nn = new Map<ContentKind, Map<string, TextTable>>();
  for (const [kind, files] of contentFiles) {
    const tables = new Map<string, TextTable>();
    for (const file of files) {
      const source = readJson(join(dir, kind, file), file);
      if (!source.ok) continue; // the content's own loader reports it
      const texts = contentTexts(kind, source.value);
      const translationFile = translationFileName(file);
      const path = join(dir, kind, translationFile);
      const exists = existsSync(path);
      let table: TextTable = new Map();
      if (exists) {
        const read = readJson(path, translationFile);
        if (!read.ok) errors.push(...read.errors);
        else {
          const parsed = parseTranslation(read.value, translationFile, file, texts);
          if (parsed.ok) table = parsed.table;
          else errors.push(...parsed.errors);
        }
      }
      tables.set(file, table);
      reports.push({ kind, contentFile: file, translationFile, exists, texts, table });
    }
    nn.set(kind, tables);
  }
  return { translations: { nn }, reports, errors };
}

/** A content value of one file in a language: nynorsk → translated where a translation exists; else as is. */
export function inLanguage<T>(
  translations: ContentTranslations,
  kind: ContentKind,
  fileName: string,
  value: T,
  language: Language | undefined,
): T {
  if (language !== 'nn') return value;
  const table = translations.nn.get(kind)?.get(fileName);
  return table && table.size > 0 ? translateTexts(kind, value, table) : value;
}

/**
 * The written form municipal content is shown in for a reader: nynorsk for a nynorsk reader; bokmål for a
 * bokmål reader; for an English reader the kommune's målform, since the content is not in English.
 */
export function contentLanguageFor(language: Language | undefined, malform: Malform): Malform {
  if (language === 'nn' || language === 'nb') return language;
  if (language === 'en') return malform;
  return 'nb';
}
