import { z } from 'zod';
import { getCaseResponse } from './cases';
import { idParam } from './common';

// GET /api/cases/:caseId/parts?include=meetings,timeline (issue 17 item 10, decision 117): after an action
// the case page fetches again only the parts of the case the action can change, not the whole case. Each part
// names fields of the case's answer (GET /api/cases/:caseId); the server reads only what those fields need.

export const CASE_PARTS = [
  'status',
  'meetings',
  'forms',
  'plans',
  'consents',
  'referrals',
  'timeline',
  'pupilEntries',
] as const;
export type CasePart = (typeof CASE_PARTS)[number];

/**
 * The fields of the case's answer each part holds. `id`, `version`, `pupil`, `readOnly`, `municipalContent`
 * (the written form the content is in, decision 179) and `documentLanguages` (what a document can be printed
 * in, decision 202) come with every part.
 */
export const CASE_PART_FIELDS = {
  status: [
    'ladder',
    'state',
    'overdue',
    'defaultEvaluationOn',
    'evaluationMeasures',
    'stafettholder',
    'openedFrom',
    'weeklyContact',
    'level',
    'allowedActions',
    'tasks',
    'beforeAfter',
    'participants',
    'notices',
  ],
  meetings: ['meetings', 'minutesTemplates'],
  forms: ['forms', 'statements', 'pupilVoice', 'mappedCauses'],
  plans: ['plans'],
  consents: ['consents', 'consentForm'],
  referrals: ['referrals', 'assessments'],
  timeline: ['timeline', 'alerts'],
  pupilEntries: ['pupilEntries'],
} as const satisfies Record<CasePart, readonly (keyof z.infer<typeof getCaseResponse>)[]>;

export const getCasePartsParams = z.object({ caseId: idParam });
export const getCasePartsQuery = z.object({
  include: z
    .string()
    .max(200)
    .transform((s) => [...new Set(s.split(',').map((p) => p.trim()))])
    .pipe(z.array(z.enum(CASE_PARTS, { error: `må være en av ${CASE_PARTS.join(', ')}` })).min(1))
    .describe(`Delene av saken, kommaseparert: ${CASE_PARTS.join(', ')}`),
});
export type GetCasePartsQuery = z.input<typeof getCasePartsQuery>;
export const getCasePartsResponse = getCaseResponse
  .partial()
  .required({ id: true, version: true, pupil: true, readOnly: true });
export type GetCasePartsResponse = z.infer<typeof getCasePartsResponse>;
