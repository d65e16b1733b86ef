import { z } from 'zod';
import { HEARD_HOW } from '../domain/ladder/heard';

/**
 * «Elevens stemme og barnets beste» with a step (decision 181). Loose here on purpose: the case machine says
 * in Norwegian what is missing, on every ladder, as it does for the holistic assessment.
 */
export const heard = z
  .object({
    // By `obtained`, so a refusal names the field of the branch it is (how, views, why, howSought).
    pupilViews: z.discriminatedUnion('obtained', [
      z.object({
        obtained: z.literal(true),
        how: z.enum(HEARD_HOW, { error: 'Velg hvordan elevens syn ble innhentet' }),
        views: z.string().max(4000),
      }),
      z.object({ obtained: z.literal(false), why: z.string().max(4000), howSought: z.string().max(4000) }),
    ]),
    bestInterest: z.string().max(4000).default(''),
  })
  .describe('Elevens syn (eller hvorfor det ikke kunne innhentes) og vurderingen av barnets beste');
export type HeardInput = z.input<typeof heard>;

/** The record as the history and the pupil's file show it (decision 181). */
export const heardRecord = z.object({
  pupilViews: z.discriminatedUnion('obtained', [
    z.object({ obtained: z.literal(true), how: z.enum(HEARD_HOW), views: z.string() }),
    z.object({ obtained: z.literal(false), why: z.string(), howSought: z.string() }),
  ]),
  bestInterest: z.string().describe('Tom der steget ikke krever den (bekymringsmelding: helhetsvurderingen)'),
});
export type HeardRecord = z.infer<typeof heardRecord>;
