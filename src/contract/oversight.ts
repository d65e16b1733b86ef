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

/**
 * The absence of a group in a month, broken down (issue 19 item 1; decisions 161–162): pupils over 5 % and 20 %
 * of school time beside `pupilsOver`'s 10 %, each suppressed as its own table (and hidden where its difference
 * from the 10 % count would be 1–4 pupils); documented and undocumented absence as per cent of school time; whole
 * days, single lessons and late arrivals counted apart. Those rest on the group's pupils and are published only
 * where the group's pupils would be, as the share is.
 */
const monthBreakdown = z.object({
  month: z.string(),
  pupilsOver5: published,
  pupilsOver20: published,
  documentedPercent: published,
  undocumentedPercent: published,
  absentDays: published,
  absentLessons: published,
  lateArrivals: published,
});

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
      absence: z.array(monthBreakdown),
    }),
  ),
  /** The same pupils by trinn across the kommune (trinn 1–10 where there are classes). */
  trinn: z.array(
    z.object({
      trinn: z.number().int(),
      pupils: published,
      months: z.array(z.object({ month: z.string(), pupilsOver: published, sharePercent: published })),
      absence: z.array(monthBreakdown),
    }),
  ),
  /** The kommune per month (the schools summed). */
  kommune: z.object({
    pupils: published,
    months: z.array(z.object({ month: z.string(), pupilsOver: published, sharePercent: published })),
    absence: z.array(monthBreakdown),
  }),
  /** The case side's figures per school, the same months (decision 156). */
  caseFigures: ownerCaseFigures,
});
export type OwnerOverviewResponse = z.infer<typeof ownerOverviewResponse>;
