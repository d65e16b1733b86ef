import { createRequire } from 'node:module';
import type * as Fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { NOTO_SANS, pdfFontHas } from './fonts';

const fontkit = createRequire(import.meta.url)('@pdf-lib/fontkit') as typeof Fontkit;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const assigned = (cp: number) => !/\p{Cn}/u.test(String.fromCodePoint(cp));
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('the PDF font: what Noto Sans covers (decision 071)', () => {
  it.each([
    ['Basic Latin and Latin-1', [...range(0x20, 0x7e), ...range(0xa0, 0xff)]],
    ['Latin Extended-A (Polish, Czech, Lithuanian, Turkish, Sámi …)', range(0x100, 0x17f)],
    ['Latin Extended-B (ǧ ǩ ǯ Ʒ of Skolt Sámi, ș ț of Romanian …)', range(0x180, 0x24f)],
    ['the IPA letters (ʒ of Skolt Sámi, ə of Azerbaijani …)', range(0x250, 0x2af)],
    ['Latin Extended Additional (Vietnamese …)', range(0x1e00, 0x1eff)],
    ['combining diacritical marks', range(0x300, 0x36f)],
    ['Greek', [0x386, ...range(0x388, 0x3ce)].filter(assigned)],
    ['Cyrillic', range(0x400, 0x4ff)],
    ['what WinAnsi had beyond Latin-1, and «�»', [...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ�'].map((c) => c.codePointAt(0)!)],
  ])('draws all of %s, in both weights', (_, codePoints) => {
    expect(codePoints.filter((cp) => !pdfFontHas(cp)).map(hex)).toEqual([]);
  });

  it('does not draw emoji, Chinese, Arabic, Hebrew, Tigrinya, Thai, Devanagari (it needs shaping) or many symbols: those print as «�»', () => {
    const missing = [...'😀中اאአกक∞≤≥→✓☐'].map((c) => c.codePointAt(0)!);
    expect(missing.filter(pdfFontHas).map(hex)).toEqual([]);
  });

  it('gives every character its own glyph, so a glyph reads back as exactly one character', () => {
    for (const bytes of [NOTO_SANS.regular, NOTO_SANS.bold]) {
      const font = fontkit.create(bytes);
      const byGlyph = new Map<number, number>();
      const shared = font.characterSet.filter((cp) => {
        const id = font.glyphForCodePoint(cp).id;
        const seen = byGlyph.has(id);
        byGlyph.set(id, cp);
        return seen;
      });
      expect(shared.map(hex)).toEqual([]);
    }
  });
});
