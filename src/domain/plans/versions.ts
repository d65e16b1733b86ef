import { norwegianDate } from './case-facts';
import {
  formatPath,
  HOME_SCHOOLING_GROUNDS,
  labelOf,
  PRESENCE_LEVELS,
  REDUCTION_KINDS,
  SIGNATORY_ROLES,
  TEACHING_PLACES,
  type Plan,
} from './plan-schema';

// A plan is never edited in place: every edit is a new version, so what was agreed at a meeting stays
// readable after the next meeting changes it. `diffPlans` says what changed between two versions in
// words the user reads («Tiltak 2 › Plan B: endret fra … til …»).

export type PlanVersion = {
  planId: string;
  version: number;
  plan: Plan;
  editedOn: string;
  editedBy: string;
  note: string | null;
};

export type PlanChange = {
  path: string;
  label: string;
  type: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
};

export type EditMeta = { editedOn: string; editedBy: string; note?: string | null };

/** The first version of a new plan. */
export function firstVersion(planId: string, plan: Plan, meta: EditMeta): PlanVersion {
  return {
    planId,
    version: 1,
    plan,
    editedOn: meta.editedOn,
    editedBy: meta.editedBy,
    note: meta.note?.trim() || null,
  };
}

/** The next version of a plan after an edit, with what changed; refused when nothing changed or the kind did. */
export function revisePlan(
  latest: PlanVersion,
  next: Plan,
  meta: EditMeta,
): { ok: true; version: PlanVersion; changes: PlanChange[] } | { ok: false; error: string } {
  if (next.kind !== latest.plan.kind)
    return { ok: false, error: 'En plan kan ikke bytte type. Lag en ny plan i stedet.' };
  if (meta.editedOn < latest.editedOn)
    return {
      ok: false,
      error: `Endringen er datert ${norwegianDate(meta.editedOn)}, før forrige versjon (${norwegianDate(latest.editedOn)}).`,
    };
  if (meta.editedBy.trim() === '') return { ok: false, error: 'Skriv hvem som endrer planen.' };
  const changes = diffPlans(latest.plan, next);
  if (changes.length === 0) return { ok: false, error: 'Planen er ikke endret.' };
  return {
    ok: true,
    version: {
      planId: latest.planId,
      version: latest.version + 1,
      plan: next,
      editedOn: meta.editedOn,
      editedBy: meta.editedBy.trim(),
      note: meta.note?.trim() || null,
    },
    changes,
  };
}

// Codes shown as their Norwegian names.
const VALUE_NAMES: Record<string, Record<string, string>> = {
  kind: REDUCTION_KINDS,
  reducesAttendance: REDUCTION_KINDS,
  role: SIGNATORY_ROLES,
  presenceAtSchool: PRESENCE_LEVELS,
  place: TEACHING_PLACES,
  grounds: HOME_SCHOOLING_GROUNDS,
  attendance: { hel: 'Hel skoledag', delvis: 'Delvis oppmøte' },
  type: { 'sakkyndig-vurdering': 'Sakkyndig vurdering og skriftlig samtykke', midlertidig: 'Midlertidig tiltak' },
};
const ISO = /^\d{4}-\d{2}-\d{2}$/;
type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };
const isObject = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: Json): v is { id: string } & { [key: string]: Json } => isObject(v) && typeof v.id === 'string';

function show(value: Json, key: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return VALUE_NAMES[key]?.[value] ?? (ISO.test(value) ? norwegianDate(value) : value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return (
      value
        .map((v) => show(v, key))
        .filter((v) => v !== null)
        .join('; ') || null
    );
  // An object is named by its most telling field.
  for (const k of ['description', 'measure', 'what', 'subGoal', 'name', 'type'])
    if (typeof value[k] === 'string' && value[k] !== '') return show(value[k], k);
  return Object.keys(value).length > 0 ? '(utfylt)' : null;
}

function walk(before: Json, after: Json, path: (string | number)[], out: PlanChange[]): void {
  const key = String(path.findLast((p) => typeof p === 'string') ?? '');
  const push = (type: PlanChange['type'], b: Json, a: Json) =>
    out.push({ path: formatPath(path), label: labelOf(path), type, before: show(b, key), after: show(a, key) });
  const empty = (v: Json) => v === null || v === undefined || v === '';
  if (empty(before) && empty(after)) return;
  if (empty(before)) {
    push('added', before, after);
    return;
  }
  if (empty(after)) {
    push('removed', before, after);
    return;
  }

  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.every(hasId) && after.every(hasId) && (before.length > 0 || after.length > 0)) {
      // Items with ids are matched by id, so an inserted measure does not read as every later one changed.
      const old = new Map(before.map((b, i) => [b.id, { b, i }]));
      after.forEach((a, i) => {
        const match = old.get(a.id);
        if (match) walk(match.b, a, [...path, i], out);
        else
          out.push({
            path: formatPath([...path, i]),
            label: labelOf([...path, i]),
            type: 'added',
            before: null,
            after: show(a, key),
          });
      });
      const kept = new Set(after.map((a) => a.id));
      before.forEach((b, i) => {
        if (!kept.has(b.id))
          out.push({
            path: formatPath([...path, i]),
            label: `${labelOf([...path, i])} (tidligere)`,
            type: 'removed',
            before: show(b, key),
            after: null,
          });
      });
      return;
    }
    for (let i = 0; i < Math.max(before.length, after.length); i++) walk(before[i], after[i], [...path, i], out);
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)]))
      if (k !== 'id') walk(before[k], after[k], [...path, k], out);
    return;
  }
  if (before !== after) push('changed', before, after);
}

/** What changed from one version of a plan to the next, field by field, for display. */
export function diffPlans(before: Plan, after: Plan): PlanChange[] {
  const out: PlanChange[] = [];
  walk(before as unknown as Json, after as unknown as Json, [], out);
  return out;
}
