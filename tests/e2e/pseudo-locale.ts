// A pseudo-locale for the right-to-left smoke test (issue 20 item 5, decision 177), built at test time from
// the bokmål texts: each value's own words get accented look-alike letters (so a text that did not come
// through the pseudo-locale stands out), are lengthened by about 40 % (German and Finnish run that much
// longer than Norwegian) and wrapped in right-to-left marks; {{placeholders}}, $t() references and <n> Trans
// tags are kept as they are. Its code is ar-XB, the right-to-left pseudo-locale of Chromium and Android,
// so Intl and the app's direction rule take it as right to left.

export const PSEUDO_LANGUAGE = 'ar-XB';

const RLM = '\u200f';
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'aceinousyzACEINOUSYZ'].map((c, i) => [c, [...'áçéîñöúšýžÁÇÉÎÑÖÚŠÝŽ'][i] as string]),
);
const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\s*\/?>)/;

/** One text in the pseudo-locale: marked, about 40 % longer, between right-to-left marks; its code parts kept. */
export function pseudoText(text: string): string {
  const parts = text.split(KEPT);
  const own = parts.filter((_, i) => i % 2 === 0).join('');
  const marked = parts.map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')));
  const extra = Math.ceil(own.length * 0.4);
  // Filler in words of at most five, so a lengthened text still wraps where a translation's would.
  const filler =
    extra > 0
      ? ` ${'·····'
          .repeat(Math.ceil(extra / 5))
          .slice(0, extra)
          .replace(/(.{5})(?=.)/g, '$1 ')}`
      : '';
  return `${RLM}${marked.join('')}${filler}${RLM}`;
}

// Arabic has six plural forms; the bokmål texts have one and other. The others are the «other» text.
const ARABIC_ONLY = ['zero', 'two', 'few', 'many'];

/** The whole tree in the pseudo-locale, with the plural forms ar-XB asks for beside each …_other. */
export function pseudoLocale(tree: unknown): unknown {
  if (typeof tree === 'string') return pseudoText(tree);
  if (Array.isArray(tree)) return tree.map(pseudoLocale);
  if (tree === null || typeof tree !== 'object') return tree;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    out[key] = pseudoLocale(value);
    const plural = /^(.*)_other$/.exec(key);
    if (plural) for (const form of ARABIC_ONLY) out[`${plural[1]}_${form}`] ??= out[key];
  }
  return out;
}
