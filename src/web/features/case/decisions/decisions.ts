// The decision screen's pure parts (decision 218): the draft as the form edits it and as it is sent, the
// server's gaps put at the form's fields, and the next deadline in words.
import type { DecisionDto, DecisionGapDto, UpdateDecisionBody } from '../../../api';
import type { HeardDraft, HeardProblems } from '../HeardFields';

const emptyHeard: HeardDraft = { obtained: null, how: '', views: '', why: '', howSought: '', bestInterest: '' };

/** The draft as the form holds it: text fields as text (empty for none), the pupil's views as HeardFields edits them. */
export type DecisionDraft = {
  facts: string;
  legalBasis: string[];
  reasons: string;
  heard: HeardDraft;
  weighed: string;
  decision: string;
  from: string;
  to: string;
  assessmentId: string;
  consentOn: string;
  consentBy: string;
  temporary: boolean;
  evaluateOn: string;
  considerations: string;
};

/** The form's own fields, in the form's order: the first with a problem takes focus. */
export const DRAFT_FIELDS = [
  'facts',
  'legalBasis',
  'assessmentId',
  'guardianConsent',
  'temporary',
  'heard',
  'weighed',
  'reasons',
  'decision',
  'from',
  'to',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftProblems = Partial<Record<DraftField, string>> & { heard?: string; heardFields?: HeardProblems };

export function draftOf(d: DecisionDto): DecisionDraft {
  const v = d.heard?.pupilViews;
  return {
    facts: d.facts,
    legalBasis: [...d.legalBasis],
    reasons: d.reasons,
    heard: d.heard
      ? {
          obtained: v?.obtained ?? null,
          how: v?.obtained ? v.how : '',
          views: v?.obtained ? v.views : '',
          why: v && !v.obtained ? v.why : '',
          howSought: v && !v.obtained ? v.howSought : '',
          bestInterest: d.heard.bestInterest,
        }
      : emptyHeard,
    weighed: d.weighed,
    decision: d.decision,
    from: d.from ?? '',
    to: d.to ?? '',
    assessmentId: d.assessmentId ?? '',
    consentOn: d.guardianConsent?.on ?? '',
    consentBy: d.guardianConsent?.by ?? '',
    temporary: d.temporary !== null,
    evaluateOn: d.temporary?.evaluateOn ?? '',
    considerations: d.temporary?.considerations ?? '',
  };
}

/**
 * The body that saves the draft. A half-written part is sent as far as the contract can take it: the pupil's
 * views once it is said whether they were obtained (and how), the consent once it has a date and a name, the
 * temporary measure once it has an evaluation date; «Fatt vedtak» names what is still missing.
 */
export function updateOf(draft: DecisionDraft, version: number): UpdateDecisionBody {
  const h = draft.heard;
  const heard =
    h.obtained === true && h.how
      ? {
          pupilViews: { obtained: true as const, how: h.how, views: h.views.trim() },
          bestInterest: h.bestInterest.trim(),
        }
      : h.obtained === false
        ? {
            pupilViews: { obtained: false as const, why: h.why.trim(), howSought: h.howSought.trim() },
            bestInterest: h.bestInterest.trim(),
          }
        : null;
  return {
    version,
    facts: draft.facts.trim(),
    legalBasis: draft.legalBasis,
    reasons: draft.reasons.trim(),
    heard,
    weighed: draft.weighed.trim(),
    decision: draft.decision.trim(),
    from: draft.from || null,
    to: draft.to || null,
    assessmentId: draft.assessmentId || null,
    guardianConsent:
      draft.consentOn && draft.consentBy.trim() ? { on: draft.consentOn, by: draft.consentBy.trim() } : null,
    temporary:
      draft.temporary && draft.evaluateOn
        ? { evaluateOn: draft.evaluateOn, considerations: draft.considerations.trim() }
        : null,
  };
}

const HEARD_KEYS = ['obtained', 'how', 'views', 'why', 'howSought', 'bestInterest'] as const;
const isHeardKey = (k: string): k is (typeof HEARD_KEYS)[number] => (HEARD_KEYS as readonly string[]).includes(k);

/**
 * The server's gaps at the form's fields: a path's first name is the field (`heard.pupilViews.views` → the
 * pupil's views, and within them the field its last name names); a gap of no field of the form is kept under
 * `other`, shown above the form.
 */
export function problemsOf(gaps: readonly DecisionGapDto[]): { fields: DraftProblems; other: string[] } {
  const fields: DraftProblems = {};
  const other: string[] = [];
  for (const gap of gaps) {
    const parts = gap.field.split(/[.[\]]+/).filter(Boolean);
    const first = parts[0] === 'pupilViews' || parts[0] === 'bestInterest' ? 'heard' : parts[0];
    if (first === 'heard') {
      const last = parts.at(-1) ?? '';
      const key = isHeardKey(last) ? last : parts[0] === 'bestInterest' ? 'bestInterest' : 'obtained';
      fields.heardFields = { ...fields.heardFields, [key]: fields.heardFields?.[key] ?? gap.message };
      fields.heard ??= gap.message;
    } else if (first && (DRAFT_FIELDS as readonly string[]).includes(first)) {
      const key = first as DraftField;
      fields[key] ??= gap.message;
    } else other.push(gap.message);
  }
  return { fields, other };
}

/** The first of the form's fields with a problem, in the form's order. */
export const firstProblem = (problems: DraftProblems): DraftField | undefined => DRAFT_FIELDS.find((f) => problems[f]);

/**
 * How long an appeal has waited with the Statsforvalteren, as the screen says it (decision 229): in days for the
 * first two weeks, then in whole weeks; nothing on the day it was sent.
 */
export function waitedFor(days: number): { unit: 'days' | 'weeks'; count: number } | null {
  if (days <= 0) return null;
  return days < 14 ? { unit: 'days', count: days } : { unit: 'weeks', count: Math.floor(days / 7) };
}
