// What the server's message catalogues lack and hold too much of (decision 199): the messages found in the
// source (./server-messages.ts) against src/server/messages/{nn,en}.ts. Read by
// tests/mirrors/server-messages.test.ts and printed by scripts/missing-server-messages.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalogue, catalogueOf } from '../src/server/messages/translate';
import { type FoundMessage, findServerMessages } from './server-messages';

export const TRANSLATED = ['nn', 'en'] as const;
export type Translated = (typeof TRANSLATED)[number];

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
export const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();

export type Report = {
  /** Messages in the source without a translation. */
  missing: FoundMessage[];
  /** Catalogue entries no message in the source matches any more. */
  stale: string[];
  /** Translations whose placeholders are not the bokmål text's. */
  placeholderMismatch: string[];
  /** Entries for zod's own messages that zod's Norwegian locale no longer writes. */
  staleZod: string[];
};

/** One entry per text: the first place it occurs. */
export function uniqueMessages(root: string): FoundMessage[] {
  const seen = new Map<string, FoundMessage>();
  for (const m of findServerMessages(root)) if (!seen.has(m.text)) seen.set(m.text, m);
  return [...seen.values()];
}

export function reportFor(root: string, language: Translated, found = uniqueMessages(root)): Report {
  const { messages, zod } = catalogueOf(language);
  const texts = new Set(found.map((m) => m.text));
  const zodLocale = readFileSync(join(root, 'node_modules/zod/v4/locales/no.js'), 'utf8');
  const mismatch = (catalogue: Catalogue) =>
    Object.entries(catalogue)
      .filter(([source, translation]) => placeholders(source).join() !== placeholders(translation).join())
      .map(([source, translation]) => `«${source}» → «${translation}»`);
  return {
    missing: found.filter((m) => !messages[m.text]?.trim()),
    stale: Object.keys(messages).filter((source) => !texts.has(source)),
    placeholderMismatch: [...mismatch(messages), ...mismatch(zod)],
    staleZod: Object.keys(zod).filter((source) =>
      source
        .split(PLACEHOLDER)
        .filter((_, i) => i % 2 === 0)
        // The locale builds some from parts («Ukjent nøkkel» + «: »): each literal's words, without the joining colon.
        .map((literal) => literal.replace(/^[\s:]+|[\s:]+$/g, ''))
        .some((literal) => literal && !zodLocale.includes(literal)),
    ),
  };
}

/** The missing messages as catalogue lines to paste and fill in, grouped by file. */
export function asCatalogueLines(missing: FoundMessage[]): string {
  const lines: string[] = [];
  let file = '';
  for (const m of missing) {
    if (m.file !== file) lines.push(`  // ${(file = m.file)}`);
    lines.push(`  ${quote(m.text)}: '',`);
  }
  return lines.join('\n');
}

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
