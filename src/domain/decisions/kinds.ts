// The kinds of decision and the legal basis table, as municipal content (content/decisions/*.json, decision
// 213): each file holds `legalBases` (key → the current paragraph, its title and the old-law reference of the
// sources it replaces) and `kinds` (what the decision is, the paragraphs it may rest on, its preconditions,
// who decides by default and whether forhåndsvarsel is required). The shipped file is default.json; a kommune
// adds its own kinds in another file. Validated at load; every error names the file and the field.
import { z } from 'zod';
import { DECIDING_ROLES, DECISION_PRECONDITIONS, type DecidingRole, type DecisionPrecondition } from './states';

const text = z.string({ error: 'mangler' }).trim().min(1, { error: 'kan ikke være tom' });
const key = z
  .string({ error: 'mangler' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'bare små bokstaver a–z, sifre og bindestrek' });

const legalBasisSchema = z.strictObject({
  key,
  citation: text,
  title: text,
  replaces: z.string().trim().min(1).nullable().default(null),
  // Whether the citation has been checked against the law's text (Lovdata); what is not is cited no finer
  // than the source allows (decision 213).
  checked: z.boolean({ error: 'mangler (true eller false)' }),
  note: z.string().optional(),
});

const kindSchema = z.strictObject({
  id: key,
  name: text,
  description: text,
  legalBasis: z.array(key).min(1, { error: 'minst ett lovsted' }),
  preconditions: z.array(z.enum(DECISION_PRECONDITIONS, { error: 'ukjent vilkår' })).default([]),
  decidedBy: z
    .array(z.enum(DECIDING_ROLES, { error: `ukjent rolle (kjente: ${DECIDING_ROLES.join(', ')})` }))
    .min(1, { error: 'minst én rolle' })
    .default(['skoleledelse']),
  noticeRequired: z.boolean({ error: 'mangler (true eller false)' }),
  source: z.string().optional(),
});

const fileSchema = z.strictObject({
  legalBases: z.array(legalBasisSchema).default([]),
  kinds: z.array(kindSchema).default([]),
});

export type LegalBasis = z.output<typeof legalBasisSchema>;
export type DecisionKind = z.output<typeof kindSchema> & {
  preconditions: DecisionPrecondition[];
  decidedBy: DecidingRole[];
};
export type DecisionContent = { legalBases: ReadonlyMap<string, LegalBasis>; kinds: ReadonlyMap<string, DecisionKind> };

/** Parses one file's JSON; every error names the file and the field. */
export function parseDecisionFile(
  data: unknown,
  fileName: string,
): { ok: true; legalBases: LegalBasis[]; kinds: DecisionKind[] } | { ok: false; errors: string[] } {
  const r = fileSchema.safeParse(data);
  if (!r.success)
    return {
      ok: false,
      errors: r.error.issues.map((i) => `decisions/${fileName}: ${i.path.join('.') || '(rot)'}: ${i.message}`),
    };
  return { ok: true, legalBases: r.data.legalBases, kinds: r.data.kinds };
}

/**
 * The files together: keys and ids unique across files, and every kind's legal basis a key of the table (of any
 * file, so a kommune's kind may rest on a shipped paragraph).
 */
export function combineDecisionFiles(
  files: readonly { fileName: string; legalBases: LegalBasis[]; kinds: DecisionKind[] }[],
): { ok: true; content: DecisionContent } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const legalBases = new Map<string, LegalBasis>();
  const kinds = new Map<string, DecisionKind>();
  for (const f of files)
    f.legalBases.forEach((b, i) => {
      if (legalBases.has(b.key)) errors.push(`decisions/${f.fileName}: legalBases.${i}.key: «${b.key}» finnes fra før`);
      legalBases.set(b.key, b);
    });
  for (const f of files)
    f.kinds.forEach((k, i) => {
      if (kinds.has(k.id)) errors.push(`decisions/${f.fileName}: kinds.${i}.id: «${k.id}» finnes fra før`);
      k.legalBasis.forEach((b, j) => {
        if (!legalBases.has(b))
          errors.push(`decisions/${f.fileName}: kinds.${i}.legalBasis.${j}: ukjent lovsted «${b}» (ikke i legalBases)`);
      });
      kinds.set(k.id, k);
    });
  if (files.length > 0 && kinds.size === 0) errors.push('decisions: fant ingen vedtakstyper (kinds)');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, content: { legalBases, kinds } };
}
