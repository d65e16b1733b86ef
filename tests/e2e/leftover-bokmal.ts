// «No bokmål string left» on a page shown in nynorsk or English (issue 20's acceptance, decision 177). For
// every key whose bokmål text differs from the page language's, the bokmål text's own words — split where
// code fills something in ({{placeholders}}, $t() references, <n> Trans tags) — may not stand in the page's
// text. Only fragments long enough to mean something are looked for (at least 12 characters or three words):
// «Lagre» or «Logg ut» would match by chance. A fragment that the page language's own texts also contain is
// not bokmål left behind (a proper name, «Nærvær», an identical nynorsk phrase); nor is one that stands in a
// text the server sent (a pupil's name, a ladder's task, a rule's title): the server's words are not the nb
// resources', and the municipal content's own language is decision 179's.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const i18nRoot = resolve(__dirname, '../../src/web/i18n');

/** A language's texts, all its files merged into one tree (their top-level keys are disjoint). */
export function resourcesOf(language: string): Record<string, unknown> {
  const dir = join(i18nRoot, language);
  return Object.assign(
    {},
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>),
  ) as Record<string, unknown>;
}

/** Every string of a resource tree by its dotted key (an array's items by their index). */
export function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree === 'string') out.set(prefix, tree);
  else if (tree !== null && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree))
      for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  return out;
}

/** Whitespace (no-break spaces and line breaks too) as one space, trimmed. */
export const normalise = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A text's static parts: split at placeholders, $t() references and tags, each trimmed. */
export function fragments(text: string): string[] {
  return text
    .split(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?(?:\d+|[a-z]+)\s*\/?>/)
    .map((part) => normalise(part).replace(/^[\s,.:;–-]+|[\s,:;–-]+$/g, ''))
    .filter((part) => /\p{L}/u.test(part));
}

/** Long enough that finding it on a page is no coincidence: 12 characters or three words. */
export const meaningful = (fragment: string): boolean => fragment.length >= 12 || fragment.split(' ').length >= 3;

/** A bokmål fragment found: its key, the fragment, and the page's words around it (to find it by). */
export type Leftover = { key: string; fragment: string; around: string };

/**
 * The bokmål fragments that stand in `pageText` although the page is in the language of `translated`: for each
 * key whose nb value differs from the translated one (a key the translation lacks counts as differing).
 */
export function leftoverBokmal(
  nb: Record<string, unknown>,
  translated: Record<string, unknown>,
  pageText: string,
  serverText = '',
): Leftover[] {
  const page = normalise(pageText).toLocaleLowerCase('nb');
  const theirs = flatten(translated);
  const theirText = normalise([...theirs.values(), serverText].join('\n')).toLocaleLowerCase('nb');
  const found: Leftover[] = [];
  for (const [key, value] of flatten(nb)) {
    if (theirs.get(key) === value) continue;
    for (const fragment of fragments(value)) {
      const lower = fragment.toLocaleLowerCase('nb');
      const at = page.indexOf(lower);
      if (meaningful(fragment) && at >= 0 && !theirText.includes(lower))
        found.push({ key, fragment, around: page.slice(Math.max(0, at - 40), at + lower.length + 40) });
    }
  }
  return found;
}

/**
 * What the page says: its visible text, its title, and the names and hints a screen reader reads from
 * attributes (aria-label, aria-description, title, placeholder, alt).
 */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'];
    const said = [...document.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))].flatMap((el) =>
      attributes.map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...said].join('\n');
  });
}

/** Every string in a JSON value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Records the strings of every JSON answer from /api/ the page receives from now on; `text()` has them all. */
export function recordServerTexts(page: Page): { text(): Promise<string> } {
  const strings: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    if (!(response.headers()['content-type'] ?? '').includes('json')) return;
    pending.push(
      response.json().then(
        (body: unknown) => void strings.push(...stringsIn(body)),
        () => undefined, // a body already gone (a navigation away): nothing shown from it
      ),
    );
  });
  return {
    async text() {
      await Promise.all(pending);
      return strings.join('\n');
    },
  };
}

/**
 * The bokmål left on `page` shown in `language`, as «key: fragment» lines (empty when none); `server` is what
 * recordServerTexts recorded for the page.
 */
export async function bokmalLeftOn(
  page: Page,
  language: string,
  server?: { text(): Promise<string> },
): Promise<string[]> {
  const text = await pageText(page);
  const serverText = server ? await server.text() : '';
  return leftoverBokmal(resourcesOf('nb'), resourcesOf(language), text, serverText).map(
    (l) => `${l.key}: «${l.fragment}» i «…${l.around}…»`,
  );
}
