import { describe, expect, it } from 'vitest';
import arsakskartleggingJson from '../../../content/forms/arsakskartlegging.v1.json';
import plussMinusJson from '../../../content/forms/pluss-minus-skjema.v1.json';
import timeplanJson from '../../../content/forms/timeplan-rod-gul-gronn.v1.json';
import { parseForm, type FormDefinition } from './form-schema';
import { printForm, type PrintBlock } from './print';

function load(json: unknown, name: string): FormDefinition {
  const parsed = parseForm(json, name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.form;
}
const tables = (blocks: PrintBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
const texts = (blocks: PrintBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : []));

describe('printForm', () => {
  it('prints the pluss-minus areas as the source’s table, one per section, with X in the chosen column', () => {
    const form = load(plussMinusJson, 'pluss-minus-skjema.v1.json');
    const blank = printForm(form);
    const areaTables = tables(blank.blocks);
    expect(areaTables.map((t) => t.columns)).toEqual(Array(4).fill(['Område', '+', '0', '–', 'Kommentar']));
    expect(areaTables.reduce((n, t) => n + t.rows.length, 0)).toBe(63);
    expect(areaTables[0]!.rows.find((r) => r[0]!.startsWith('Jobbe i grupper'))![0]).toBe(
      'Jobbe i grupper Hvem vil du helst jobbe sammen med (par/grupper)?',
    );
    // No seed scaffolding on paper (issue 17 item 14): the form's id and version stay in the data.
    expect(blank.footer).toBe('Pluss-minus-skjema (blankt skjema)');

    const filled = printForm(form, { skoleveien: { value: 'minus', comment: 'Lang vei alene.' }, stress: 9 });
    expect(filled.footer).toBe('Pluss-minus-skjema');
    expect(tables(filled.blocks)[0]!.rows[0]).toEqual(['Skoleveien', '', '', 'X', 'Lang vei alene.']);
    expect(texts(filled.blocks)).toContain('Svar: 9 av 10 (1 = lite stress, 10 = høyt stress)');
    expect(texts(filled.blocks)).toContain('(ikke besvart) (1 = lite lyst, 10 = veldig lyst)');
  });

  it('leaves lines to write on in a blank form and prints the answer in a filled one', () => {
    const form = load(arsakskartleggingJson, 'arsakskartlegging.v1.json');
    expect(printForm(form).blocks).toContainEqual({ kind: 'lines', count: 4 });
    const filled = printForm(form, {
      tiltak: 'Følge med en voksen fra bussen i to uker.',
      kort: {
        selected: [
          { card: 'eget-kort', text: 'Bussen' },
          { card: 'redd', extent: 6 },
        ],
      },
    });
    expect(filled.blocks).not.toContainEqual({ kind: 'lines', count: 4 });
    const all = texts(filled.blocks).join('\n');
    expect(all).toContain('Følge med en voksen fra bussen i to uker.');
    expect(all).toContain('[X] Eget kort – Bussen');
    expect(all).toContain('[X] Redd – omfang 6 av 10');
    expect(all).toContain('[ ] Engstelig');
    expect(all).toContain('Dato: (ikke satt)');
  });

  it('prints the timetable as the week, with the subject and colour in each period', () => {
    const form = load(timeplanJson, 'timeplan-rod-gul-gronn.v1.json');
    const filled = printForm(form, {
      timeplan: {
        rows: [{ key: 'tirsdag-3', label: 'Kroppsøving', cells: { farge: 'rod', kommentar: 'Garderoben' } }],
      },
    });
    const [week] = tables(filled.blocks);
    expect(week!.columns).toEqual(['Time', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag']);
    expect(week!.rows).toHaveLength(8);
    expect(week!.rows[2]).toEqual(['3.', '', 'Kroppsøving: rød: Garderoben', '', '', '']);
  });
});
