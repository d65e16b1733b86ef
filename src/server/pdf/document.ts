// Server-side PDFs with pdf-lib (pure JavaScript), in Noto Sans embedded as a subset of the glyphs each
// document uses (decision 071): names and text in Latin with every extension, Greek and Cyrillic print as
// they are and read back as the same characters; what the font cannot draw is printed as «�», never a 500.
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { NOTO_SANS, pdfFontHas, pdfFontkit } from './fonts';
import { printableText, REPLACEMENT } from './printable-text';
import { makePdfA } from './pdfa';

/** Text blocks: every one has a `text`. */
export type PdfBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string; bold?: boolean };

/** Blocks for printed forms (decision 060). */
export type PdfLayoutBlock =
  // Empty ruled lines to write on (a blank form).
  | { kind: 'lines'; count: number }
  // A simple grid: a bold header row, wrapped cells; `widths` are relative column widths.
  | { kind: 'table'; columns: string[]; rows: string[][]; widths?: number[] }
  // A line to sign on per label, beside a line for place and date.
  | { kind: 'signatures'; labels: string[] };

export type PdfInput = {
  title: string;
  blocks: (PdfBlock | PdfLayoutBlock)[];
  footer?: string;
  createdAt: Date;
  /** The document's language for the catalogue and the XMP (BCP 47), bokmål unless told. */
  language?: string;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/**
 * Lays out headings, paragraphs, write-in lines, tables and signature lines on A4 pages; returns the bytes of a
 * PDF/A-2b file (decision 220: every PDF Nærvær makes is one the archive takes).
 */
export async function renderPdf(input: PdfInput): Promise<Uint8Array> {
  let replaced = 0;
  const printable = (text: string) => {
    const printed = printableText(text, pdfFontHas);
    replaced += printed.replaced;
    return printed.text;
  };
  const title = printable(input.title);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(pdfFontkit);
  const regular = await doc.embedFont(NOTO_SANS.regular, { subset: true });
  const bold = await doc.embedFont(NOTO_SANS.bold, { subset: true });

  let page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const write = (text: string, font: PDFFont, size: number, gapAfter: number) => {
    for (const line of wrap(printable(text), font, size, A4[0] - 2 * MARGIN)) {
      if (y < MARGIN + size) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0, 0, 0) });
      y -= size * 1.4;
    }
    y -= gapAfter;
  };

  const width = A4[0] - 2 * MARGIN;
  const ensure = (height: number) => {
    if (y - height < MARGIN) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const rule = (x1: number, x2: number, at: number) =>
    page.drawLine({ start: { x: x1, y: at }, end: { x: x2, y: at }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });

  const table = (block: Extract<PdfLayoutBlock, { kind: 'table' }>) => {
    const size = 9;
    const pad = 3;
    const weights = block.widths?.length === block.columns.length ? block.widths : block.columns.map(() => 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * width);
    const drawRow = (cells: string[], font: PDFFont) => {
      const wrapped = widths.map((w, i) => wrap(printable(cells[i] ?? ''), font, size, w - 2 * pad));
      const height = Math.max(1, ...wrapped.map((l) => l.length)) * size * 1.3 + 2 * pad;
      if (y - height < MARGIN) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
        if (font !== bold) drawRow(block.columns, bold);
      }
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        page.drawRectangle({
          x,
          y: y - height,
          width: widths[i]!,
          height,
          borderWidth: 0.5,
          borderColor: rgb(0.4, 0.4, 0.4),
        });
        lines.forEach((line, n) =>
          page.drawText(line, { x: x + pad, y: y - pad - size - n * size * 1.3, size, font, color: rgb(0, 0, 0) }),
        );
        x += widths[i]!;
      });
      y -= height;
    };
    drawRow(block.columns, bold);
    for (const row of block.rows) drawRow(row, regular);
    y -= 10;
  };

  write(title, bold, 18, 8);
  for (const block of input.blocks) {
    if (block.kind === 'heading') write(block.text, bold, 13, 4);
    else if (block.kind === 'paragraph') write(block.text, block.bold ? bold : regular, 11, block.bold ? 2 : 8);
    else if (block.kind === 'lines') {
      for (let i = 0; i < block.count; i++) {
        ensure(20);
        y -= 18;
        rule(MARGIN, MARGIN + width, y);
      }
      y -= 10;
    } else if (block.kind === 'table') table(block);
    else {
      for (const label of block.labels) {
        ensure(50);
        y -= 34;
        rule(MARGIN, MARGIN + width * 0.3, y);
        rule(MARGIN + width * 0.4, MARGIN + width, y);
        page.drawText('Sted og dato', { x: MARGIN, y: y - 11, size: 9, font: regular, color: rgb(0.3, 0.3, 0.3) });
        page.drawText(printable(label), {
          x: MARGIN + width * 0.4,
          y: y - 11,
          size: 9,
          font: regular,
          color: rgb(0.3, 0.3, 0.3),
        });
        y -= 14;
      }
      y -= 8;
    }
  }
  if (replaced > 0) {
    y -= 10;
    write(
      `Tegn som skriften i denne PDF-en ikke har (for eksempel emoji, kinesisk eller arabisk skrift), er skrevet som ${REPLACEMENT}. Teksten er lagret uendret i Nærvær.`,
      regular,
      9,
      0,
    );
  }
  if (input.footer) {
    const footer = printable(input.footer);
    for (const p of doc.getPages())
      p.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  }
  makePdfA(doc, {
    title,
    createdAt: input.createdAt,
    language: input.language ?? 'nb-NO',
    seed: JSON.stringify([input.title, input.createdAt.toISOString(), input.blocks, input.footer ?? null]),
  });
  return doc.save();
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // Any white space but the no-break space (U+00A0), which keeps «[ ] Mat og helse» on one line.
    for (const word of paragraph.split(/[^\S\u00a0]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}
