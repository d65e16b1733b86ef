import { z } from 'zod';
import { PLAN_CHANGE_TYPES, PLAN_STATUSES, VOICE_EVIDENCE_KINDS } from './enums';
import { idParam } from './common';
import { PLAN_KINDS } from '../domain/plans/plan-schema';
import { heard, heardRecord } from './heard';

// The plan's content is the domain's Plan (src/domain/plans/plan-schema.ts); the use-case checks it and
// answers with the Norwegian problem at each field path, so the route takes it as it comes.
const content = z
  .record(z.string(), z.unknown()) // why: the domain's plan schema checks the content, per plan kind
  .describe(
    'Planen (tiltaksplan, samarbeidsavtale, dagsplan, gradvis-tilbakeforing, opplaering-ved-sykdom) etter src/domain/plans/plan-schema.ts',
  );

const kind = z.enum(PLAN_KINDS);

const status = z.enum(PLAN_STATUSES);

const notice = z.object({
  code: z.string(),
  message: z.string(),
  source: z.string(),
  path: z.string().optional(),
  offer: z
    .object({ formId: z.string(), filledFormId: z.string().optional() })
    .optional()
    .describe('Skjemaet som gir det som mangler (beslutning 062)'),
});

const change = z.object({
  path: z.string(),
  label: z.string(),
  type: z.enum(PLAN_CHANGE_TYPES),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

const figures = z
  .object({
    from: z.string(),
    to: z.string(),
    schoolDays: z.number().int(),
    absentDays: z.number().int(),
    absentLessons: z.number().int(),
    lateArrivals: z.number().int(),
    sharePercent: z.number(),
  })
  .nullable();

export const planSummary = z.object({ id: z.string(), kind, title: z.string(), status, version: z.number().int() });
export type PlanSummary = z.infer<typeof planSummary>;

export const plan = planSummary.extend({
  kindName: z.string(),
  statusLabel: z.string(),
  content: z.record(z.string(), z.unknown()), // why: the plan as the domain's plan schema holds it, per plan kind
  activatedOn: z.string().nullable(),
  activatedByName: z.string().nullable(),
  activationHeard: heardRecord
    .nullable()
    .describe('Elevens syn og barnets beste ført da planen ble aktivert; null før (beslutning 204)'),
  closedOn: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string(),
  activation: z
    .object({ ok: z.boolean(), reasons: z.array(notice), warnings: z.array(notice) })
    .describe('Hva aktivering ville svart i dag'),
  missing: z.array(z.object({ path: z.string(), message: z.string() })),
  pupilVoice: z.array(
    z.object({ kind: z.enum(VOICE_EVIDENCE_KINDS), id: z.string(), on: z.string() }).catchall(z.unknown()), // why: each kind of evidence carries its own fields
  ),
  attendance: z
    .object({
      before: figures,
      during: figures,
      attendanceBefore: z.number().nullable(),
      attendanceDuring: z.number().nullable(),
      change: z.number().nullable(),
      periodEnded: z.boolean(),
      summary: z.string(),
    })
    .nullable(),
});
export type PlanDetail = z.infer<typeof plan>;

export const planParams = z.object({ caseId: idParam, planId: idParam });

const version = z.number().int().positive();

// POST /api/cases/:caseId/plans
export const createPlanParams = z.object({ caseId: idParam });
export type CreatePlanParams = z.input<typeof createPlanParams>;
export const createPlanBody = z.object({ kind, content: content.optional() });
export type CreatePlanBody = z.input<typeof createPlanBody>;
export const createPlanResponse = z.object({ plan: planSummary });
export type CreatePlanResponse = z.infer<typeof createPlanResponse>;

// GET /api/cases/:caseId/plans/:planId
export const getPlanResponse = z.object({ plan });
export type GetPlanResponse = z.infer<typeof getPlanResponse>;

// PUT /api/cases/:caseId/plans/:planId
export const updatePlanBody = z.object({ content, version, note: z.string().max(1000).nullish() });
export type UpdatePlanBody = z.input<typeof updatePlanBody>;
export const updatePlanResponse = z.object({ version: z.number().int(), changes: z.array(change) });
export type UpdatePlanResponse = z.infer<typeof updatePlanResponse>;

// GET /api/cases/:caseId/plans/:planId/versions
export const listPlanVersionsResponse = z.object({
  versions: z.array(
    z.object({
      version: z.number().int(),
      status,
      statusLabel: z.string(),
      editedAt: z.string(),
      editedByName: z.string(),
      statusChanged: z.boolean(),
      changes: z.array(change),
      content: z.record(z.string(), z.unknown()), // why: the plan as the domain's plan schema holds it, per plan kind
    }),
  ),
});
export type ListPlanVersionsResponse = z.infer<typeof listPlanVersionsResponse>;

// POST /api/cases/:caseId/plans/:planId/activate
export const activatePlanBody = z.object({
  version,
  heard: heard
    .nullish()
    .describe('Elevens stemme og barnets beste: kreves, aktiveringen setter tiltakene i gang (beslutning 204)'),
});
export type ActivatePlanBody = z.input<typeof activatePlanBody>;
export const activatePlanResponse = z.object({
  version: z.number().int(),
  activatedOn: z.string(),
  warnings: z.array(notice),
});
export type ActivatePlanResponse = z.infer<typeof activatePlanResponse>;

// POST /api/cases/:caseId/plans/:planId/close
export const closePlanBody = z.object({ version });
export type ClosePlanBody = z.input<typeof closePlanBody>;
export const closePlanResponse = z.object({ version: z.number().int(), closedOn: z.string() });
export type ClosePlanResponse = z.infer<typeof closePlanResponse>;

// GET /api/cases/:caseId/plans/:planId/pdf
