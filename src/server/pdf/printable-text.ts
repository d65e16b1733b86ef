// What a PDF prints for a piece of text (decision 071). Names and free text arrive as people typed or
// pasted them: decomposed accents, zero-width and direction marks, emoji, scripts the font does not have.
// Nothing of that may stop a letter from being printed, and what is printed must read back as the same
// characters (copy-paste, screen readers), so the rules are few and visible:
// 1. Unicode NFC: «e» + U+0301 is printed and read back as «é»; a combination without a composed form
//    (Latin letters with marks in DIN 91379) stays a letter followed by its marks.
// 2. Line breaks of every kind become one line break; a tab becomes a space.
// 3. Invisible characters go: controls (U+0007 …) and default-ignorable ones (zero-width space and joiners,
//    direction marks and overrides such as U+202E, the soft hyphen, variation selectors, the BOM). Text is
//    printed in the order it is stored.
// 4. A user-perceived character (grapheme cluster) the font cannot draw in full becomes one visible «�»
//    (U+FFFD): an emoji with its skin tone, a Chinese character, an Arabic letter with its vowel mark.
//    A space the font lacks becomes an ordinary space.

/** What a character the font cannot draw is printed as. */
export const REPLACEMENT = '\uFFFD';
const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
// \p{DI}: Default_Ignorable_Code_Point. \n is the one control kept.
const INVISIBLE = /(?!\n)[\p{Cc}\p{DI}]/gu;
const SPACE = /^\p{Zs}$/u;
const graphemes = new Intl.Segmenter('nb', { granularity: 'grapheme' });

export type PrintableText = { text: string; replaced: number };

/** The text as the PDF prints it, given which code points the font draws; `replaced` counts the «�». */
export function printableText(text: string, fontHas: (codePoint: number) => boolean): PrintableText {
  const cleaned = text.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '').normalize('NFC');
  let out = '';
  let replaced = 0;
  for (const { segment } of graphemes.segment(cleaned)) {
    if (segment === '\n' || Array.from(segment).every((ch) => fontHas(ch.codePointAt(0)!))) out += segment;
    else if (SPACE.test(segment)) out += ' ';
    else {
      out += REPLACEMENT;
      replaced++;
    }
  }
  return { text: out, replaced };
}
