import { z } from 'zod';
import { schoolCaseFigures } from './case-figures';
import { isoDate } from './common';

// The reviews 004 §1.1 (3) asks for (issue 19 item 2, decisions 139–143): the leadership group's weekly review,
// the trinn meeting, the resource team's monthly review and the semester review. Named pupils appear only where
// the viewer may already see them (the scope of classes and schools); exports carry the same figures.

export const REVIEW_KINDS = ['uke', 'trinn', 'maned', 'semester'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const EXPORT_FORMATS = ['xlsx', 'pdf'] as const;

export const reviewSchoolQuery = z.object({
  /** The school; the first of the viewer's schools when left out. */
  schoolId: z.uuid().optional(),
});
export const trinnMeetingQuery = reviewSchoolQuery.extend({
  /** The trinn (1–10); the lowest the viewer sees when left out. */
  trinn: z.coerce.number().int().min(1).max(10).optional(),
});
export const movementQuery = reviewSchoolQuery.extend({
  /** The range whose two halves are compared («før» and «nå»); the review's own default when left out. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** The same queries with the export's format (GET …/export?format=xlsx|pdf). */
const format = { format: z.enum(EXPORT_FORMATS) };
export const weeklyExportQuery = reviewSchoolQuery.extend(format);
export const trinnExportQuery = trinnMeetingQuery.extend(format);
export const movementExportQuery = movementQuery.extend(format);

const figures = z.object({
  pupils: z.number().int(),
  /** Share of school time away, per cent, one decimal: all, documented, undocumented. */
  sharePercent: z.number(),
  documentedPercent: z.number(),
  undocumentedPercent: z.number(),
  absentDays: z.number().int(),
  absentLessons: z.number().int(),
  lateArrivals: z.number().int(),
  /** Pupils over 5, 10 and 20 % (bands). */
  above: z.array(z.number().int()),
});
export type ReviewFigures = z.infer<typeof figures>;

const school = z.object({ id: z.string(), name: z.string() });
/** The schools the viewer may open the review for, by name (the screens' school picker, decision 160). */
const schoolChoices = z.array(school);
const levelCount = z.object({ level: z.number().int(), new: z.number().int(), ongoing: z.number().int() });
const caseRow = z.object({
  caseId: z.string(),
  pupilName: z.string(),
  className: z.string(),
  level: z.number().int(),
  evaluationDue: z.string().nullable(),
});
const concernRow = z.object({
  pupilId: z.string(),
  pupilName: z.string(),
  className: z.string(),
  startedOn: z.string(),
  ruleTitle: z.string(),
});

export const weeklyReviewResponse = z.object({
  school,
  schoolChoices,
  today: z.string(),
  bands: z.array(z.number()),
  /** This week (last) and the four before it; a week counts its school days up to today. */
  weeks: z.array(
    z.object({ week: z.number().int(), year: z.number().int(), from: z.string(), to: z.string(), figures }),
  ),
  casesByLevel: z.array(levelCount),
  overdueEvaluations: z.array(caseRow),
  concernsWithoutCase: z.array(concernRow),
  /** The school's case figures by month of the school year (decision 155). */
  caseFigures: schoolCaseFigures,
});
export type WeeklyReviewResponse = z.infer<typeof weeklyReviewResponse>;

export const trinnMeetingResponse = z.object({
  school,
  schoolChoices,
  today: z.string(),
  trinn: z.number().int(),
  /** The trinn the viewer may choose among. */
  trinnChoices: z.array(z.number().int()),
  /** The last meeting: 14 days back (decision 140). */
  since: z.string(),
  /** Whether the viewer sees only some classes of the trinn (a teacher sees their own). */
  partial: z.boolean(),
  pupils: z.array(
    z.object({
      pupilId: z.string(),
      pupilName: z.string(),
      className: z.string(),
      concernSince: z.string().nullable(),
      ruleTitle: z.string().nullable(),
      caseId: z.string().nullable(),
      level: z.number().int().nullable(),
      isNew: z.boolean(),
      nextStep: z.string().nullable(),
      nextStepDue: z.string().nullable(),
    }),
  ),
});
export type TrinnMeetingResponse = z.infer<typeof trinnMeetingResponse>;

const range = z.object({ from: z.string(), to: z.string() });
const bandMovement = z.object({
  percent: z.number(),
  movedBelow: z.number().int(),
  movedAbove: z.number().int(),
  stayedAbove: z.number().int(),
  stayedBelow: z.number().int(),
});
const movementRow = z.object({
  label: z.string(),
  pupils: z.number().int(),
  beforePercent: z.number(),
  afterPercent: z.number(),
  bands: z.array(bandMovement),
});
export type MovementRow = z.infer<typeof movementRow>;

export const movementReviewResponse = z.object({
  kind: z.enum(['maned', 'semester']),
  school,
  schoolChoices,
  today: z.string(),
  before: range,
  after: range,
  total: movementRow,
  trinn: z.array(movementRow),
  classes: z.array(movementRow),
  casesByLevel: z.array(levelCount),
  /** The school's case figures by month of the school year (decision 155). */
  caseFigures: schoolCaseFigures,
});
export type MovementReviewResponse = z.infer<typeof movementReviewResponse>;
