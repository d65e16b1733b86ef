// A pupil's school environment under opplæringslova kapittel 12 (issue 21 item 3, decisions 187–189): the
// matter the aktivitetsplikt opens, its steps, the aktivitetsplan and the leadership's list.
import { z } from 'zod';
import { idParam, isoDate, text } from './common';
import {
  MATTER_FLAGS,
  MATTER_STEPS,
  SCHOOL_ENVIRONMENT_STARTS,
  SCHOOL_ENVIRONMENT_STATUSES,
} from '../domain/school-environment/activity-plan';

export { MATTER_FLAGS, MATTER_STEPS, SCHOOL_ENVIRONMENT_STARTS, SCHOOL_ENVIRONMENT_STATUSES };

const status = z.enum(SCHOOL_ENVIRONMENT_STATUSES);
const flags = z.array(z.enum(MATTER_FLAGS)).describe('Det tavla sier om saken (beslutning 189)');

/**
 * The aktivitetsplan as sent: the use-case checks § 12-4's required elements (activityPlanGaps) and answers
 * each missing one at its field, so the shape here only bounds the text.
 */
export const activityPlanDto = z.object({
  problem: z.string().max(4000).describe('Hvilket problem tiltakene skal løse'),
  measures: z
    .array(
      z.object({
        what: z.string().max(2000).describe('Tiltaket'),
        when: z.string().max(500).describe('Når tiltaket gjennomføres (dato eller periode)'),
        responsible: z.string().max(300).describe('Hvem som er ansvarlig'),
      }),
    )
    .max(30),
  // Empty while the plan is being written (the save names it as missing); otherwise a real date.
  evaluationOn: z.union([z.literal(''), isoDate]).describe('Når tiltakene evalueres, ÅÅÅÅ-MM-DD'),
  pupilView: z.string().max(4000).describe('Hva eleven selv mener (eleven skal høres)'),
});
export type ActivityPlanDto = z.infer<typeof activityPlanDto>;

export const matterSummaryDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  pupilName: z.string(),
  className: z.string(),
  caseId: z.string().nullable(),
  status,
  adultInvolved: z.boolean(),
  knownOn: z.string(),
  evaluationDue: z.string().nullable(),
  flags,
});
export type MatterSummary = z.infer<typeof matterSummaryDto>;

export const matterDto = matterSummaryDto.extend({
  schoolName: z.string(),
  startedFrom: z.enum(SCHOOL_ENVIRONMENT_STARTS),
  reportedByName: z.string(),
  reportedAt: z.string(),
  report: z.string(),
  leaderNotifiedAt: z.string(),
  ownerNotifiedAt: z.string().nullable(),
  investigatedOn: z.string().nullable(),
  findings: z.string().nullable(),
  plan: activityPlanDto.nullable(),
  planMadeOn: z.string().nullable(),
  evaluatedOn: z.string().nullable(),
  evaluation: z.string().nullable(),
  closedOn: z.string().nullable(),
  closing: z.string().nullable(),
  steps: z.array(z.object({ step: z.enum(MATTER_STEPS), on: z.string().nullable() })),
  version: z.number().int(),
  /** Whether the reader may record steps and make the plan (the leadership, decision 187). */
  canEdit: z.boolean(),
  sentHomeAt: z
    .string()
    .nullable()
    .describe('Når aktivitetsplanen ble sendt til foresatte med «Send til foresatte» (beslutning 211)'),
  protectedAddress: z.boolean().describe('Eleven har fortrolig eller strengt fortrolig adresse'),
});
export type Matter = z.infer<typeof matterDto>;

// GET /api/pupils/:pupilId/school-environment
export const pupilMattersParams = z.object({ pupilId: idParam });
export const pupilMattersResponse = z.object({ matters: z.array(matterSummaryDto) });
export type PupilMattersResponse = z.infer<typeof pupilMattersResponse>;

// POST /api/pupils/:pupilId/school-environment
export const startMatterBody = z.object({
  knownOn: isoDate.describe('Når du fikk vite om det'),
  report: text('Skriv hva du har sett eller fått vite'),
  adultInvolved: z.boolean().default(false).describe('En voksen på skolen er involvert (§ 12-5)'),
});
export type StartMatterBody = z.input<typeof startMatterBody>;
export const startMatterResponse = z.object({ id: z.string(), canRead: z.boolean() });
export type StartMatterResponse = z.infer<typeof startMatterResponse>;

// GET /api/school-environment
export const listMattersResponse = z.object({ matters: z.array(matterSummaryDto) });
export type ListMattersResponse = z.infer<typeof listMattersResponse>;

// GET /api/school-environment/:matterId
export const matterParams = z.object({ matterId: idParam });
export const getMatterResponse = z.object({ matter: matterDto });
export type GetMatterResponse = z.infer<typeof getMatterResponse>;

// PUT /api/school-environment/:matterId/plan
export const saveActivityPlanBody = z.object({ version: z.number().int(), plan: activityPlanDto });
export type SaveActivityPlanBody = z.input<typeof saveActivityPlanBody>;

// POST /api/school-environment/:matterId/steps
export const MATTER_RECORDED_STEPS = ['owner-notified', 'investigated', 'evaluated', 'closed'] as const;
export const recordMatterStepBody = z.object({
  version: z.number().int(),
  step: z.enum(MATTER_RECORDED_STEPS),
  on: isoDate,
  text: z.string().trim().max(4000).default(''),
});
export type RecordMatterStepBody = z.input<typeof recordMatterStepBody>;
export const matterResponse = z.object({ matter: matterDto });
export type MatterResponse = z.infer<typeof matterResponse>;
