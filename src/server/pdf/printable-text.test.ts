import { describe, expect, it } from 'vitest';
import { pdfFontHas } from './fonts';
import { printableText } from './printable-text';

const printed = (text: string) => printableText(text, pdfFontHas);

describe('printableText: what a PDF prints (decision 071)', () => {
  it.each([
    [
      'names of the national registry as they are',
      'Michał Żółć, Áŋŋá Čuođđa, Niillas Đuolbmá, Dvořák, Işıl Gündoğdu, Nguyễn Thị Ánh, Þórunn Guðmundsdóttir',
      'Michał Żółć, Áŋŋá Čuođđa, Niillas Đuolbmá, Dvořák, Işıl Gündoğdu, Nguyễn Thị Ánh, Þórunn Guðmundsdóttir',
      0,
    ],
    ['Cyrillic and Greek', 'Ребёнок болен. Καλημέρα', 'Ребёнок болен. Καλημέρα', 0],
    ['a decomposed accent, composed (NFC)', 'Jose\u0301 Nguye\u0302\u0303n', 'José Nguyễn', 0],
    [
      'a letter with marks that has no composed form stays letter + marks',
      'C\u0328\u0306 L\u0325\u0304 o\u0304\u030d',
      'C\u0328\u0306 L\u0325\u0304 ō\u030d',
      0,
    ],
    ['zero-width space, joiners and the BOM go', 'Ola\u200B Nord\u200Dmann\uFEFF', 'Ola Nordmann', 0],
    [
      'direction overrides and marks go; the text stays in stored order',
      'Ali \u202Enilsen\u202C \u200Fx\u200E',
      'Ali nilsen x',
      0,
    ],
    ['a soft hyphen is not printed', 'fravær\u00ADsgrense', 'fraværsgrense', 0],
    [
      'controls go, line breaks of every kind become one',
      'a\u0007b\u0000c\r\nd\re\u2028f\u2029g\u000Bh',
      'abc\nd\ne\nf\ng\nh',
      0,
    ],
    ['a tab becomes a space', 'Navn:\tKari', 'Navn: Kari', 0],
    ['a space the font lacks becomes a space', 'Kari\u3000Nordmann', 'Kari Nordmann', 0],
    ['an emoji is one replacement, with its skin tone or as a flag', 'Takk 👍🏽 🇳🇴 😀', 'Takk \uFFFD \uFFFD \uFFFD', 3],
    ['a zero-width-joined emoji is one replacement per person', 'Familien 👨‍👩‍👧', 'Familien \uFFFD\uFFFD\uFFFD', 3],
    ['a variation selector goes with the emoji it belongs to', 'Hjerte ❤️', 'Hjerte \uFFFD', 1],
    [
      'Chinese, Arabic and Hebrew are replaced character by character',
      '王芳 محمد שלום',
      '\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD',
      10,
    ],
    [
      'a letter with a mark the font lacks is replaced as a whole, as is a keycap',
      'a\u20DDb 1\uFE0F\u20E3',
      '\uFFFDb \uFFFD',
      2,
    ],
    ['symbols outside the font are replaced', '2 ≤ 3 → ∞ ✓', '2 \uFFFD 3 \uFFFD \uFFFD \uFFFD', 4],
    [
      'what the old WinAnsi font printed is unchanged',
      '«Æ ø å» – ‘sitat’ … € § • © ½ ‰ ƒ ™ Œ Š Ž',
      '«Æ ø å» – ‘sitat’ … € § • © ½ ‰ ƒ ™ Œ Š Ž',
      0,
    ],
  ])('%s', (_, input, text, replaced) => {
    expect(printed(input)).toEqual({ text, replaced });
  });

  it('prints what it has printed unchanged (it can be applied twice)', () => {
    const once = printed('Jose\u0301 👍 \u202Eabc Ребёнок').text;
    expect(printed(once)).toEqual({ text: once, replaced: 0 });
  });
});
