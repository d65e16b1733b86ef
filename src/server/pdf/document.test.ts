import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../tests/support/pdf-text';
import { renderPdf } from './document';

describe('renderPdf', () => {
  it('writes Norwegian text that can be read back, æ, ø and å included', async () => {
    const bytes = await renderPdf({
      title: 'Melding om bekymringsfullt fravær',
      blocks: [
        { kind: 'heading', text: 'Til foresatte' },
        { kind: 'paragraph', text: 'Skolen ønsker et møte for å få høre hvordan eleven har det på skolen. Blåbær, ærfugl og øy.' },
      ],
      footer: 'Nærvær',
      createdAt: new Date('2026-11-24T08:00:00Z'),
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Melding om bekymringsfullt fravær');
    expect(text).toContain('Blåbær, ærfugl og øy.');
    expect(text).toContain('Nærvær');
  });

  it('wraps long paragraphs onto further pages', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `Linje ${i} med litt tekst om oppmøte.`).join(' ');
    const text = await pdfText(await renderPdf({ title: 'Lang', blocks: [{ kind: 'paragraph', text: long }], createdAt: new Date(0) }));
    expect(text).toContain('Linje 399');
  });
});
