// Checks the fonts inside a generated PDF glyph by glyph (decision 071). Reading the text back proves the
// ToUnicode map, not the shapes: @pdf-lib/fontkit's subsetter can write glyphs at the wrong offsets and the
// text still reads back right. So every glyph of every embedded subset is compared with the glyph the
// source font (parsed here on its own, not through the server's font objects) has for the same character:
// the same outline and the same advance width.
import { createRequire } from 'node:module';
import { PDFDict, PDFDocument, PDFName, decodePDFRawStream, type PDFArray, type PDFRawStream } from 'pdf-lib';
import type * as Fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { NOTO_SANS } from '../../src/server/pdf/fonts';

const fontkit = createRequire(import.meta.url)('@pdf-lib/fontkit') as typeof Fontkit;
const source = { regular: fontkit.create(NOTO_SANS.regular), bold: fontkit.create(NOTO_SANS.bold) };

export type EmbeddedFonts = {
  /** Every glyph that differs from the font's own, every font that is not an embedded subset; empty when all is well. */
  problems: string[];
  /** Per embedded font: its name, the glyphs in its ToUnicode map and the size of its font program. */
  fonts: { name: string; glyphs: number; bytes: number }[];
};

export async function embeddedFonts(pdf: Uint8Array): Promise<EmbeddedFonts> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context } = doc;
  const problems: string[] = [];
  const fonts: EmbeddedFonts['fonts'] = [];
  const name = (dict: PDFDict, key: string) => dict.get(PDFName.of(key))?.toString() ?? '';
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || name(object, 'Type') !== '/Font') continue;
    const subtype = name(object, 'Subtype');
    if (subtype === '/CIDFontType2') continue; // the descendant of a Type0 font, checked through it
    const baseFont = name(object, 'BaseFont');
    if (subtype !== '/Type0') {
      problems.push(`${baseFont}: ${subtype}-skrift, ikke en innebygd Noto Sans`);
      continue;
    }
    const toUnicode = new TextDecoder().decode(
      decodePDFRawStream(context.lookup(object.get(PDFName.of('ToUnicode'))) as PDFRawStream).decode(),
    );
    const cidFont = context.lookup(
      (context.lookup(object.get(PDFName.of('DescendantFonts'))) as PDFArray).get(0),
    ) as PDFDict;
    const descriptor = context.lookup(cidFont.get(PDFName.of('FontDescriptor'))) as PDFDict;
    const program = decodePDFRawStream(
      context.lookup(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream,
    ).decode();
    const original: Font = baseFont.includes('Bold') ? source.bold : source.regular;
    const subset = fontkit.create(Buffer.from(program));
    let glyphs = 0;
    const declared = [...toUnicode.matchAll(/^(\d+) beginbfchar$/gm)].reduce((n, [, count]) => n + Number(count), 0);
    for (const [, gid, units] of toUnicode.matchAll(/^<([0-9a-f]{4})> <([0-9a-f]*)>$/gim)) {
      glyphs++;
      const text = String.fromCharCode(...(units!.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
      const where = `${baseFont} glyf ${parseInt(gid!, 16)} («${text}»)`;
      if ([...text].length !== 1) {
        problems.push(`${where}: ToUnicode gir ${[...text].length} tegn, ikke ett`);
        continue;
      }
      const expected = original.glyphForCodePoint(text.codePointAt(0)!);
      if (expected.id === 0) problems.push(`${where}: skriften har ikke tegnet`);
      let outline: string;
      let advance: number;
      try {
        const glyph = subset.getGlyph(parseInt(gid!, 16));
        outline = glyph.path.toSVG();
        advance = glyph.advanceWidth;
      } catch (error) {
        problems.push(`${where}: kan ikke leses (${(error as Error).message})`);
        continue;
      }
      if (outline !== expected.path.toSVG()) problems.push(`${where}: annen form enn i skriften`);
      if (advance !== expected.advanceWidth)
        problems.push(`${where}: bredde ${advance}, skriften har ${expected.advanceWidth}`);
    }
    if (glyphs !== declared) problems.push(`${baseFont}: ToUnicode har ${declared} tegn, ${glyphs} ble lest`);
    fonts.push({ name: baseFont, glyphs, bytes: program.length });
  }
  return { problems, fonts };
}
