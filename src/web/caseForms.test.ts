import { describe, expect, it } from 'vitest';
import type { TableRowAnswer } from '../domain/forms/answers';
import { buildFormRegistry } from '../domain/forms/registry';
import { cleanAnswers, editableAnswers, problemsByQuestion } from './caseForms';

// The shipped forms, read by Vite at build time (the web app has no file system); not their nynorsk
// translations (`*.nn.json`, decision 179).
const shipped = import.meta.glob<string>(['../../content/forms/*.json', '!../../content/forms/*.nn.json'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
const built = buildFormRegistry(
  Object.entries(shipped).map(([path, text]) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), text })),
);
if (!built.ok) throw new Error(built.errors.join('\n'));
const form = (id: string) => built.registry.latest(id)!;

describe('cleanAnswers: an untouched question is no answer', () => {
  it.each([
    [
      'empty text, checklist and cards',
      'arsakskartlegging',
      { fremgangsmate: { checked: [], note: '' }, kort: { selected: [] }, tiltak: '  ' },
      {},
    ],
    [
      'cards keep what was chosen, without empty notes',
      'arsakskartlegging',
      {
        kort: {
          selected: [
            { card: 'engstelig', note: '' },
            { card: 'noe-pa-skolen', extent: 7 },
          ],
          elaborations: { fag: [{ option: 'gym-skifte-i-garderobe', text: '' }], annet: [] },
        },
      },
      {
        kort: {
          selected: [{ card: 'engstelig' }, { card: 'noe-pa-skolen', extent: 7 }],
          elaborations: { fag: [{ option: 'gym-skifte-i-garderobe' }] },
        },
      },
    ],
    [
      'a blank own card keeps its empty text, for the server to refuse',
      'arsakskartlegging',
      { kort: { selected: [{ card: 'eget-kort', text: '' }] } },
      { kort: { selected: [{ card: 'eget-kort', text: '' }] } },
    ],
    [
      'plus-minus without a mark or comment is left out',
      'pluss-minus-skjema',
      { skoleveien: { comment: '' }, timeplanen: { value: 'minus', comment: '' } },
      { timeplanen: { value: 'minus' } },
    ],
    [
      'free table rows without cells are left out',
      'skaleringsverktoy',
      { rubrikker: { rows: [{ cells: { rubrikk: '' } }, { cells: { rubrikk: 'Friminutt', plassering: 3 } }] } },
      { rubrikker: { rows: [{ cells: { rubrikk: 'Friminutt', plassering: 3 } }] } },
    ],
    [
      'a timetable without a mark is no answer; with one, every row stays',
      'timeplan-rod-gul-gronn',
      { timeplan: { rows: [{ key: 'mandag-1', label: 'Norsk', cells: {} }] } },
      {},
    ],
  ])('%s', (_, id, answers, expected) => {
    expect(cleanAnswers(form(id), answers as never)).toEqual(expected);
  });

  it('keeps the timetable’s rows when one period is coloured', () => {
    const rows: TableRowAnswer[] = [
      { key: 'mandag-1', label: 'Norsk', cells: {} },
      { key: 'tirsdag-3', label: 'Kroppsøving', cells: { farge: 'rod', kommentar: '' } },
    ];
    expect(cleanAnswers(form('timeplan-rod-gul-gronn'), { timeplan: { rows } })).toEqual({
      timeplan: {
        rows: [
          { key: 'mandag-1', cells: {} },
          { key: 'tirsdag-3', cells: { farge: 'rod' } },
        ],
      },
    });
  });
});

describe('problemsByQuestion', () => {
  it('places the server’s paths at their question, the rest by field', () => {
    const { byQuestion, other } = problemsByQuestion(form('arsakskartlegging'), [
      { field: 'arsaker.kort.eget-kort.text', message: 'må ha tekst' },
      { field: 'arsaker.kort', message: 'feil' },
      { field: 'videre.tiltak', message: 'må være en tekst' },
      { field: 'filledOn', message: 'Fram i tid' },
      { field: 'ukjent', message: 'ukjent spørsmål' },
    ]);
    expect(Object.fromEntries(byQuestion)).toEqual({ kort: ['må ha tekst', 'feil'], tiltak: ['må være en tekst'] });
    expect(other.map((o) => o.field)).toEqual(['filledOn', 'ukjent']);
  });
});

describe('editableAnswers', () => {
  it('starts controlled: empty checklists and cards, stored answers as they are', () => {
    const a = editableAnswers(form('arsakskartlegging'), { tiltak: 'Skifte før de andre' });
    expect(a).toMatchObject({ fremgangsmate: { checked: [] }, kort: { selected: [] }, tiltak: 'Skifte før de andre' });
  });
});
