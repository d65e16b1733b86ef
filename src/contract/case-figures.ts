import { z } from 'zod';
import { REFERRAL_SERVICES } from '../domain/ladder/ladder-lists';

// The case side's figures (issue 19 item 1, decisions 155–156): per school and month of the school year, pupils
// with a concern, cases by level, days from a concern's first day to the first contact with the home and to an
// opened case, evaluations on time and their outcomes, referrals waiting. Counts and days only: no pupil.

const count = z.number().int();
/** Calendar days: how many, the median and 80th percentile (nearest rank) and the longest. */
const days = z.object({
  count,
  median: z.number().int().nullable(),
  p80: z.number().int().nullable(),
  longest: z.number().int().nullable(),
});
const levelCount = z.object({ level: count, new: count, ongoing: count });
const period = z.object({
  pupilsWithConcern: count,
  casesByLevel: z.array(levelCount),
  concernsBegun: count,
  toContact: days,
  waitingForContact: days,
  toCase: days,
  evaluations: z.object({ onTime: count, late: count }),
  outcomes: z.object({ solved: count, better: count, moreNeeded: count }),
});

/** One school's figures, for the school's own reviews. */
export const schoolCaseFigures = z.object({
  months: z.array(period.extend({ month: z.string() })),
  /** The school year so far. */
  year: period,
  overdueEvaluations: count,
  referralsWaiting: z.array(days.extend({ service: z.enum(REFERRAL_SERVICES) })),
});
export type SchoolCaseFiguresResponse = z.infer<typeof schoolCaseFigures>;

/** A published figure: the number, or `null` («under 5», decision 128). */
const published = z.number().nullable();
const publishedDays = z.object({ median: published, p80: published });
const ownerRow = z.object({
  /** Per month of the overview: pupils with a concern, and cases opened. */
  pupilsWithConcern: z.array(published),
  newCases: z.array(published),
  /** The last month: cases open in it by level, new in it and ongoing. */
  casesByLevel: z.array(z.object({ level: count, new: published, ongoing: published })),
  /** The school year so far. */
  concernsBegun: published,
  contacted: published,
  waitingForContact: published,
  daysToContact: publishedDays,
  waitingDays: publishedDays,
  caseOpened: published,
  daysToCase: publishedDays,
  evaluations: z.object({ onTime: published, late: published, overdue: published }),
  outcomes: z.object({ solved: published, better: published, moreNeeded: published }),
  /** Per service, in the order of `services`. */
  referralsWaiting: z.array(published),
});

/** The school owner's: per school and the kommune, every count of 1–4 (and what would reveal one) hidden. */
export const ownerCaseFigures = z.object({
  services: z.array(z.enum(REFERRAL_SERVICES)),
  schools: z.array(ownerRow.extend({ id: z.string(), name: z.string() })),
  kommune: ownerRow,
  referralDays: z.array(z.object({ service: z.enum(REFERRAL_SERVICES), median: published, longest: published })),
});
export type OwnerCaseFiguresResponse = z.infer<typeof ownerCaseFigures>;
