import { describe, expect, it } from 'vitest';
import { parseForm, timetableRowKeys } from './form-schema';

// A small valid form; each case breaks one thing and expects the Norwegian line that names the file,
// the section, the question and the field.
function minimal() {
  return {
    id: 'test',
    version: 1,
    title: 'Testskjema',
    source: 'test',
    audience: 'elev',
    sections: [
      {
        id: 's1',
        title: 'Seksjon',
        questions: [
          { id: 'q1', type: 'text', label: 'Hva liker du på skolen?' },
          { id: 'q2', type: 'scale', label: 'Hvor lyst har du?', min: 1, max: 10, minLabel: 'lite', maxLabel: 'mye' },
          {
            id: 'q3',
            type: 'single-choice',
            label: 'Valg',
            options: [
              { id: 'a', label: 'A' },
              { id: 'b', label: 'B' },
            ],
          },
        ] as Record<string, unknown>[],
      },
    ],
  } as unknown as Record<string, unknown> & { sections: { questions: Record<string, unknown>[] }[] };
}
type Formish = ReturnType<typeof minimal>;
const q = (f: Formish, i: number) => f.sections[0]!.questions[i]!;

const cases: { name: string; change: (f: Formish) => void; errors: string[] }[] = [
  {
    name: 'an unknown question type',
    change: (f) => void (q(f, 0).type = 'essay'),
    errors: [
      'test.json: seksjon «s1»: spørsmål «q1»: type: må være «text», «date», «scale», «plus-minus», «single-choice», «multiple-choice», «checklist», «table» eller «cards»',
    ],
  },
  {
    name: 'an empty label',
    change: (f) => void (q(f, 0).label = ' '),
    errors: ['test.json: seksjon «s1»: spørsmål «q1»: label: kan ikke være tom'],
  },
  {
    name: 'a question without id is named by position',
    change: (f) => void delete q(f, 0).id,
    errors: ['test.json: seksjon «s1»: spørsmål nr. 1: id: mangler'],
  },
  {
    name: 'an unknown field',
    change: (f) => void (q(f, 0).hint = 'x'),
    errors: ['test.json: seksjon «s1»: spørsmål «q1»: ukjent felt «hint»'],
  },
  {
    name: 'a scale upside down',
    change: (f) => void (q(f, 1).max = 1),
    errors: ['test.json: seksjon «s1»: spørsmål «q2»: max: må være større enn min (1)'],
  },
  {
    name: 'a scale without end labels',
    change: (f) => void delete q(f, 1).minLabel,
    errors: ['test.json: seksjon «s1»: spørsmål «q2»: minLabel: mangler'],
  },
  {
    name: 'a choice with one option',
    change: (f) => void (q(f, 2).options = [{ id: 'a', label: 'A' }]),
    errors: ['test.json: seksjon «s1»: spørsmål «q3»: options: minst 2 valg'],
  },
  {
    name: 'a duplicate option',
    change: (f) =>
      void (q(f, 2).options = [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'B' },
      ]),
    errors: ['test.json: seksjon «s1»: spørsmål «q3»: options: «a» er brukt av mer enn ett valg'],
  },
  {
    name: 'a duplicate question id',
    change: (f) => void (q(f, 1).id = 'q1'),
    errors: ['test.json: spørsmål «q1»: id: brukt av mer enn ett spørsmål i skjemaet'],
  },
  {
    name: 'a version that is not a whole number',
    change: (f) => void (f.version = 1.5),
    errors: ['test.json: version: må være et helt tall'],
  },
  {
    name: 'no source',
    change: (f) => void delete f.source,
    errors: ['test.json: source: mangler (hvor i kildedokumentet skjemaet står)'],
  },
  {
    name: 'a timetable on Saturday',
    change: (f) =>
      void (f.sections[0]!.questions = [
        {
          id: 't',
          type: 'table',
          label: 'Timeplan',
          rows: { kind: 'timetable', days: ['lordag'], periods: 6 },
          columns: [{ id: 'c', type: 'text', label: 'C' }],
        },
      ]),
    errors: [
      'test.json: seksjon «s1»: spørsmål «t»: rows.days.0: må være en av mandag, tirsdag, onsdag, torsdag, fredag',
    ],
  },
  {
    name: 'a colour column without the colours’ meaning',
    change: (f) =>
      void (f.sections[0]!.questions = [
        {
          id: 't',
          type: 'table',
          label: 'Timeplan',
          rows: { kind: 'free' },
          columns: [{ id: 'c', type: 'colour', label: 'Farge' }],
        },
      ]),
    errors: ['test.json: seksjon «s1»: spørsmål «t»: columns.0.meaning: mangler'],
  },
  {
    name: 'a section without questions',
    change: (f) => void (f.sections[0]!.questions = []),
    errors: ['test.json: seksjon «s1»: questions: minst ett spørsmål'],
  },
];

describe('parseForm', () => {
  it('accepts the minimal form and fills the defaults', () => {
    const parsed = parseForm(minimal(), 'test.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.form.sections[0]!.questions[0]).toMatchObject({
        required: false,
        printLines: 3,
        interpretation: [],
      });
      expect(parsed.form.signatures).toEqual([]);
    }
  });

  it.each(cases)('refuses $name in Norwegian, naming file, section, question and field', ({ change, errors }) => {
    const form = minimal();
    change(form);
    expect(parseForm(form, 'test.json')).toEqual({ ok: false, errors });
  });

  it('refuses what is not an object', () => {
    expect(parseForm([], 'test.json')).toEqual({
      ok: false,
      errors: ['test.json: (skjemaet): må være et JSON-objekt'],
    });
  });
});

describe('timetableRowKeys', () => {
  it('keys the rows weekday × period', () => {
    expect(timetableRowKeys({ days: ['mandag', 'tirsdag'], periods: 2 })).toEqual([
      'mandag-1',
      'mandag-2',
      'tirsdag-1',
      'tirsdag-2',
    ]);
  });
});
