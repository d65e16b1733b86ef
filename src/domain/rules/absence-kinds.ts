// The absence kinds and rule bases without zod, for the contract and the web app (decision 110);
// profile-schema.ts re-exports them.
export const ABSENCE_KINDS = ['day', 'lesson', 'late', 'left'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

/** Where a rule comes from: its source document (default) or the municipality's own choice. */
export const RULE_BASES = ['kilde', 'kommune'] as const;
export type RuleBasis = (typeof RULE_BASES)[number];
