import { z } from 'zod';
import { ownerCaseFigures } from './case-figures';

// GET /api/oversight/owner — the school owner's figures (issue 19 items 1 and 3, decision 128). Aggregates only,
// never a pupil: a figure resting on 1–4 pupils, or one that would let such a figure be worked out, is `null`
// («under 5» on screen).
export const ownerOverviewQuery = z.object({
  /** The school year by its first calendar year (2026 = 2026–2027); the current one when left out. */
  schoolYear: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type OwnerOverviewQuery = z.input<typeof ownerOverviewQuery>;

/** A published figure: the number, or `null` where it is suppressed. */
const published = z.number().nullable();

export const ownerOverviewResponse = z.object({
  schoolYear: z.number().int(),
  /** The months of the school year up to today, `YYYY-MM`. */
  months: z.array(z.string()),
  /** The threshold the counts are over, in per cent of school time in the month. */
  thresholdPercent: z.number(),
  schools: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      pupils: published,
      /** Per month: pupils over the threshold, and the school's share of school time away (per cent). */
      months: z.array(z.object({ month: z.string(), pupilsOver: published, sharePercent: published })),
    }),
  ),
  /** The same pupils by trinn across the kommune (trinn 1–10 where there are classes). */
  trinn: z.array(
    z.object({
      trinn: z.number().int(),
      pupils: published,
      months: z.array(z.object({ month: z.string(), pupilsOver: published, sharePercent: published })),
    }),
  ),
  /** The kommune per month (the schools summed). */
  kommune: z.object({
    pupils: published,
    months: z.array(z.object({ month: z.string(), pupilsOver: published, sharePercent: published })),
  }),
  /** The case side's figures per school, the same months (decision 156). */
  caseFigures: ownerCaseFigures,
});
export type OwnerOverviewResponse = z.infer<typeof ownerOverviewResponse>;
