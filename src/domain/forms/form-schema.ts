import { z } from 'zod';

// A form (skjema) is a mapping tool or conversation guide from the source documents, kept as data in
// content/forms/<id>.v<version>.json so that a municipality can adapt or add its own without a release
// (decision 060). This schema is the contract for that data; every error names the file, the section,
// the question and the field in Norwegian.

const slug = z
  .string({ error: 'mangler' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'bare små bokstaver a–z, sifre og bindestrek' });
const text = (missing = 'mangler') => z.string({ error: missing }).trim().min(1, { error: 'kan ikke være tom' });
const texts = z.array(text(), { error: 'må være en liste av tekster' });
// Every choice made when turning the source into data, written next to the item.
const interpretation = z
  .array(z.string({ error: 'må være en tekst' }), { error: 'må være en liste av tekster' })
  .default([]);
const int = (what: string) => z.number({ error: 'må være et tall' }).int({ error: `må være et helt ${what}` });

// Objects refuse unknown fields (a typo must not pass silently) and say so in Norwegian.
function obj<T extends z.ZodRawShape>(shape: T, what = 'et objekt') {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `ukjent felt ${issue.keys.map((k) => `«${k}»`).join(', ')}`
        : issue.input === undefined
          ? 'mangler'
          : `må være ${what}`,
  });
}

/** An option of a choice, a checklist item, a card or a box of an elaboration: a fixed id and the source's words. */
const optionSchema = obj(
  {
    id: slug,
    label: text(),
    help: z.string().optional(),
    // The person fills in their own text here (a blank card, «Lærer 1» named by the pupil).
    writeIn: z.boolean({ error: 'må være true eller false' }).optional(),
    interpretation,
  },
  'et objekt med «id» og «label»',
);
export type FormOption = z.output<typeof optionSchema>;
const options = (min = 1) =>
  z
    .array(optionSchema, { error: 'må være en liste' })
    .min(min, { error: min === 1 ? 'minst ett valg' : `minst ${min} valg` });

const scaleShape = {
  min: int('tall'),
  max: int('tall'),
  // The words at either end, e.g. «liker absolutt ikke» (1) and «liker veldig godt» (10).
  minLabel: text(),
  maxLabel: text(),
};

/** The three marks of the pluss-minus-skjema, in the order they are printed. */
export const PLUS_MINUS = ['pluss', 'noytral', 'minus'] as const;
export type PlusMinus = (typeof PLUS_MINUS)[number];
export const PLUS_MINUS_LABELS: Record<PlusMinus, string> = {
  pluss: 'positivt (+)',
  noytral: 'nøytralt (0)',
  minus: 'negativt (–)',
};

/** The three colours of the timetable (002), in the order they are printed. */
export const COLOURS = ['gronn', 'gul', 'rod'] as const;
export type Colour = (typeof COLOURS)[number];
export const COLOUR_LABELS: Record<Colour, string> = { gronn: 'grønn', gul: 'gul', rod: 'rød' };

/** The school week of a timetable table. */
export const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

// Examples the source gives of what goes in a column (e.g. a measure against a maintaining factor).
const columnBase = { id: slug, label: text(), help: z.string().optional(), examples: texts.optional(), interpretation };

const columnSchema = z.discriminatedUnion(
  'type',
  [
    obj({ ...columnBase, type: z.literal('text') }),
    obj({ ...columnBase, type: z.literal('date') }),
    obj({ ...columnBase, type: z.literal('scale'), ...scaleShape }),
    obj({ ...columnBase, type: z.literal('plus-minus') }),
    obj({ ...columnBase, type: z.literal('choice'), options: options(2) }),
    // Red, yellow or green (002), with what each colour means on this form.
    obj({
      ...columnBase,
      type: z.literal('colour'),
      meaning: obj({ gronn: text(), gul: text(), rod: text() }, 'et objekt med «gronn», «gul» og «rod»'),
    }),
  ],
  { error: 'må være «text», «date», «scale», «plus-minus», «choice» eller «colour»' },
);
export type FormColumn = z.output<typeof columnSchema>;

// Which rows a table has: fixed ones named in the form, rows the person adds, or the pupil's
// timetable (weekday × period; the server fills the subjects from the class timetable).
const rowsSchema = z.discriminatedUnion(
  'kind',
  [
    obj({ kind: z.literal('fixed'), rows: options() }),
    obj({
      kind: z.literal('free'),
      min: int('antall').min(0, { error: 'kan ikke være negativ' }).default(0),
      max: int('antall').min(1, { error: 'minst 1' }).optional(),
      printBlank: int('antall').min(1, { error: 'minst 1' }).default(4),
    }),
    obj({
      kind: z.literal('timetable'),
      days: z
        .array(z.enum(WEEKDAYS, { error: `må være en av ${WEEKDAYS.join(', ')}` }), {
          error: 'må være en liste av ukedager',
        })
        .min(1, { error: 'minst én dag' }),
      periods: int('antall').min(1, { error: 'minst én time' }).max(12, { error: 'høyst 12 timer' }),
    }),
  ],
  { error: 'må være «fixed», «free» eller «timetable»' },
);

const base = {
  id: slug,
  // The question or point in the source's words.
  label: text(),
  // The source's parenthesis or explanation to the question.
  help: z.string().optional(),
  // Follow-up questions the source lists under the point («Eks.: …»).
  prompts: texts.optional(),
  // Examples the source gives of an answer.
  examples: texts.optional(),
  required: z.boolean({ error: 'må være true eller false' }).default(false),
  interpretation,
};

const questionSchema = z.discriminatedUnion(
  'type',
  [
    obj({
      ...base,
      type: z.literal('text'),
      printLines: int('antall').min(0, { error: 'kan ikke være negativ' }).default(3),
    }),
    obj({ ...base, type: z.literal('date') }),
    obj({ ...base, type: z.literal('scale'), ...scaleShape }),
    obj({
      ...base,
      type: z.literal('plus-minus'),
      comment: z.boolean({ error: 'må være true eller false' }).default(true),
    }),
    obj({ ...base, type: z.literal('single-choice'), options: options(2) }),
    obj({ ...base, type: z.literal('multiple-choice'), options: options(2) }),
    obj({
      ...base,
      type: z.literal('checklist'),
      items: options(),
      note: z.boolean({ error: 'må være true eller false' }).default(true),
    }),
    obj({
      ...base,
      type: z.literal('table'),
      columns: z.array(columnSchema, { error: 'må være en liste' }).min(1, { error: 'minst én kolonne' }),
      rows: rowsSchema,
      rowLabel: z.string().optional(),
    }),
    obj({
      ...base,
      type: z.literal('cards'),
      cards: options(),
      // How much a card weighs for the pupil (001: «la eleven skravere på kortet for å visualisere omfang»).
      extent: obj(scaleShape, 'et objekt med «min», «max», «minLabel» og «maxLabel»').optional(),
      // Boxes to tick that make a card concrete (001 «Utdyping av årsaker»: fag, lærere, annet).
      elaborations: z
        .array(
          obj(
            { id: slug, title: text(), options: options(), interpretation },
            'et objekt med «id», «title» og «options»',
          ),
          { error: 'må være en liste' },
        )
        .default([]),
    }),
  ],
  {
    error:
      'må være «text», «date», «scale», «plus-minus», «single-choice», «multiple-choice», «checklist», «table» eller «cards»',
  },
);
export type FormQuestion = z.output<typeof questionSchema>;
export type QuestionType = FormQuestion['type'];

const sectionSchema = obj({
  id: slug,
  title: text(),
  intro: texts.default([]),
  questions: z.array(questionSchema, { error: 'må være en liste' }).min(1, { error: 'minst ett spørsmål' }),
  interpretation,
});
export type FormSection = z.output<typeof sectionSchema>;

export const formSchema = obj(
  {
    id: slug,
    // Raised whenever questions change; a stored answer names the id and version it was given to.
    version: int('tall').min(1, { error: 'minst 1' }),
    title: text(),
    // Where in which source document the form is (e.g. «000, appendiks: Sjekkliste for elevsamtalen»).
    source: text('mangler (hvor i kildedokumentet skjemaet står)'),
    // Who the form is filled in with.
    audience: z.enum(['elev', 'foresatte', 'elev-og-foresatte', 'skolen'], {
      error: 'må være «elev», «foresatte», «elev-og-foresatte» eller «skolen»',
    }),
    intro: texts.default([]),
    sections: z.array(sectionSchema, { error: 'må være en liste' }).min(1, { error: 'minst én seksjon' }),
    closing: texts.default([]),
    // Signature lines printed at the end (e.g. «Kontaktlærer», «Elev»).
    signatures: texts.default([]),
    interpretation,
  },
  'et JSON-objekt',
);

export type FormDefinition = z.output<typeof formSchema>;

function named(list: unknown, index: number, noun: string): string {
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  return typeof item?.id === 'string' ? `${noun} «${item.id}»` : `${noun} nr. ${index + 1}`;
}

function describePath(data: unknown, path: readonly PropertyKey[]): string {
  // Name the section and the question by their ids, so the author finds them in the file.
  const parts: string[] = [];
  let rest = path;
  const sections = (data as { sections?: unknown } | null)?.sections;
  if (path[0] === 'sections' && typeof path[1] === 'number') {
    parts.push(named(sections, path[1], 'seksjon'));
    const section = Array.isArray(sections) ? (sections[path[1]] as { questions?: unknown } | undefined) : undefined;
    if (path[2] === 'questions' && typeof path[3] === 'number') {
      parts.push(named(section?.questions, path[3], 'spørsmål'));
      rest = path.slice(4);
    } else rest = path.slice(2);
  }
  const field = rest.map(String).join('.');
  if (field) parts.push(field);
  return parts.join(': ') || '(skjemaet)';
}

/** Every question of a form with the section it is in, in order. */
export function questionsOf(form: FormDefinition): { section: FormSection; question: FormQuestion }[] {
  return form.sections.flatMap((section) => section.questions.map((question) => ({ section, question })));
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** Validates form data; errors are Norwegian lines `FIL: seksjon «id»: spørsmål «id»: felt: årsak`. */
export function parseForm(
  data: unknown,
  fileName: string,
): { ok: true; form: FormDefinition } | { ok: false; errors: string[] } {
  const result = formSchema.safeParse(data);
  if (!result.success)
    return {
      ok: false,
      errors: result.error.issues.map((i) => `${fileName}: ${describePath(data, i.path)}: ${i.message}`),
    };
  const form = result.data;
  const errors: string[] = [];
  for (const id of duplicates(form.sections.map((s) => s.id)))
    errors.push(`${fileName}: seksjon «${id}»: id: brukt av mer enn én seksjon`);
  // Question ids are unique in the whole form: a stored answer is keyed by them alone.
  for (const id of duplicates(questionsOf(form).map((q) => q.question.id)))
    errors.push(`${fileName}: spørsmål «${id}»: id: brukt av mer enn ett spørsmål i skjemaet`);
  for (const { section, question } of questionsOf(form)) {
    const at = `${fileName}: seksjon «${section.id}»: spørsmål «${question.id}»`;
    const scale = (s: { min: number; max: number }, where: string) => {
      if (s.max <= s.min) errors.push(`${at}: ${where}max: må være større enn min (${s.min})`);
    };
    const unique = (list: { id: string }[], where: string, noun: string) => {
      for (const id of duplicates(list.map((o) => o.id)))
        errors.push(`${at}: ${where}: «${id}» er brukt av mer enn ett ${noun}`);
    };
    switch (question.type) {
      case 'scale':
        scale(question, '');
        break;
      case 'single-choice':
      case 'multiple-choice':
        unique(question.options, 'options', 'valg');
        break;
      case 'checklist':
        unique(question.items, 'items', 'punkt');
        break;
      case 'cards':
        unique(question.cards, 'cards', 'kort');
        unique(question.elaborations, 'elaborations', 'utdyping');
        question.elaborations.forEach((e) => unique(e.options, `elaborations.${e.id}.options`, 'valg'));
        if (question.extent) scale(question.extent, 'extent.');
        break;
      case 'table':
        unique(question.columns, 'columns', 'kolonne');
        question.columns.forEach((c) => {
          if (c.type === 'scale') scale(c, `columns.${c.id}.`);
          if (c.type === 'choice') unique(c.options, `columns.${c.id}.options`, 'valg');
        });
        if (question.rows.kind === 'fixed') unique(question.rows.rows, 'rows.rows', 'rad');
        if (question.rows.kind === 'free' && question.rows.max !== undefined && question.rows.max < question.rows.min)
          errors.push(`${at}: rows.max: kan ikke være mindre enn min (${question.rows.min})`);
        if (question.rows.kind === 'timetable' && duplicates(question.rows.days).length > 0)
          errors.push(`${at}: rows.days: en ukedag står mer enn én gang`);
        break;
      default:
        break;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, form };
}

/** The row keys of a timetable table: «mandag-1», «mandag-2» … in weekday, then period order. */
export function timetableRowKeys(rows: { days: readonly Weekday[]; periods: number }): string[] {
  return rows.days.flatMap((day) => Array.from({ length: rows.periods }, (_, i) => `${day}-${i + 1}`));
}
