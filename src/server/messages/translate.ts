// The server's messages in the reader's language (issue 20, decision 199). Every message is written in
// bokmål where it arises (an AppError, a domain refusal, a zod check) and translated once, at the edge
// (src/server/app.ts's error handler), by looking the bokmål text up in a catalogue per language: the
// exact text first, then the templates — entries with `{name}` placeholders where the code interpolates
// («Fant ikke eleven {id}.») — whose captured values are put into the translation, each translated too when
// it is itself a message or a fixed word (`WORDS`). Text the catalogue does not know passes through in
// bokmål: never an error. tests/mirrors/server-messages.test.ts keeps the catalogues complete.
import type { Language } from '../../domain/language/language';
import { en, enWords, enZod } from './en';
import { nn, nnWords, nnZod } from './nn';

/** Bokmål text (or template) → its translation, with the same `{placeholders}`. */
export type Catalogue = Readonly<Record<string, string>>;

type Catalogues = { messages: Catalogue; zod: Catalogue; words: Catalogue };

/** Each language but bokmål: our messages, zod's own (its Norwegian locale), and the words put into them. */
const CATALOGUES: Partial<Record<Language, Catalogues>> = {
  nn: { messages: nn, zod: nnZod, words: nnWords },
  en: { messages: en, zod: enZod, words: enWords },
};

/** Our messages and zod's, one lookup per language (ours win where both have a text). */
const merged = new Map<Language, Catalogue>();
const messagesOf = (language: Language, catalogues: Catalogues): Catalogue => {
  let all = merged.get(language);
  if (!all) {
    all = { ...catalogues.zod, ...catalogues.messages };
    merged.set(language, all);
  }
  return all;
};

type Template = { pattern: RegExp; names: string[]; translation: string };

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A catalogue's templates, compiled once: the most literal text first, so the most specific one wins. */
export function compileTemplates(catalogue: Catalogue): Template[] {
  const templates: (Template & { literal: number })[] = [];
  for (const [source, translation] of Object.entries(catalogue)) {
    const names: string[] = [];
    let pattern = '';
    let last = 0;
    for (const m of source.matchAll(PLACEHOLDER)) {
      pattern += `${escape(source.slice(last, m.index))}([\\s\\S]*?)`;
      names.push(m[1]!);
      last = m.index + m[0].length;
    }
    if (names.length === 0) continue;
    pattern += escape(source.slice(last));
    const literal = source.replace(PLACEHOLDER, '').trim().length;
    // A template of placeholders alone would match everything.
    if (literal === 0) continue;
    templates.push({ pattern: new RegExp(`^${pattern}$`), names, translation, literal });
  }
  return templates.sort((a, b) => b.literal - a.literal);
}

const compiled = new Map<Language, Template[]>();
const templatesOf = (language: Language, catalogue: Catalogue): Template[] => {
  let templates = compiled.get(language);
  if (!templates) {
    templates = compileTemplates(catalogue);
    compiled.set(language, templates);
  }
  return templates;
};

const MAX_DEPTH = 4;

/** `text` (a bokmål message) in `language`; unchanged when bokmål, or when the catalogue does not know it. */
export function translateMessage(text: string, language: Language | null | undefined): string {
  if (!language || language === 'nb') return text;
  const catalogue = CATALOGUES[language];
  if (!catalogue) return text;
  try {
    return translate(text, language, messagesOf(language, catalogue), catalogue.words, 0) ?? text;
  } catch {
    return text;
  }
}

function translate(
  text: string,
  language: Language,
  messages: Catalogue,
  words: Catalogue,
  depth: number,
): string | null {
  const exact = messages[text] ?? (depth > 0 ? words[text] : undefined);
  if (exact) return exact;
  if (depth >= MAX_DEPTH || text.length === 0) return null;
  for (const template of templatesOf(language, messages)) {
    const m = template.pattern.exec(text);
    if (!m) continue;
    const values = new Map<string, string>();
    template.names.forEach((name, i) => values.set(name, part(m[i + 1] ?? '', language, messages, words, depth + 1)));
    return template.translation.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole);
  }
  return null;
}

/**
 * A captured value: a message or word of its own, a list of them («a; b», as a 400 joins its fields'
 * messages), or a value kept as it is (a name, a date, a number).
 */
function part(value: string, language: Language, messages: Catalogue, words: Catalogue, depth: number): string {
  const exact = messages[value] ?? words[value];
  if (exact) return exact;
  for (const separator of ['; ', ', ']) {
    if (!value.includes(separator)) continue;
    const parts = value.split(separator);
    const translated = parts.map((p) => translate(p, language, messages, words, depth));
    if (translated.some((t) => t !== null)) return translated.map((t, i) => t ?? parts[i]).join(separator);
  }
  return translate(value, language, messages, words, depth) ?? value;
}

/** A language's catalogues (for the completeness test). */
export function catalogueOf(language: Exclude<Language, 'nb'>): Catalogues {
  const catalogue = CATALOGUES[language];
  if (!catalogue) throw new Error(`Ingen katalog for ${language}`);
  return catalogue;
}

/**
 * An error's `details` in `language`: every text in it translated (field messages, an import's line
 * problems), keeping the names of fields and the codes as they are.
 */
export function translateDetails(value: unknown, language: Language | null | undefined, key?: string): unknown {
  if (!language || language === 'nb') return value;
  if (typeof value === 'string') return key && KEPT.has(key) ? value : translateMessage(value, language);
  if (Array.isArray(value)) return value.map((v) => translateDetails(v, language));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translateDetails(v, language, k)]));
  return value;
}

/** Keys in details whose strings are names for the program, not words for a person. */
const KEPT = new Set(['field', 'code', 'id', 'path', 'kind', 'column', 'value']);
