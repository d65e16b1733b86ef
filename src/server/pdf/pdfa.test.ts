import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { archiveToolsMissing, pdfaProblems, qpdfProblems } from '../../../tests/support/pdfa';
import { renderPdf } from './document';
import { SRGB_ICC, xmpDate, xmpPacket } from './pdfa';

// Every PDF Nærvær makes goes through renderPdf, so these blocks are every kind of page it draws (decision 220);
// the archive's integration test checks the letters, minutes, plans, consents, forms and notices of a case too.
const everyBlock = {
  title: 'Referat <samarbeidsmøte> & «plan» for Åse Øvrebø',
  blocks: [
    { kind: 'heading' as const, text: 'Til foresatte' },
    { kind: 'paragraph' as const, text: 'Blåbær, ærfugl og øy. Michał Żółć, Þórunn, Ελένη, Алёна.' },
    { kind: 'paragraph' as const, text: 'Fet tekst', bold: true },
    { kind: 'lines' as const, count: 2 },
    { kind: 'table' as const, columns: ['Område', 'Kommentar'], rows: [['Oppmøte', 'Bedre 😀']] },
    { kind: 'signatures' as const, labels: ['Kontaktlærer'] },
  ],
  footer: 'Unntatt offentlighet, jf. offl. § 13',
  createdAt: new Date('2026-12-07T09:15:30.250Z'),
};

describe('renderPdf makes PDF/A-2b (decision 220)', () => {
  it('has every font embedded, an sRGB OutputIntent, XMP saying PDF/A-2b and what the Info dictionary says, and an ID', async () => {
    expect(await pdfaProblems(await renderPdf(everyBlock))).toEqual([]);
    expect(await pdfaProblems(await renderPdf({ title: 'Tom', blocks: [], createdAt: new Date(0) }))).toEqual([]);
  });

  it('the check finds a PDF that is not PDF/A: pdf-lib’s own document with a standard font', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Ikke arkiv');
    doc.addPage().drawText('Kari');
    const problems = await pdfaProblems(await doc.save());
    expect(problems).toEqual(
      expect.arrayContaining([
        '/Helvetica: /Type1-skrift, ikke en innebygd Noto Sans',
        'ingen OutputIntent',
        'ingen XMP-metadata',
        'ingen ID i trailer',
      ]),
    );
  });

  it('the same input gives the same bytes (the trailer ID is a hash of the input, not random)', async () => {
    const a = await renderPdf(everyBlock);
    const b = await renderPdf(everyBlock);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderPdf({ ...everyBlock, title: 'Annen tittel' });
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('writes the XMP title escaped and the dates in whole UTC seconds, as the Info dictionary has them', () => {
    const xmp = xmpPacket({ title: 'A & <B>', createdAt: everyBlock.createdAt, language: 'nn-NO' });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">A &amp; &lt;B&gt;</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2026-12-07T09:15:30Z</xmp:CreateDate>');
    expect(xmpDate(new Date('2026-01-02T03:04:05.999Z'))).toBe('2026-01-02T03:04:05Z');
  });

  it('ships an ICC v2 RGB display profile', () => {
    expect(SRGB_ICC.subarray(36, 40).toString('latin1')).toBe('acsp');
    expect(SRGB_ICC.subarray(16, 20).toString('latin1')).toBe('RGB ');
    expect(SRGB_ICC[8]).toBe(2);
  });

  describe.skipIf(archiveToolsMissing() !== null)('with qpdf', () => {
    it('qpdf --check finds nothing wrong', async () => {
      expect(qpdfProblems(await renderPdf(everyBlock))).toEqual([]);
    });
    it('qpdf --check finds a broken file', () => {
      expect(qpdfProblems(new TextEncoder().encode('%PDF-1.7\nnot a pdf')).length).toBe(1);
    });
  });
});
