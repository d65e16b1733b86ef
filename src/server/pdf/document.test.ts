import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../tests/support/pdf-text';
import momenterElevJson from '../../../content/forms/momenter-samtale-elev.v1.json';
import plussMinusJson from '../../../content/forms/pluss-minus-skjema.v1.json';
import { validateAnswers } from '../../domain/forms/answers';
import { parseForm } from '../../domain/forms/form-schema';
import { printForm } from '../../domain/forms/print';
import { loadForms } from '../forms/load-forms';
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

describe('renderPdf: blocks for printed forms (decision 060)', () => {
  it('draws tables, write-in lines and signature lines, repeating the header on a new page', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`Rad ${i + 1}`, i % 2 ? 'grønn' : 'rød', 'Kommentar med æ, ø og å']);
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
    for (const area of ['Skoleveien', 'Kroppsøving', 'Svømming', 'Sløyd', 'Være sammen med venner', 'Husdyr/kjæledyr', 'Tre ønsker i livet']) expect(text).toContain(area);
    expect(text).toContain('Hvor høyt stress kjenner du når du tenker på skolen?');
    expect(text).toContain('1 = lite stress, 10 = høyt stress');
    expect(text).toContain('versjon 1 (blankt)');
  });

  it('prints a filled momenter-samtale-elev with the answers, ticked points and signature lines', async () => {
    const form = load(momenterElevJson, 'momenter-samtale-elev.v1.json');
    const answers = {
      'oppstart-punkter': { checked: ['bygg-relasjon', 'din-bekymring'], note: 'Vi snakket først om håndballkampen i helga.' },
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

  it('prints every shipped form, blank, in the PDF font (no character outside WinAnsi)', async () => {
    const forms = loadForms();
    if (!forms.ok) throw new Error(forms.errors.join('\n'));
    for (const id of forms.registry.ids()) {
      const printed = printForm(forms.registry.latest(id)!);
      const text = await pdfText(await renderPdf({ ...printed, createdAt: new Date(0) }));
      expect(text, id).toContain(printed.title);
    }
  });
});
