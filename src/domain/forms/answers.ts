// Answers to a form, checked against the definition version they were given to. Pure: the answers are
// plain JSON (as stored in the case later), the result is the same data or Norwegian problems that name
// the question by its path (`seksjon.spørsmål[.rad.kolonne]`) and its words.
import {
  COLOURS,
  PLUS_MINUS,
  questionsOf,
  timetableRowKeys,
  type FormColumn,
  type FormDefinition,
  type FormOption,
  type FormQuestion,
  type PlusMinus,
} from './form-schema';

export type TableRowAnswer = { key?: string; label?: string; cells: Record<string, string | number> };
export type CardsAnswer = {
  selected: { card: string; text?: string; extent?: number; note?: string }[];
  elaborations?: Record<string, { option: string; text?: string }[]>;
};

/** What each question type takes as an answer (JSON). */
export type AnswerValue =
  | string // text, date (YYYY-MM-DD), single-choice (option id)
  | number // scale
  | string[] // multiple-choice (option ids)
  | { value?: PlusMinus; comment?: string } // plus-minus
  | { checked: string[]; note?: string } // checklist
  | { rows: TableRowAnswer[] } // table
  | CardsAnswer; // cards

/** Answers by question id; a question without an answer is left out (or null). */
export type FormAnswers = Record<string, AnswerValue | null>;

/** A stored answer names the form and the version it was given to, so an old version stays readable. */
export type StoredFormAnswers = { formId: string; version: number; answers: FormAnswers };

export type FormProblem = { path: string; message: string };

const MAX_TEXT = 10_000;

type Check = (value: unknown, path: string, label: string) => void;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIsoDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const quoted = (xs: readonly string[]) => xs.map((x) => `«${x}»`).join(', ');

/**
 * Checks answers against one version of a form. Unknown question ids, wrong shapes, options that are
 * not in the form and unanswered required questions are problems; an empty form is a valid answer.
 */
export function validateAnswers(
  form: FormDefinition,
  answers: unknown,
): { ok: true; answers: FormAnswers } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (!isRecord(answers))
    return { ok: false, problems: [{ path: '(svarene)', message: 'må være et objekt med svar per spørsmål' }] };

  const all = questionsOf(form);
  const byId = new Map(all.map((q) => [q.question.id, q]));
  for (const id of Object.keys(answers)) {
    if (!byId.has(id)) add(id, `ukjent spørsmål i «${form.title}» versjon ${form.version}`);
  }

  const text: Check = (v, path, label) => {
    if (typeof v !== 'string') add(path, `«${label}»: må være en tekst`);
    else if (v.length > MAX_TEXT) add(path, `«${label}»: høyst ${MAX_TEXT} tegn`);
  };
  const optionalText = (v: unknown, path: string, label: string) => {
    if (v !== undefined) text(v, path, label);
  };
  const date: Check = (v, path, label) => {
    if (!isIsoDate(v)) add(path, `«${label}»: må være en dato (ÅÅÅÅ-MM-DD)`);
  };
  const scale =
    (s: { min: number; max: number }): Check =>
    (v, path, label) => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < s.min || v > s.max)
        add(path, `«${label}»: må være et helt tall fra ${s.min} til ${s.max}`);
    };
  const oneOf =
    (ids: readonly string[], what = 'ett av valgene'): Check =>
    (v, path, label) => {
      if (typeof v !== 'string' || !ids.includes(v))
        add(path, `«${label}»: må være ${what} ${quoted(ids)}${typeof v === 'string' ? `, ikke «${v}»` : ''}`);
    };
  const noExtraKeys = (v: Record<string, unknown>, allowed: string[], path: string, label: string) => {
    for (const key of Object.keys(v))
      if (!allowed.includes(key)) add(`${path}.${key}`, `«${label}»: ukjent felt «${key}»`);
  };
  const optionList = (opts: FormOption[], v: unknown, path: string, label: string) => {
    if (!Array.isArray(v)) return add(path, `«${label}»: må være en liste av valg`);
    const ids = opts.map((o) => o.id);
    const seen = new Set<string>();
    v.forEach((id, i) => {
      oneOf(ids)(id, `${path}.${i}`, label);
      if (typeof id === 'string' && seen.has(id)) add(`${path}.${i}`, `«${label}»: «${id}» er valgt mer enn én gang`);
      if (typeof id === 'string') seen.add(id);
    });
  };

  const cell = (column: FormColumn): Check => {
    switch (column.type) {
      case 'text':
        return text;
      case 'date':
        return date;
      case 'scale':
        return scale(column);
      case 'plus-minus':
        return oneOf(PLUS_MINUS);
      case 'choice':
        return oneOf(column.options.map((o) => o.id));
      case 'colour':
        return oneOf(COLOURS, 'en av fargene');
    }
  };

  const check = (q: FormQuestion, v: unknown, path: string) => {
    const label = q.label;
    switch (q.type) {
      case 'text':
        return text(v, path, label);
      case 'date':
        return date(v, path, label);
      case 'scale':
        return scale(q)(v, path, label);
      case 'single-choice':
        return oneOf(q.options.map((o) => o.id))(v, path, label);
      case 'multiple-choice':
        return optionList(q.options, v, path, label);
      case 'plus-minus': {
        if (!isRecord(v))
          return add(
            path,
            `«${label}»: må være et objekt med «value» (${quoted(PLUS_MINUS)})${q.comment ? ' og eventuelt «comment»' : ''}`,
          );
        noExtraKeys(v, q.comment ? ['value', 'comment'] : ['value'], path, label);
        if (v.value !== undefined) oneOf(PLUS_MINUS)(v.value, `${path}.value`, label);
        if (q.comment) optionalText(v.comment, `${path}.comment`, `${label} – kommentar`);
        if (v.value === undefined && v.comment === undefined)
          add(path, `«${label}»: svaret er tomt (utelat spørsmålet i stedet)`);
        return;
      }
      case 'checklist': {
        if (!isRecord(v))
          return add(
            path,
            `«${label}»: må være et objekt med «checked» (liste av punkter)${q.note ? ' og eventuelt «note»' : ''}`,
          );
        noExtraKeys(v, q.note ? ['checked', 'note'] : ['checked'], path, label);
        optionList(q.items, v.checked, `${path}.checked`, label);
        if (q.note) optionalText(v.note, `${path}.note`, `${label} – notat`);
        return;
      }
      case 'table':
        return checkTable(q, v, path);
      case 'cards':
        return checkCards(q, v, path);
    }
  };

  const checkTable = (q: Extract<FormQuestion, { type: 'table' }>, v: unknown, path: string) => {
    const label = q.label;
    if (!isRecord(v) || !Array.isArray(v.rows))
      return add(path, `«${label}»: må være et objekt med «rows» (liste av rader)`);
    noExtraKeys(v, ['rows'], path, label);
    const keys =
      q.rows.kind === 'fixed'
        ? q.rows.rows.map((r) => r.id)
        : q.rows.kind === 'timetable'
          ? timetableRowKeys(q.rows)
          : null;
    if (q.rows.kind === 'free') {
      if (v.rows.length < q.rows.min) add(`${path}.rows`, `«${label}»: minst ${q.rows.min} rader`);
      if (q.rows.max !== undefined && v.rows.length > q.rows.max)
        add(`${path}.rows`, `«${label}»: høyst ${q.rows.max} rader`);
    }
    const seen = new Set<string>();
    v.rows.forEach((row: unknown, i: number) => {
      let at = `${path}.rows.${i}`;
      if (!isRecord(row)) return add(at, `«${label}»: en rad må være et objekt med «cells»`);
      if (keys) {
        if (typeof row.key !== 'string' || !keys.includes(row.key)) {
          return add(
            `${at}.key`,
            `«${label}»: ${q.rows.kind === 'timetable' ? 'raden må være en ukedag og time som' : 'raden må være en av'} ${keys.length > 12 ? `${quoted(keys.slice(0, 3))} … ${quoted(keys.slice(-1))}` : quoted(keys)}${typeof row.key === 'string' ? `, ikke «${row.key}»` : ''}`,
          );
        }
        if (seen.has(row.key)) add(`${at}.key`, `«${label}»: raden «${row.key}» står mer enn én gang`);
        seen.add(row.key);
        at = `${path}.rows.${row.key}`;
      } else if (row.key !== undefined) add(`${at}.key`, `«${label}»: radene er fritt utfylt og har ingen nøkkel`);
      noExtraKeys(row, q.rows.kind === 'timetable' ? ['key', 'label', 'cells'] : ['key', 'cells'], at, label);
      // The subject of a timetable period, filled from the class timetable by the server.
      if (q.rows.kind === 'timetable') optionalText(row.label, `${at}.label`, `${label} – fag`);
      if (!isRecord(row.cells)) return add(`${at}.cells`, `«${label}»: må være et objekt med svar per kolonne`);
      for (const [colId, value] of Object.entries(row.cells)) {
        const column = q.columns.find((c) => c.id === colId);
        if (!column)
          add(
            `${at}.${colId}`,
            `«${label}»: ukjent kolonne «${colId}» (gyldige: ${quoted(q.columns.map((c) => c.id))})`,
          );
        else cell(column)(value, `${at}.${colId}`, `${label} – ${column.label}`);
      }
    });
  };

  const checkCards = (q: Extract<FormQuestion, { type: 'cards' }>, v: unknown, path: string) => {
    const label = q.label;
    if (!isRecord(v) || !Array.isArray(v.selected))
      return add(
        path,
        `«${label}»: må være et objekt med «selected» (kortene eleven valgte) og eventuelt «elaborations»`,
      );
    noExtraKeys(v, ['selected', 'elaborations'], path, label);
    const seen = new Set<string>();
    v.selected.forEach((entry: unknown, i: number) => {
      const at = `${path}.selected.${i}`;
      if (!isRecord(entry)) return add(at, `«${label}»: et valgt kort må være et objekt med «card»`);
      const card = q.cards.find((c) => c.id === entry.card);
      if (!card)
        return add(
          `${at}.card`,
          `«${label}»: ukjent kort${typeof entry.card === 'string' ? ` «${entry.card}»` : ''} (gyldige: ${quoted(q.cards.map((c) => c.id))})`,
        );
      if (seen.has(card.id)) add(`${at}.card`, `«${label}»: kortet «${card.label}» er valgt mer enn én gang`);
      seen.add(card.id);
      noExtraKeys(entry, ['card', 'text', ...(q.extent ? ['extent'] : []), 'note'], `${path}.${card.id}`, label);
      if (card.writeIn) {
        if (typeof entry.text !== 'string' || entry.text.trim() === '')
          add(`${path}.${card.id}.text`, `«${card.label}»: det blanke kortet må ha elevens egen tekst`);
        else text(entry.text, `${path}.${card.id}.text`, card.label);
      } else if (entry.text !== undefined)
        add(`${path}.${card.id}.text`, `«${card.label}»: bare det blanke kortet har egen tekst`);
      if (q.extent && entry.extent !== undefined)
        scale(q.extent)(entry.extent, `${path}.${card.id}.extent`, `${card.label} – omfang`);
      optionalText(entry.note, `${path}.${card.id}.note`, `${card.label} – notat`);
    });
    if (v.elaborations === undefined) return;
    if (!isRecord(v.elaborations))
      return add(`${path}.elaborations`, `«${label}»: må være et objekt med avkrysninger per utdyping`);
    for (const [groupId, ticks] of Object.entries(v.elaborations)) {
      const group = q.elaborations.find((e) => e.id === groupId);
      const at = `${path}.elaborations.${groupId}`;
      if (!group) {
        add(at, `«${label}»: ukjent utdyping «${groupId}» (gyldige: ${quoted(q.elaborations.map((e) => e.id))})`);
        continue;
      }
      if (!Array.isArray(ticks)) {
        add(at, `«${group.title}»: må være en liste av avkrysninger`);
        continue;
      }
      const ticked = new Set<string>();
      ticks.forEach((tick: unknown, i: number) => {
        if (!isRecord(tick)) return add(`${at}.${i}`, `«${group.title}»: en avkrysning må være et objekt med «option»`);
        const option = group.options.find((o) => o.id === tick.option);
        if (!option)
          return add(
            `${at}.${i}.option`,
            `«${group.title}»: ukjent valg${typeof tick.option === 'string' ? ` «${tick.option}»` : ''}`,
          );
        if (ticked.has(option.id))
          add(`${at}.${option.id}`, `«${group.title}»: «${option.label}» er krysset av mer enn én gang`);
        ticked.add(option.id);
        noExtraKeys(tick, ['option', 'text'], `${at}.${option.id}`, group.title);
        if (tick.text !== undefined) {
          if (option.writeIn) text(tick.text, `${at}.${option.id}.text`, option.label);
          else add(`${at}.${option.id}.text`, `«${option.label}»: har ingen egen tekst`);
        }
      });
    }
  };

  for (const { section, question } of all) {
    const value = answers[question.id];
    const path = `${section.id}.${question.id}`;
    if (value === undefined || value === null) {
      if (question.required) add(path, `«${question.label}»: må besvares`);
      continue;
    }
    check(question, value, path);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: answers as FormAnswers };
}

/** Problems as Norwegian lines `sti: melding`, for logs and error responses. */
export function formatProblems(problems: FormProblem[]): string[] {
  return problems.map((p) => `${p.path}: ${p.message}`);
}
