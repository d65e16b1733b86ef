import { createRequire } from 'node:module';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embeddedFonts } from '../../../tests/support/pdf-fonts';
import { pdfText } from '../../../tests/support/pdf-text';
import momenterElevJson from '../../../content/forms/momenter-samtale-elev.v1.json';
import plussMinusJson from '../../../content/forms/pluss-minus-skjema.v1.json';
import { validateAnswers } from '../../domain/forms/answers';
import { parseForm } from '../../domain/forms/form-schema';
import { printForm } from '../../domain/forms/print';
import { loadForms } from '../forms/load-forms';
import { renderPdf } from './document';
import { NOTO_SANS, pdfFontHas } from './fonts';

// pdf.js folds a few compatibility characters when it reads text (NFKC): µ comes back as μ, any space as a space.
const asRead = (text: string) =>
  text
    .replace(/\u00b5/g, '\u03bc')
    .replace(/\s+/g, ' ')
    .trim();

describe('renderPdf', () => {
  it('writes Norwegian text that can be read back, æ, ø and å included', async () => {
    const bytes = await renderPdf({
      title: 'Melding om bekymringsfullt fravær',
      blocks: [
        { kind: 'heading', text: 'Til foresatte' },
        {
          kind: 'paragraph',
          text: 'Skolen ønsker et møte for å få høre hvordan eleven har det på skolen. Blåbær, ærfugl og øy.',
        },
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
    const text = await pdfText(
      await renderPdf({ title: 'Lang', blocks: [{ kind: 'paragraph', text: long }], createdAt: new Date(0) }),
    );
    expect(text).toContain('Linje 399');
  });
});

describe('renderPdf: blocks for printed forms (decision 060)', () => {
  it('draws tables, write-in lines and signature lines, repeating the header on a new page', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [
      `Rad ${i + 1}`,
      i % 2 ? 'grønn' : 'rød',
      'Kommentar med æ, ø og å',
    ]);
    const text = await pdfText(
      await renderPdf({
        title: 'Tabell',
        blocks: [
          { kind: 'paragraph', text: 'Spørsmål i fet skrift', bold: true },
          { kind: 'lines', count: 3 },
          { kind: 'table', columns: ['Område', 'Farge', 'Kommentar'], rows, widths: [2, 1, 3] },
          { kind: 'signatures', labels: ['Kontaktlærer', 'Elev'] },
        ],
        createdAt: new Date(0),
      }),
    );
    expect(text).toContain('Spørsmål i fet skrift');
    expect(text).toContain('Rad 80');
    expect(text.match(/Område/g)?.length).toBeGreaterThan(1);
    expect(text).toContain('Kontaktlærer');
    expect(text).toContain('Sted og dato');
  });
});

describe('printing a form from content/forms', () => {
  const load = (json: unknown, name: string) => {
    const parsed = parseForm(json, name);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return parsed.form;
  };

  it('prints the blank pluss-minus-skjema with every area, its scales and æ, ø, å intact', async () => {
    const form = load(plussMinusJson, 'pluss-minus-skjema.v1.json');
    const printed = printForm(form);
    const text = await pdfText(await renderPdf({ ...printed, createdAt: new Date('2026-09-01T08:00:00Z') }));
    expect(text).toContain('Pluss-minus-skjema');
    for (const area of [
      'Skoleveien',
      'Kroppsøving',
      'Svømming',
      'Sløyd',
      'Være sammen med venner',
      'Husdyr/kjæledyr',
      'Tre ønsker i livet',
    ])
      expect(text).toContain(area);
    expect(text).toContain('Hvor høyt stress kjenner du når du tenker på skolen?');
    expect(text).toContain('1 = lite stress, 10 = høyt stress');
    expect(text).toContain('Pluss-minus-skjema (blankt skjema)');
  });

  it('prints a filled momenter-samtale-elev with the answers, ticked points and signature lines', async () => {
    const form = load(momenterElevJson, 'momenter-samtale-elev.v1.json');
    const answers = {
      'oppstart-punkter': {
        checked: ['bygg-relasjon', 'din-bekymring'],
        note: 'Vi snakket først om håndballkampen i helga.',
      },
      skoledagen: 'Liker mat og helse og friminuttene. Gruer seg til å lese høyt i norsk.',
      'bestemte-alt': 'Starte dagen på grupperommet sammen med Åse (fiktiv medelev).',
      'enige-om-punkter': 'Eleven møter kontaktlærer ved inngangen kl. 08.15 hver dag i tre uker.',
    };
    const checked = validateAnswers(form, answers);
    expect(checked.ok).toBe(true);
    const printed = printForm(form, answers, { meta: ['Elev: Sofie Testesen (fiktiv), 7B', 'Dato: 01.09.2026'] });
    const text = await pdfText(await renderPdf({ ...printed, createdAt: new Date('2026-09-01T08:00:00Z') }));
    expect(text).toContain('Sofie Testesen (fiktiv), 7B');
    expect(text).toContain('[X] Ikke start med å snakke om fraværet. Bygg relasjon!');
    expect(text).toContain('[ ] Informer om at du ønsker å hjelpe eleven til å være på skolen');
    expect(text).toContain('Gruer seg til å lese høyt i norsk.');
    expect(text).toContain('Åse (fiktiv medelev)');
    expect(text).toContain('(ikke besvart)');
    expect(text).toContain('Kontaktlærer');
    expect(text).toContain('Elev');
  });

  it('prints every shipped form, blank, with every character in the font and every glyph intact', async () => {
    const forms = loadForms();
    if (!forms.ok) throw new Error(forms.errors.join('\n'));
    for (const id of forms.registry.ids()) {
      const printed = printForm(forms.registry.latest(id)!);
      const pdf = await renderPdf({ ...printed, createdAt: new Date(0) });
      const text = await pdfText(pdf);
      expect(text, id).toContain(printed.title);
      expect(text, id).not.toContain('\uFFFD');
      expect((await embeddedFonts(pdf)).problems, id).toEqual([]);
    }
  });
});

describe('renderPdf: names and text in every alphabet (decision 071)', () => {
  const names = [
    'Michał Żółć',
    'Łucja',
    'Áŋŋá Čuođđa',
    'Niillas Đuolbmá',
    'Žemaitė Dvořák',
    'Işıl Gündoğdu',
    'Nguyễn Thị Ánh',
    'Trần Văn Đức',
    'Þórunn Guðmundsdóttir',
  ];

  it('prints them in every kind of block and reads them back character for character, in an embedded subset of Noto Sans', async () => {
    const input = {
      title: `Referat for ${names[0]}`,
      blocks: [
        { kind: 'heading' as const, text: `Elev: ${names[2]}, klasse 9A` },
        {
          kind: 'paragraph' as const,
          text: `Foresatte: ${names.slice(3).join(', ')}. Letters: ą č ę ė į š ų ū ě ř ů ş ğ İ ŧ ž ð æ.`,
        },
        { kind: 'paragraph' as const, text: 'Mor skrev: «Ребёнок болен.»', bold: true },
        {
          kind: 'table' as const,
          columns: ['Tiltak', 'Ansvar'],
          rows: [
            ['Følges til skolen', names[1]!],
            ['Samtale', names[6]!],
          ],
        },
        { kind: 'signatures' as const, labels: [`Foresatt: ${names[8]}`] },
      ],
      footer: `${names[7]} skole · Unntatt offentlighet`,
      createdAt: new Date('2026-11-24T08:00:00Z'),
    };
    const pdf = await renderPdf(input);
    const expected = [
      input.title,
      input.blocks[0]!.text,
      input.blocks[1]!.text,
      input.blocks[2]!.text,
      'Tiltak Ansvar Følges til skolen Łucja Samtale Nguyễn Thị Ánh',
      'Sted og dato Foresatt: Þórunn Guðmundsdóttir',
      input.footer,
    ].join(' ');
    expect(asRead(await pdfText(pdf))).toBe(expected);
    const fonts = await embeddedFonts(pdf);
    expect(fonts.problems).toEqual([]);
    expect(fonts.fonts.map((f) => f.name)).toEqual([
      expect.stringMatching(/^\/NotoSans-Regular/),
      expect.stringMatching(/^\/NotoSans-Bold/),
    ]);
    // Subsets: tens of glyphs, not the 4 503 of the whole font (630 kB a weight).
    for (const font of fonts.fonts) expect(font.glyphs).toBeLessThan(100);
    expect(pdf.length).toBeLessThan(30_000);
  });

  // One PDF per block keeps each subset under 64 kB, where fontkit writes the short loca format it got wrong.
  it.each([
    ['Latin, Latin-1, Latin Extended-A and -B, IPA', 0x41, 0x2af],
    ['Greek and Coptic', 0x370, 0x3ff],
    ['Cyrillic and its supplement', 0x400, 0x52f],
    ['Latin Extended Additional', 0x1e00, 0x1eff],
    ['Greek Extended', 0x1f00, 0x1fff],
  ])('draws every letter of %s with the right glyph in both weights and reads it back', async (_, from, to) => {
    // Letters only, and only those NFC keeps (ά U+1F71 is printed as its canonical twin U+03AC).
    const letters = Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).filter(
      (c) => /\p{L}/u.test(c) && c.normalize('NFC') === c && pdfFontHas(c.codePointAt(0)!),
    );
    expect(letters.length).toBeGreaterThan(100);
    const text = letters.join(' ');
    const pdf = await renderPdf({
      title: 'Alle bokstaver',
      blocks: [
        { kind: 'paragraph', text },
        { kind: 'heading', text },
      ],
      createdAt: new Date(0),
    });
    expect(asRead(await pdfText(pdf))).toBe(asRead(`Alle bokstaver ${text} ${text}`));
    const fonts = await embeddedFonts(pdf);
    expect(fonts.problems).toEqual([]);
    for (const font of fonts.fonts) {
      expect(font.glyphs).toBeGreaterThan(letters.length);
      expect(font.bytes).toBeLessThan(65_536);
    }
  });

  it.each([
    ['a decomposed accent', 'Jose\u0301 og Zoe\u0308', 'José og Zoë'],
    ['a letter with marks and no composed form', 'L\u0325\u0304 og C\u0328\u0306', 'L\u0325\u0304 og C\u0328\u0306'],
    ['zero-width space', 'Ola\u200BNordmann', 'OlaNordmann'],
    ['a right-to-left override', 'Kari \u202Eabc\u202C Nordmann', 'Kari abc Nordmann'],
    ['a control character', 'Ring\u0007 hjem', 'Ring hjem'],
    ['emoji', 'Takk 👍🏽🙂', 'Takk \uFFFD\uFFFD'],
    ['Chinese and Arabic', 'Wang 王芳, محمد', 'Wang \uFFFD\uFFFD, \uFFFD\uFFFD\uFFFD\uFFFD'],
  ])('prints %s without failing, as decided', async (_, input, printed) => {
    const pdf = await renderPdf({
      title: input,
      blocks: [{ kind: 'paragraph', text: input }],
      footer: input,
      createdAt: new Date(0),
    });
    const text = asRead(await pdfText(pdf));
    expect(text.startsWith(`${printed} ${printed}`), text).toBe(true);
    expect(text.endsWith(printed), text).toBe(true);
    // A replacement is explained at the end of the document.
    expect(text.includes('er skrevet som \uFFFD. Teksten er lagret uendret i Nærvær.')).toBe(
      printed.includes('\uFFFD'),
    );
    expect((await embeddedFonts(pdf)).problems).toEqual([]);
  });

  it('the glyph check finds what reading the text back cannot: pdf-lib’s own subset of Noto Sans, and a standard font', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(createRequire(import.meta.url)('@pdf-lib/fontkit'));
    const font = await doc.embedFont(NOTO_SANS.regular, { subset: true });
    doc.addPage().drawText('Michał Żółć og Þórunn Guðmundsdóttir', { font });
    doc.addPage().drawText('Kari', { font: await doc.embedFont(StandardFonts.Helvetica) });
    const problems = (await embeddedFonts(await doc.save())).problems;
    expect(problems.filter((p) => /annen form|kan ikke leses/.test(p)).length).toBeGreaterThan(0);
    expect(problems).toContain('/Helvetica: /Type1-skrift, ikke en innebygd Noto Sans');
  });
});
