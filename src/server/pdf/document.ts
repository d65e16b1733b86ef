// Server-side PDFs with pdf-lib (pure JavaScript). The standard Helvetica font uses WinAnsi encoding,
// which covers æ, ø, å and the rest of Norwegian; text outside it is refused rather than garbled.
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

export type PdfBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

export type PdfInput = { title: string; blocks: PdfBlock[]; footer?: string; createdAt: Date };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** Lays out headings and paragraphs on A4 pages with line wrapping; returns the PDF bytes. */
export async function renderPdf(input: PdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(input.title);
  doc.setLanguage('nb-NO');
  doc.setProducer('Nærvær');
  doc.setCreationDate(input.createdAt);
  doc.setModificationDate(input.createdAt);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);

  let page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const write = (text: string, font: PDFFont, size: number, gapAfter: number) => {
    for (const line of wrap(text, font, size, A4[0] - 2 * MARGIN)) {
      if (y < MARGIN + size) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0, 0, 0) });
      y -= size * 1.4;
    }
    y -= gapAfter;
  };

  write(input.title, bold, 18, 8);
  for (const block of input.blocks) {
    if (block.kind === 'heading') write(block.text, bold, 13, 4);
    else write(block.text, regular, 11, 8);
  }
  if (input.footer) {
    for (const p of doc.getPages()) p.drawText(input.footer, { x: MARGIN, y: MARGIN / 2, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  }
  return doc.save();
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
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
