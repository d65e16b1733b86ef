import type { PlanKind } from './plan-schema';

// What the plan rules need to know about the case, as plain data the server loads beforehand. The
// shapes follow the case's stored records (assessments and referrals as in
// src/server/use-cases/case-referrals.ts) without importing them: the domain imports nothing from the server.

/** An expert or medical statement recorded in the case. */
export type CaseAssessment = {
  id: string;
  kind: 'sakkyndig-vurdering' | 'sakkyndig-uttalelse' | 'legeerklaering';
  issuedOn: string;
  issuedBy: string;
  recommendations: string;
  /** Set for a temporary sakkyndig uttalelse: how long it stands in for the vurdering. */
  validUntil: string | null;
};

export type CaseReferral = { service: string; status: string };

/** Who a filled form speaks for: the pupil's own answers, the guardians', the school's. */
export type FormAudience = 'elev' | 'foresatte' | 'elev-og-foresatte' | 'skolen';

export type FilledForm = {
  id: string;
  kind: string;
  audience: FormAudience;
  filledOn: string;
  /** The form version the answers were given to (absent: the first). */
  version?: number | undefined;
  /**
   * The pupil's own answer to «what would help», where the form asks it (the årsakskartlegging from its
   * second version, decision 062); the server reads it from the answers with `pupilViewOf`.
   */
  pupilView?: string | null | undefined;
};

/** 004 §3: the statement of a trusted person the pupil chose, when the pupil will not tell the team. */
export type TrustedPersonStatement = {
  id: string;
  /** Who the person is. */
  name: string;
  /** Their relation to the pupil (helsesykepleier, tante, trener …). */
  relation: string;
  /** The pupil chose this person; a person the adults appointed does not count. */
  chosenByPupil: boolean;
  /** «hva den tenker og hva som er viktig for den i tiden fremover». */
  statement: string;
  recordedOn: string;
};

/**
 * A check-in the pupil wrote on their own page (decision 186): the week's 1–10 and «Hva skal til for at den blir
 * ett steg bedre?», the pupil's own view of what would help.
 */
export type PupilCheckin = { id: string; week: string; oneStepBetter: string; writtenOn: string };

export type CaseFacts = {
  /** The day the check is made: nothing recorded after it counts. */
  asOf: string;
  filledForms: readonly FilledForm[];
  trustedPersonStatements: readonly TrustedPersonStatement[];
  /** The pupil's own check-ins in the case (decision 186); none where the caller does not load them. */
  pupilCheckins?: readonly PupilCheckin[] | undefined;
  assessments: readonly CaseAssessment[];
  referrals?: readonly CaseReferral[] | undefined;
  /** The case's other plans (their latest versions), for references between plans. */
  plans?: readonly { id: string; kind: PlanKind }[] | undefined;
};

/** A reason or warning with a stable code, the Norwegian text the UI shows, the field and the source rule. */
export type Notice = {
  code: string;
  message: string;
  source: string;
  path?: string;
  /** The form that supplies what is missing: a new one of `formId`, or the filled form `filledFormId` edited. */
  offer?: { formId: string; filledFormId?: string };
};

export type RuleResult = { ok: true; warnings: Notice[] } | { ok: false; reasons: Notice[]; warnings: Notice[] };

/** Folds reasons and warnings into a result. */
export function result(reasons: Notice[], warnings: Notice[]): RuleResult {
  return reasons.length > 0 ? { ok: false, reasons, warnings } : { ok: true, warnings };
}

/** 24.11.2025 for 2025-11-24: the one function in src/domain/calendar/dates.ts. */
export { norwegianDate } from '../calendar/dates';
