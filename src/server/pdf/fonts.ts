// The PDF font (decision 071): Noto Sans, regular and bold, from node_modules (@expo-google-fonts/noto-sans,
// SIL Open Font License 1.1), read once when the server starts and never fetched. It covers Latin with every
// extension, Greek and Cyrillic; each PDF embeds only the glyphs it uses.
//
// pdf-lib embeds through fontkit, and two things in @pdf-lib/fontkit 1.1.1 (the fork pdf-lib uses, last
// released 2020) are put right here, on our own font objects only:
// - Layout: fontkit's shaping decomposes letters (ccmp: «ị» becomes «i» + a combining dot) and makes
//   ligatures, and the first glyph object made for an id keeps the code points it was made with. pdf-lib
//   writes the ToUnicode map from those, so text read back from the PDF could say «Thi;» for «Thị», or «i»
//   for «ı». pdf-lib applies no positioning from shaping anyway, so each character is drawn with the glyph
//   the font's cmap gives it, one to one, and the ToUnicode map gives back exactly the characters drawn.
// - Subsetting: the subset picks the short loca format when its glyphs fit in 64 kB and halves every offset,
//   but copies glyph records at their odd lengths (Noto Sans has 1 323 of them), so every glyph after the
//   first odd one is read from the wrong place — wrong shapes or nothing, while the text still reads back
//   right. Each glyph record is padded to an even length, as the format requires. The tests compare every
//   embedded glyph with the font's own (tests/support/pdf-fonts.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from '@pdf-lib/fontkit';
import type { Font, Glyph, Subset } from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

const require = createRequire(import.meta.url);
const fontkit = require('@pdf-lib/fontkit') as typeof Fontkit;

const read = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`));

/** The font files, read once. */
export const NOTO_SANS = {
  regular: read('400Regular/NotoSans_400Regular.ttf'),
  bold: read('700Bold/NotoSans_700Bold.ttf'),
} as const;

/** fontkit as pdf-lib should use it for our fonts: a glyph per character, subsets with whole glyphs. */
export const pdfFontkit: Parameters<PDFDocument['registerFontkit']>[0] = {
  create(bytes: Uint8Array) {
    const font =
      bytes === NOTO_SANS.regular
        ? parsed.regular
        : bytes === NOTO_SANS.bold
          ? parsed.bold
          : forPdf(fontkit.create(bytes));
    return font as unknown as ReturnType<Parameters<PDFDocument['registerFontkit']>[0]['create']>;
  },
};

// Parsing a font costs more than the rest of a one-page letter, so each weight is parsed once and shared by
// every document; each document makes its own subset. fontkit caches a glyph object per glyph id with the
// code points it was first asked for (a subset asks for component glyphs with none), so the layout sets
// them on every use. No two code points share a glyph in Noto Sans (tested), and everything here runs
// without an await in between, so documents made at the same time cannot disturb each other.
function forPdf(font: Font): Font {
  font.layout = ((text: string) => ({
    glyphs: Array.from(text, (ch) => glyphFor(font, ch.codePointAt(0)!)),
    positions: [],
  })) as unknown as Font['layout'];
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => evenGlyphRecords(createSubset());
  return font;
}

function glyphFor(font: Font, codePoint: number): Glyph {
  const glyph = font.glyphForCodePoint(codePoint);
  if (glyph.codePoints.length !== 1 || glyph.codePoints[0] !== codePoint)
    (glyph as { codePoints: number[] }).codePoints = [codePoint];
  return glyph;
}

const parsed = { regular: forPdf(fontkit.create(NOTO_SANS.regular)), bold: forPdf(fontkit.create(NOTO_SANS.bold)) };

// The internals of fontkit's TrueType subset that the padding touches.
type FontkitBuffer = Uint8Array & {
  copy(target: Uint8Array): number;
  constructor: { alloc(size: number): FontkitBuffer };
};
type TTFSubsetInternals = Subset & { glyf: FontkitBuffer[]; offset: number; _addGlyph(gid: number): number };

function evenGlyphRecords(subset: Subset): Subset {
  const internals = subset as TTFSubsetInternals;
  const addGlyph = internals._addGlyph.bind(internals);
  internals._addGlyph = (gid: number) => {
    const index = addGlyph(gid);
    const record = internals.glyf[index]!;
    if (record.length % 2 === 1) {
      // fontkit's own Buffer class: its encoder refuses any other.
      const padded = record.constructor.alloc(record.length + 1);
      record.copy(padded);
      internals.glyf[index] = padded;
      internals.offset += 1;
    }
    return index;
  };
  return subset;
}

// Noto Sans also has Devanagari, but Devanagari needs shaping (vowel signs reordered, conjuncts) that
// pdf-lib does not do: printed letter by letter it would look right to no one, so it counts as missing.
const DEVANAGARI = /\p{Script=Devanagari}/u;
const coverage = new Set(
  parsed.regular.characterSet.filter(
    (cp) => parsed.bold.hasGlyphForCodePoint(cp) && !DEVANAGARI.test(String.fromCodePoint(cp)),
  ),
);

/** Whether both weights of the PDF font draw this code point correctly without shaping. */
export function pdfFontHas(codePoint: number): boolean {
  return coverage.has(codePoint);
}
