import { z } from 'zod';
import { isoDate } from './common';

// The school owner's editor of the kommune's rule profiles and ladders (issue 19 item 5, decisions 144–146):
// the what-if of a draft profile before it is saved, and the versions a profile or ladder has had.

const definitionId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Bare små bokstaver a–z, sifre og bindestrek');

/** A published figure: the number, or `null` where it rests on 1–4 pupils or would reveal one («under 5»). */
const published = z.number().nullable();

// POST /api/rule-profiles/:profileId/what-if
export const ruleProfileWhatIfParams = z.object({ profileId: definitionId });
export type RuleProfileWhatIfParams = z.input<typeof ruleProfileWhatIfParams>;
export const ruleProfileWhatIfBody = z.object({
  definition: z.unknown(), // why: a draft rule profile, validated by the domain's schema like a saved one
});
export type RuleProfileWhatIfBody = z.input<typeof ruleProfileWhatIfBody>;
export const ruleProfileWhatIfResponse = z.object({
  /** The period looked back over: eight weeks ending today. */
  from: isoDate,
  to: isoDate,
  weeks: z.number().int(),
  schools: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** The profile the school follows now, and whether it is the one being edited. */
      profile: z.string(),
      followsProfile: z.boolean(),
      /** Pupils with a concern in the period under the school's current profile, and under the draft. */
      current: published,
      draft: published,
    }),
  ),
  total: z.object({ current: published, draft: published }),
});
export type RuleProfileWhatIfResponse = z.infer<typeof ruleProfileWhatIfResponse>;

const definitionVersions = z.object({
  versions: z.array(
    z.object({
      version: z.number().int(),
      savedAt: z.string(),
      savedBy: z.string().nullable(),
      current: z.boolean(),
      definition: z.unknown(), // why: a rule profile or ladder as content, validated by the domain's schema
    }),
  ),
});

// GET /api/rule-profiles/:profileId/versions
export const ruleProfileVersionsParams = z.object({ profileId: definitionId });
export type RuleProfileVersionsParams = z.input<typeof ruleProfileVersionsParams>;
export const ruleProfileVersionsResponse = definitionVersions;
export type RuleProfileVersionsResponse = z.infer<typeof ruleProfileVersionsResponse>;

// GET /api/ladders/:ladderId/versions
export const ladderVersionsParams = z.object({ ladderId: definitionId });
export type LadderVersionsParams = z.input<typeof ladderVersionsParams>;
export const ladderVersionsResponse = definitionVersions;
export type LadderVersionsResponse = z.infer<typeof ladderVersionsResponse>;
