import { z } from 'zod';
import { ABSENCE_KINDS, type AbsenceKind, RULE_BASES, type RuleBasis } from './absence-kinds';

export { ABSENCE_KINDS, type AbsenceKind, RULE_BASES, type RuleBasis };

// A rule profile is a municipality's definition of concerning absence, kept as data (content/profiles)
// so that a municipality can write its own without a release. This schema is the contract for that
// data; every error names the file, the rule and the field in Norwegian.

const selectorSchema = z
  .object({
    kinds: z
      .array(
        z.enum(ABSENCE_KINDS, {
          error: (i) => `ukjent fraværstype «${String(i.input)}» (gyldige: ${ABSENCE_KINDS.join(', ')})`,
        }),
      )
      .min(1, { error: 'minst én fraværstype' }),
    // Omitted = documented and undocumented alike.
    documented: z.boolean({ error: 'må være true eller false' }).optional(),
  })
  .strict();

const conditionSchema = z
  .object({
    count: z.union([selectorSchema, z.array(selectorSchema).min(1)], {
      error: 'må være {"kinds": [...], "documented"?: true|false} eller en liste av slike',
    }),
    measure: z.enum(['events', 'schoolDays', 'share'], { error: 'må være «events», «schoolDays» eller «share»' }),
    comparator: z.enum(['>', '>='], { error: 'må være «>» (utover/mer enn) eller «>=» (N dager/ganger)' }),
    // For measure "share" the threshold is in percent of school time.
    threshold: z.number({ error: 'må være et tall' }).min(0, { error: 'kan ikke være negativ' }),
    groupBy: z.literal('subject', { error: 'kan bare være «subject»' }).optional(),
  })
  .strict();

const windowSchema = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('days'),
        days: z.number().int({ error: 'må være et helt antall dager' }).min(1, { error: 'minst 1 dag' }),
      })
      .strict(),
    z.object({ type: z.literal('rollingMonth') }).strict(),
    z.object({ type: z.literal('month') }).strict(),
    z.object({ type: z.literal('semester') }).strict(),
  ],
  {
    error:
      'må være {"type": "days", "days": N}, {"type": "rollingMonth"}, {"type": "month"} eller {"type": "semester"}',
  },
);

const common = {
  id: z
    .string({ error: 'mangler' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'bare små bokstaver a–z, sifre og bindestrek' }),
  title: z.string({ error: 'mangler' }).min(1, { error: 'kan ikke være tom' }),
  severity: z.enum(['low', 'medium', 'high'], { error: 'må være «low», «medium» eller «high»' }),
  // The routine's next step, in the source's words.
  action: z.string({ error: 'mangler (neste steg i rutinen)' }).min(1, { error: 'kan ikke være tom' }),
  source: z.string({ error: 'mangler (hvor i kildedokumentet regelen står)' }).min(1),
  // The source's own words. Every shipped rule has it, and it occurs in the excerpt committed beside
  // the profile (content/profiles/<id>.source.txt); a municipality's own rule needs none.
  sourceText: z.string().optional(),
  // Whose choice the rule is: the source document's (the default, «kilde») or the municipality's own
  // («kommune»), e.g. a figure the source does not give. Alerts carry it, so the screen can say so.
  // A shipped profile may only hold rules from its source.
  basis: z
    .enum(RULE_BASES, { error: 'må være «kilde» (fra kildedokumentet) eller «kommune» (kommunens eget valg)' })
    .optional(),
  // Every choice made when turning prose into a rule, written next to the rule.
  interpretation: z.array(z.string()).default([]),
};

const eventRuleSchema = z
  .object({
    ...common,
    kind: z.literal('events'),
    window: windowSchema,
    conditions: z.array(conditionSchema).min(1, { error: 'minst én betingelse' }),
  })
  .strict();

// Criteria no absence event can show (a serious episode, trouble that affects the family): they fire
// only from a staff observation recorded in the app, never from events.
const observationRuleSchema = z
  .object({
    ...common,
    kind: z.literal('observation'),
    observation: z.string({ error: 'mangler (hva personalet skal observere)' }).min(1),
  })
  .strict();

const ruleSchema = z.discriminatedUnion('kind', [eventRuleSchema, observationRuleSchema], {
  error: 'kind: må være «events» eller «observation»',
});

export const profileSchema = z
  .object({
    id: z
      .string({ error: 'mangler' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'bare små bokstaver a–z, sifre og bindestrek' }),
    name: z.string({ error: 'mangler' }).min(1),
    source: z.string({ error: 'mangler' }).min(1),
    description: z.string().optional(),
    rules: z.array(ruleSchema, { error: 'må være en liste' }).min(1, { error: 'minst én regel' }),
  })
  .strict();

export type Profile = z.output<typeof profileSchema>;
export type Rule = Profile['rules'][number];
export type EventRule = Extract<Rule, { kind: 'events' }>;
export type ObservationRule = Extract<Rule, { kind: 'observation' }>;
export type RuleWindow = EventRule['window'];
export type Condition = EventRule['conditions'][number];
export type Selector = { kinds: AbsenceKind[]; documented?: boolean | undefined };

/** True when the rule is the municipality's own choice rather than its source document's. */
export function isKommuneRule(rule: Rule): boolean {
  return rule.basis === 'kommune';
}

/** The selectors of a condition as a list (a single selector is shorthand for a list of one). */
export function selectorsOf(condition: Condition): Selector[] {
  return Array.isArray(condition.count) ? condition.count : [condition.count];
}

function describePath(data: unknown, path: readonly PropertyKey[]): string {
  // Name the rule by its id when we can, so the author finds it in the file.
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const rules = (data as { rules?: unknown[] } | null)?.rules;
    const rule = Array.isArray(rules) ? (rules[path[1]] as { id?: unknown } | undefined) : undefined;
    const name = typeof rule?.id === 'string' ? `regel «${rule.id}»` : `regel nr. ${path[1] + 1}`;
    const rest = path.slice(2).map(String).join('.');
    return rest ? `${name}: ${rest}` : name;
  }
  return path.map(String).join('.') || '(profilen)';
}

/** One problem in profile data: where (the path into the data, as zod gives it) and why, in Norwegian. */
export type ProfileIssue = { path: (string | number)[]; message: string };

/**
 * Every problem in profile data, each with its path: the schema's, then the checks the schema cannot
 * express. The screen's form puts each message under the field its path names; `parseProfile` writes them
 * as lines for a file.
 */
export function profileIssues(data: unknown): { issues: ProfileIssue[]; profile: Profile | null } {
  const result = profileSchema.safeParse(data);
  if (!result.success)
    return {
      issues: result.error.issues.map((i) => ({
        path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
        message: i.message,
      })),
      profile: null,
    };
  const issues: ProfileIssue[] = [];
  const seen = new Set<string>();
  result.data.rules.forEach((rule, r) => {
    if (seen.has(rule.id)) issues.push({ path: ['rules', r, 'id'], message: 'brukt av mer enn én regel' });
    seen.add(rule.id);
    if (rule.kind !== 'events') return;
    rule.conditions.forEach((c, i) => {
      const at = (field: string, message: string) =>
        issues.push({ path: ['rules', r, 'conditions', i, field], message });
      const kinds = selectorsOf(c).flatMap((s) => s.kinds);
      // Late arrivals are counted, never turned into a share of school time.
      if (c.measure === 'share' && kinds.includes('late')) at('count', '«late» kan ikke regnes som andel av skoletid');
      if (c.measure === 'share' && c.threshold > 100) at('threshold', 'andel oppgis i prosent (0–100)');
      if (c.groupBy === 'subject' && kinds.some((k) => k !== 'lesson'))
        at('groupBy', 'gruppering på fag krever at bare «lesson» telles');
      if (c.groupBy === 'subject' && c.measure === 'share')
        at('groupBy', 'gruppering på fag går ikke sammen med andel av skoletid');
      // A threshold that holds on zero absence would flag every pupil every day.
      if (c.comparator === '>=' && c.threshold <= 0) at('threshold', 'må være større enn 0 med «>=»');
    });
  });
  return { issues, profile: issues.length === 0 ? result.data : null };
}

/** Validates profile data; errors are Norwegian lines `FIL: regel «id»: felt: årsak`. */
export function parseProfile(
  data: unknown,
  fileName: string,
): { ok: true; profile: Profile } | { ok: false; errors: string[] } {
  const { issues, profile } = profileIssues(data);
  if (profile) return { ok: true, profile };
  return { ok: false, errors: issues.map((i) => `${fileName}: ${describePath(data, i.path)}: ${i.message}`) };
}
