// Plans in the case from the browser (decision 064): the API calls, and the pure helpers the plan editor
// uses — setting a field by its path, the server's problems keyed by field path, and a measure from the
// measures bank copied into a plan as an editable row.
import { ApiError, request, send, type HeardInput, type MappedCauses } from '../../../api';
import type { HeardRecord } from '../../../../contract/heard';
import type { Plan, PlanKind } from '../../../../domain/plans/plan-schema';
import type { Language } from '../../../../domain/language/language';

export type PlanStatus = 'utkast' | 'aktiv' | 'avsluttet';
export type PlanSummary = { id: string; kind: PlanKind; title: string; status: PlanStatus; version: number };
export type PlanNotice = {
  code: string;
  message: string;
  source: string;
  path?: string;
  /** The form that supplies what is missing; the Kartlegging section offers it (decision 062). */
  offer?: { formId: string; filledFormId?: string };
};
export type PlanChange = {
  path: string;
  label: string;
  type: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
};
export type PlanDetail = PlanSummary & {
  kindName: string;
  statusLabel: string;
  content: Plan;
  activatedOn: string | null;
  activatedByName: string | null;
  /** «Elevens stemme og barnets beste» recorded with the activation (decision 204). */
  activationHeard: HeardRecord | null;
  closedOn: string | null;
  updatedAt: string;
  updatedByName: string;
  activation: { ok: boolean; reasons: PlanNotice[]; warnings: PlanNotice[] };
  missing: { path: string; message: string }[];
  pupilVoice: { kind: 'form' | 'trusted-person' | 'pupil-checkin'; id: string; on: string; name?: string }[];
  attendance: { summary: string } | null;
};
export type PlanVersion = {
  version: number;
  status: PlanStatus;
  statusLabel: string;
  editedAt: string;
  editedByName: string;
  statusChanged: boolean;
  changes: PlanChange[];
};
export type BankMeasure = {
  id: string;
  title: string;
  description: string | null;
  group: { id: string; title: string };
  placeLabel: string;
  levels: number[];
};
export type SuggestionReason = { kind: 'card' | 'detail'; code: string; label: string; text: string };
export type MeasureSuggestion = { measureId: string; title: string; score: number; reasons: SuggestionReason[] };
/** A suggestion as the bank lists it: the measure, its group and what in the mapping it fits. */
export type SuggestedMeasure = { id: string; title: string; groupTitle: string | null; fits: string[] };

const id = encodeURIComponent;
const base = (caseId: string) => `/api/cases/${id(caseId)}/plans`;

export const planApi = {
  create: (caseId: string, kind: PlanKind) =>
    request<{ plan: PlanSummary }>(base(caseId), { method: 'POST', body: { kind } }),
  get: (caseId: string, planId: string) => request<{ plan: PlanDetail }>(`${base(caseId)}/${id(planId)}`),
  save: (caseId: string, planId: string, content: Plan, version: number) =>
    request<{ version: number; changes: PlanChange[] }>(`${base(caseId)}/${id(planId)}`, {
      method: 'PUT',
      body: { content, version },
    }),
  activate: (caseId: string, planId: string, version: number, heard: HeardInput) =>
    request<{ version: number; activatedOn: string; warnings: PlanNotice[] }>(
      `${base(caseId)}/${id(planId)}/activate`,
      { method: 'POST', body: { version, heard } },
    ),
  close: (caseId: string, planId: string, version: number) =>
    request<{ version: number; closedOn: string }>(`${base(caseId)}/${id(planId)}/close`, {
      method: 'POST',
      body: { version },
    }),
  versions: (caseId: string, planId: string) =>
    request<{ versions: PlanVersion[] }>(`${base(caseId)}/${id(planId)}/versions`),
  async pdf(caseId: string, planId: string, language?: Language): Promise<{ pdf: Blob; fileName: string }> {
    const path = `${base(caseId)}/${id(planId)}/pdf${language ? `?language=${language}` : ''}`;
    const response = await send(path, 'GET', false, 'application/pdf');
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'plan.pdf';
    return { pdf: await response.blob(), fileName: name };
  },
  /** The bank searched by words and filtered by level and group (empty = all). */
  measures: (q: string, filter: { level?: string; group?: string } = {}) => {
    const params = new URLSearchParams({ q });
    if (filter.level) params.set('level', filter.level);
    if (filter.group) params.set('group', filter.group);
    return request<{ measures: BankMeasure[]; groups: { id: string; title: string }[] }>(
      `/api/measures?${params.toString()}`,
    );
  },
  suggestions: (causes: string) =>
    request<{ measures: BankMeasure[]; suggestions: MeasureSuggestion[] | null }>(
      `/api/measures?causes=${encodeURIComponent(causes)}`,
    ),
};

export type Path = (string | number)[];

/** `measures[1].planB` for a path, as the server names fields. */
export function pathKey(path: Path): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out === '' ? part : `${out}.${part}`),
    '',
  );
}

/** The value at a path. */
export function getIn(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, key) => (v === null || v === undefined ? undefined : (v as Record<string | number, unknown>)[key]),
    value,
  );
}

/** A copy of `value` with the value at `path` replaced. */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[key as number] = setIn(copy[key as number], rest, next);
    return copy as T;
  }
  const obj = (value ?? {}) as Record<string, unknown>;
  return { ...obj, [key as string]: setIn(obj[key as string], rest, next) } as T;
}

/** The server's problems by field path (`error.details.fields`, and the activation's reasons). */
export function problemsByPath(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  const fields = Array.isArray(error.details?.fields)
    ? (error.details.fields as { field?: unknown; message?: unknown }[])
    : [];
  for (const f of fields)
    if (typeof f.field === 'string' && typeof f.message === 'string' && !(f.field in out)) out[f.field] = f.message;
  return out;
}

/** Refusal reasons and warnings from an activation's 400. */
export function activationNotices(error: unknown): { reasons: PlanNotice[]; warnings: PlanNotice[] } | null {
  if (!(error instanceof ApiError) || !Array.isArray(error.details?.reasons)) return null;
  return {
    reasons: error.details.reasons as PlanNotice[],
    warnings: Array.isArray(error.details.warnings) ? (error.details.warnings as PlanNotice[]) : [],
  };
}

/** A fresh id for a new row in a plan. */
export function newRowId(prefix: string, existing: readonly { id: string }[]): string {
  let n = existing.length + 1;
  while (existing.some((e) => e.id === `${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/**
 * The plan with a measure from the bank added as an editable row: a tiltaksplan gets it as a measure
 * (plan B and responsible to fill in), a samarbeidsavtale as a row's measure. Returns null for kinds
 * without measures, and the path of the new row's text so the editor can put focus there.
 */
export function addBankMeasure(plan: Plan, measure: Pick<BankMeasure, 'title'>): { plan: Plan; focus: Path } | null {
  if (plan.kind === 'tiltaksplan') {
    const m = {
      id: newRowId('m', plan.measures),
      description: measure.title,
      planB: '',
      responsible: '',
      attendanceReduction: null,
      homeSchooling: null,
    };
    return {
      plan: { ...plan, measures: [...plan.measures, m] },
      focus: ['measures', plan.measures.length, 'description'],
    };
  }
  if (plan.kind === 'samarbeidsavtale') {
    const r = {
      id: newRowId('r', plan.rows),
      subGoal: '',
      measure: measure.title,
      responsible: '',
      deadline: null,
      reducesAttendance: null,
    };
    return { plan: { ...plan, rows: [...plan.rows, r] }, focus: ['rows', plan.rows.length, 'measure'] };
  }
  return null;
}

/** The `causes` parameter for the measures bank from the case's årsakskartlegging: its codes, once each; '' when none. */
export function causesParam(mapped: MappedCauses | null | undefined): string {
  return [...new Set((mapped?.causes ?? []).map((c) => c.code).filter((c) => c !== ''))].join(',');
}

/**
 * The bank's suggestions, best first as the server ranks them, each with its group (from the measures of
 * the same answer) and the labels of the causes it fits, utdypinger before cards, once each.
 */
export function suggestedMeasures(
  suggestions: readonly MeasureSuggestion[] | null,
  measures: readonly BankMeasure[],
): SuggestedMeasure[] {
  const groups = new Map(measures.map((m) => [m.id, m.group.title]));
  return (suggestions ?? []).map((s) => ({
    id: s.measureId,
    title: s.title,
    groupTitle: groups.get(s.measureId) ?? null,
    fits: [
      ...new Set(
        [...s.reasons.filter((r) => r.kind === 'detail'), ...s.reasons.filter((r) => r.kind !== 'detail')].map(
          (r) => r.label,
        ),
      ),
    ],
  }));
}

/** The DOM id of a plan field, so errors and focus can find it. */
export function fieldId(planId: string, path: Path): string {
  return `plan-${planId}-${pathKey(path).replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
