// A form as blocks for the PDF renderer (src/server/pdf/document.ts): blank, to fill in on paper, or
// with answers, to file. Pure: the blocks are plain data, the renderer lays them out. Only characters the
// PDF font has are used (Noto Sans has no ☐ or ✓: boxes are «[ ]» and «[X]»; decision 071).
import type { AnswerValue, CardsAnswer, FormAnswers, TableRowAnswer } from './answers';
import {
  COLOUR_LABELS,
  type Colour,
  type Weekday,
  type FormColumn,
  type FormDefinition,
  type FormQuestion,
  type PlusMinus,
} from './form-schema';
import { norwegianDate } from '../calendar/dates';

/** The renderer's blocks (structurally the same as PdfBlock in src/server/pdf/document.ts). */
export type PrintBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  | { kind: 'lines'; count: number }
  | { kind: 'table'; columns: string[]; rows: string[][]; widths?: number[] }
  | { kind: 'signatures'; labels: string[] };

export type PrintedForm = { title: string; blocks: PrintBlock[]; footer: string };

const BOX = '[ ]';
const TICK = '[X]';
const NBSP = '\u00a0';
const PM_COLUMNS: Record<PlusMinus, number> = { pluss: 1, noytral: 2, minus: 3 };
const WEEKDAY_NAMES: Record<Weekday, string> = {
  mandag: 'Mandag',
  tirsdag: 'Tirsdag',
  onsdag: 'Onsdag',
  torsdag: 'Torsdag',
  fredag: 'Fredag',
};

const scaleLegend = (s: { min: number; max: number; minLabel: string; maxLabel: string }) =>
  `${s.min} = ${s.minLabel}, ${s.max} = ${s.maxLabel}`;

function cellText(column: FormColumn, value: string | number | undefined): string {
  if (value === undefined) return '';
  switch (column.type) {
    case 'date':
      return norwegianDate(String(value));
    case 'scale':
      return `${value} av ${column.max}`;
    case 'plus-minus':
      return value === 'pluss' ? '+' : value === 'minus' ? '–' : '0';
    case 'choice':
      return column.options.find((o) => o.id === value)?.label ?? String(value);
    case 'colour':
      return COLOUR_LABELS[value as Colour] ?? String(value);
    default:
      return String(value);
  }
}

function describe(q: FormQuestion): PrintBlock[] {
  const blocks: PrintBlock[] = [{ kind: 'paragraph', text: q.label, bold: true }];
  if (q.help) blocks.push({ kind: 'paragraph', text: `(${q.help})` });
  if (q.prompts?.length) blocks.push({ kind: 'paragraph', text: q.prompts.map((p) => `– ${p}`).join('\n') });
  if (q.examples?.length) blocks.push({ kind: 'paragraph', text: `Eksempel: ${q.examples.join('; ')}` });
  return blocks;
}

function tableBlocks(
  q: Extract<FormQuestion, { type: 'table' }>,
  answer: { rows: TableRowAnswer[] } | undefined,
  filled: boolean,
): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  for (const c of q.columns) {
    if (c.examples?.length) blocks.push({ kind: 'paragraph', text: `Eksempel (${c.label}): ${c.examples.join('; ')}` });
    if (c.type === 'scale') blocks.push({ kind: 'paragraph', text: `${c.label}: ${scaleLegend(c)}` });
    if (c.type === 'colour')
      blocks.push({
        kind: 'paragraph',
        text: `${c.label}: grønn = ${c.meaning.gronn}, gul = ${c.meaning.gul}, rød = ${c.meaning.rod}`,
      });
  }
  const rows = answer?.rows ?? [];
  if (q.rows.kind === 'timetable') {
    // A timetable prints as the week: one row per period, one column per day.
    const { days, periods } = q.rows;
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const grid = Array.from({ length: periods }, (_, i) => [
      `${i + 1}.`,
      ...days.map((day) => {
        const row = byKey.get(`${day}-${i + 1}`);
        if (!row) return '';
        const cells = q.columns.map((c) => cellText(c, row.cells[c.id])).filter(Boolean);
        return [row.label, ...cells].filter(Boolean).join(': ');
      }),
    ]);
    blocks.push({
      kind: 'table',
      columns: [q.rowLabel ?? 'Time', ...days.map((d) => WEEKDAY_NAMES[d])],
      rows: grid,
      widths: [0.6, ...days.map(() => 1)],
    });
    return blocks;
  }
  const columns = q.columns.map((c) => c.label);
  if (q.rows.kind === 'fixed') {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    blocks.push({
      kind: 'table',
      columns: [q.rowLabel ?? '', ...columns],
      rows: q.rows.rows.map((r) => [r.label, ...q.columns.map((c) => cellText(c, byKey.get(r.id)?.cells[c.id]))]),
    });
    return blocks;
  }
  const written = rows.map((r) => q.columns.map((c) => cellText(c, r.cells[c.id])));
  const blank = filled ? (written.length === 0 ? 1 : 0) : q.rows.printBlank;
  blocks.push({
    kind: 'table',
    columns,
    rows: [...written, ...Array.from({ length: blank }, () => q.columns.map(() => ''))],
  });
  return blocks;
}

function cardBlocks(q: Extract<FormQuestion, { type: 'cards' }>, answer: CardsAnswer | undefined): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  const chosen = new Map((answer?.selected ?? []).map((s) => [s.card, s]));
  const cardLine = (id: string, label: string, writeIn: boolean | undefined) => {
    const a = chosen.get(id);
    if (!a) return `${BOX} ${label}${writeIn ? ': ______________________' : ''}`;
    const details = [
      a.text,
      a.extent !== undefined && q.extent ? `omfang ${a.extent} av ${q.extent.max}` : undefined,
      a.note,
    ].filter(Boolean);
    return `${TICK} ${label}${details.length ? ` – ${details.join(' – ')}` : ''}`;
  };
  blocks.push({ kind: 'paragraph', text: q.cards.map((c) => cardLine(c.id, c.label, c.writeIn)).join('\n') });
  if (q.extent) blocks.push({ kind: 'paragraph', text: `Omfang: ${scaleLegend(q.extent)}` });
  for (const group of q.elaborations) {
    const ticks = new Map((answer?.elaborations?.[group.id] ?? []).map((t) => [t.option, t]));
    blocks.push({ kind: 'paragraph', text: group.title, bold: true });
    const line = group.options.map((o) => {
      const t = ticks.get(o.id);
      // No-break spaces inside a box and its words, so a line never breaks between them.
      return `${t ? TICK : BOX} ${o.label}${t?.text ? `: ${t.text}` : ''}`.replace(/ /g, NBSP);
    });
    blocks.push({ kind: 'paragraph', text: line.join('    ') });
  }
  return blocks;
}

function questionBlocks(
  q: Exclude<FormQuestion, { type: 'plus-minus' }>,
  value: AnswerValue | null | undefined,
  filled: boolean,
): PrintBlock[] {
  const blocks = describe(q);
  const none = (): PrintBlock => ({ kind: 'paragraph', text: '(ikke besvart)' });
  switch (q.type) {
    case 'text':
      if (typeof value === 'string' && value.trim()) blocks.push({ kind: 'paragraph', text: value });
      else if (filled) blocks.push(none());
      else if (q.printLines > 0) blocks.push({ kind: 'lines', count: q.printLines });
      break;
    case 'date':
      blocks.push({
        kind: 'paragraph',
        text: `Dato: ${typeof value === 'string' ? norwegianDate(value) : filled ? '(ikke satt)' : '____________'}`,
      });
      break;
    case 'scale': {
      const points = Array.from({ length: q.max - q.min + 1 }, (_, i) => String(q.min + i));
      blocks.push({
        kind: 'paragraph',
        text:
          typeof value === 'number'
            ? `Svar: ${value} av ${q.max} (${scaleLegend(q)})`
            : filled
              ? `(ikke besvart) (${scaleLegend(q)})`
              : `${points.join('    ')}\n(${scaleLegend(q)})`,
      });
      break;
    }
    case 'single-choice':
    case 'multiple-choice': {
      const picked = new Set(typeof value === 'string' ? [value] : Array.isArray(value) ? value : []);
      blocks.push({
        kind: 'paragraph',
        text: q.options.map((o) => `${picked.has(o.id) ? TICK : BOX} ${o.label}`).join('\n'),
      });
      break;
    }
    case 'checklist': {
      const a = value as { checked: string[]; note?: string } | undefined | null;
      const checked = new Set(a?.checked ?? []);
      blocks.push({
        kind: 'paragraph',
        text: q.items
          .map((i) => `${checked.has(i.id) ? TICK : BOX} ${i.label}${i.help ? ` (${i.help})` : ''}`)
          .join('\n'),
      });
      if (a?.note) blocks.push({ kind: 'paragraph', text: `Notat: ${a.note}` });
      else if (q.note && !filled) blocks.push({ kind: 'paragraph', text: 'Notat:' }, { kind: 'lines', count: 2 });
      break;
    }
    case 'table':
      blocks.push(...tableBlocks(q, value as { rows: TableRowAnswer[] } | undefined, filled));
      break;
    case 'cards':
      blocks.push(...cardBlocks(q, (value ?? undefined) as CardsAnswer | undefined));
      break;
  }
  return blocks;
}

// Consecutive plus/minus questions (the pluss-minus-skjema's areas) print as one table, as in the source.
function plusMinusTable(
  questions: Extract<FormQuestion, { type: 'plus-minus' }>[],
  answers: FormAnswers | undefined,
): PrintBlock {
  return {
    kind: 'table',
    columns: ['Område', '+', '0', '–', 'Kommentar'],
    widths: [2.2, 0.35, 0.35, 0.35, 2.2],
    rows: questions.map((q) => {
      const a = answers?.[q.id] as { value?: PlusMinus; comment?: string } | undefined | null;
      const label = [q.label, q.help ? `(${q.help})` : '', ...(q.prompts ?? [])].filter(Boolean).join(' ');
      const marks = ['', '', ''];
      if (a?.value) marks[PM_COLUMNS[a.value] - 1] = 'X';
      return [label, ...marks, a?.comment ?? ''];
    }),
  };
}

/**
 * The blocks of a form for printing. Without answers, a blank form with lines, boxes and empty tables;
 * with answers (already checked by validateAnswers), what was answered and «(ikke besvart)» elsewhere.
 */
export function printForm(form: FormDefinition, answers?: FormAnswers, options: { meta?: string[] } = {}): PrintedForm {
  const filled = answers !== undefined;
  const blocks: PrintBlock[] = [];
  if (options.meta?.length) blocks.push({ kind: 'paragraph', text: options.meta.join('\n') });
  for (const p of form.intro) blocks.push({ kind: 'paragraph', text: p });
  for (const section of form.sections) {
    // A form of one section named like the form has no heading of its own.
    if (!(form.sections.length === 1 && section.title === form.title))
      blocks.push({ kind: 'heading', text: section.title });
    for (const p of section.intro) blocks.push({ kind: 'paragraph', text: `– ${p}` });
    let run: Extract<FormQuestion, { type: 'plus-minus' }>[] = [];
    const flush = () => {
      if (run.length > 0) blocks.push(plusMinusTable(run, answers));
      run = [];
    };
    for (const q of section.questions) {
      if (q.type === 'plus-minus') {
        run.push(q);
        continue;
      }
      flush();
      blocks.push(...questionBlocks(q, answers?.[q.id], filled));
    }
    flush();
  }
  for (const p of form.closing) blocks.push({ kind: 'paragraph', text: p });
  if (form.signatures.length > 0) blocks.push({ kind: 'signatures', labels: form.signatures });
  return {
    title: form.title,
    blocks,
    footer: `${form.title}${filled ? '' : ' (blankt skjema)'}`,
  };
}
