// Forms filled in a case (decision 063): the API calls and the pure helpers of the «Kartlegging» section
// — empty answers left out before saving, and the server's problems placed at their question.
import type { FormAnswers } from '../domain/forms/answers';
import type { FormDefinition, FormQuestion, FormSection } from '../domain/forms/form-schema';
import { request, send } from './api';

export type FormAudience = 'elev' | 'foresatte' | 'elev-og-foresatte' | 'skolen';
export const FORM_AUDIENCES: FormAudience[] = ['elev', 'elev-og-foresatte', 'foresatte', 'skolen'];

export type FormListEntry = {
  id: string;
  version: number;
  versions: number[];
  title: string;
  source: string;
  audience: FormAudience;
  countsAsPupilVoice: boolean;
};
export type CaseFormSummary = {
  id: string;
  formId: string;
  formVersion: number;
  title: string;
  audience: FormAudience;
  filledOn: string;
  meetingId: string | null;
  version: number;
};
export type CaseFormDetail = CaseFormSummary & {
  answers: FormAnswers;
  recordedByName: string;
  updatedAt: string;
  form: FormDefinition;
};
export type TrustedStatement = {
  id: string;
  personName: string;
  relation: string;
  chosenByPupil: boolean;
  statement: string;
  givenOn: string;
  version: number;
};
export type PupilVoice = {
  heard: boolean;
  evidence: { kind: 'form' | 'trusted-person' | 'pupil-checkin'; id: string; on: string; text: string }[];
  reasons: string[];
  /** The forms that supply what is missing: a new one, or a filled one to complete (decision 062). */
  offers: { formId: string; title: string; filledFormId: string | null }[];
};
export type FillFormBody = {
  formId: string;
  audience: FormAudience;
  meetingId: string | null;
  filledOn: string;
  answers: FormAnswers;
};
export type StatementBody = {
  personName: string;
  relation: string;
  chosenByPupil: boolean;
  statement: string;
  givenOn: string;
};

const id = encodeURIComponent;

async function pdfOf(path: string): Promise<{ pdf: Blob; fileName: string | null }> {
  const response = await send(path, 'GET', false, 'application/pdf');
  const disposition = response.headers.get('content-disposition') ?? '';
  return { pdf: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
}

export const formsApi = {
  list: () => request<{ forms: FormListEntry[] }>('/api/forms'),
  start: (caseId: string, formId: string) =>
    request<{ form: FormDefinition; answers: FormAnswers }>(`/api/cases/${id(caseId)}/forms/new/${id(formId)}`),
  fill: (caseId: string, body: FillFormBody) =>
    request<{ form: CaseFormSummary }>(`/api/cases/${id(caseId)}/forms`, { method: 'POST', body }),
  read: (caseId: string, caseFormId: string) =>
    request<{ form: CaseFormDetail }>(`/api/cases/${id(caseId)}/forms/${id(caseFormId)}`),
  update: (caseId: string, caseFormId: string, body: Omit<FillFormBody, 'formId'> & { version: number }) =>
    request<{ form: CaseFormSummary }>(`/api/cases/${id(caseId)}/forms/${id(caseFormId)}`, { method: 'PUT', body }),
  /** The filled form as a PDF (the server logs the print). */
  pdf: (caseId: string, caseFormId: string) => pdfOf(`/api/cases/${id(caseId)}/forms/${id(caseFormId)}/pdf`),
  blankPdf: (formId: string) => pdfOf(`/api/forms/${id(formId)}/pdf`),
  addStatement: (caseId: string, body: StatementBody) =>
    request<{ statement: TrustedStatement }>(`/api/cases/${id(caseId)}/statements`, { method: 'POST', body }),
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Cells without a value are left out: an empty comment is no answer. */
function cleanCells(cells: Record<string, unknown>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(cells).filter(([, v]) => !blank(v))) as Record<string, string | number>;
}

/**
 * What is saved: the answers without the empty ones (an untouched question is no answer, decision 060),
 * so a half-filled form filled in a meeting is valid. Timetable rows stay: the server gives their subjects.
 */
export function cleanAnswers(form: FormDefinition, answers: FormAnswers): FormAnswers {
  const out: FormAnswers = {};
  for (const q of form.sections.flatMap((s) => s.questions)) {
    const v = answers[q.id];
    if (v === undefined || v === null) continue;
    switch (q.type) {
      case 'text':
      case 'date':
      case 'single-choice':
        if (!blank(v)) out[q.id] = v;
        break;
      case 'scale':
        if (typeof v === 'number') out[q.id] = v;
        break;
      case 'multiple-choice':
        if (Array.isArray(v) && v.length > 0) out[q.id] = v;
        break;
      case 'plus-minus': {
        const a = v as { value?: string; comment?: string };
        const next = { ...(a.value ? { value: a.value } : {}), ...(!blank(a.comment) ? { comment: a.comment } : {}) };
        if (Object.keys(next).length > 0) out[q.id] = next as FormAnswers[string];
        break;
      }
      case 'checklist': {
        const a = v as { checked: string[]; note?: string };
        if (a.checked.length > 0 || !blank(a.note))
          out[q.id] = { checked: a.checked, ...(!blank(a.note) ? { note: a.note! } : {}) };
        break;
      }
      case 'table': {
        const rows = (v as { rows: { key?: string; label?: string; cells: Record<string, unknown> }[] }).rows
          .map((r) => ({ ...(r.key ? { key: r.key } : {}), cells: cleanCells(r.cells) }))
          .filter((r) => q.rows.kind === 'timetable' || Object.keys(r.cells).length > 0);
        if (q.rows.kind === 'timetable' ? rows.some((r) => Object.keys(r.cells).length > 0) : rows.length > 0)
          out[q.id] = { rows };
        break;
      }
      case 'cards': {
        const a = v as {
          selected: { card: string; text?: string; extent?: number; note?: string }[];
          elaborations?: Record<string, { option: string; text?: string }[]>;
        };
        const selected = a.selected.map((s) => ({
          card: s.card,
          ...(s.text !== undefined ? { text: s.text } : {}),
          ...(typeof s.extent === 'number' ? { extent: s.extent } : {}),
          ...(!blank(s.note) ? { note: s.note! } : {}),
        }));
        const elaborations = Object.fromEntries(
          Object.entries(a.elaborations ?? {})
            .map(
              ([g, ticks]) =>
                [g, ticks.map((t) => ({ option: t.option, ...(!blank(t.text) ? { text: t.text! } : {}) }))] as const,
            )
            .filter(([, ticks]) => ticks.length > 0),
        );
        if (selected.length > 0 || Object.keys(elaborations).length > 0)
          out[q.id] = { selected, ...(Object.keys(elaborations).length > 0 ? { elaborations } : {}) };
        break;
      }
    }
  }
  return out;
}

/** The server's problems by question id (path `seksjon.spørsmål[…]`); the rest (unknown questions, the date) by field. */
export function problemsByQuestion(
  form: FormDefinition,
  fields: { field: string; message: string }[],
): { byQuestion: Map<string, string[]>; other: { field: string; message: string }[] } {
  const byQuestion = new Map<string, string[]>();
  const other: { field: string; message: string }[] = [];
  const questions = form.sections.flatMap((s) => s.questions.map((q) => ({ prefix: `${s.id}.${q.id}`, id: q.id })));
  for (const f of fields) {
    const q = questions.find((x) => f.field === x.prefix || f.field.startsWith(`${x.prefix}.`));
    if (q) byQuestion.set(q.id, [...(byQuestion.get(q.id) ?? []), f.message]);
    else other.push(f);
  }
  return { byQuestion, other };
}

/** An answer to start from for each question type, so every control is controlled. */
export function emptyAnswer(q: FormQuestion): FormAnswers[string] | undefined {
  switch (q.type) {
    case 'checklist':
      return { checked: [] };
    case 'table':
      return { rows: q.rows.kind === 'fixed' ? q.rows.rows.map((r) => ({ key: r.id, cells: {} })) : [] };
    case 'cards':
      return { selected: [] };
    case 'multiple-choice':
      return [];
    default:
      return undefined;
  }
}

/** The answers to edit: stored or prefilled ones, with the fixed rows of tables in place. */
export function editableAnswers(form: FormDefinition, answers: FormAnswers): FormAnswers {
  const out: FormAnswers = { ...answers };
  for (const q of form.sections.flatMap((s: FormSection) => s.questions)) {
    const empty = emptyAnswer(q);
    if (out[q.id] === undefined || out[q.id] === null) {
      if (empty !== undefined) out[q.id] = empty;
    } else if (q.type === 'table' && q.rows.kind === 'fixed' && isRecord(out[q.id])) {
      const rows = (out[q.id] as { rows: { key?: string; cells: Record<string, string | number> }[] }).rows;
      out[q.id] = { rows: q.rows.rows.map((r) => rows.find((x) => x.key === r.id) ?? { key: r.id, cells: {} }) };
    }
  }
  return out;
}
