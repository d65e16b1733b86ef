// The plan kinds without zod, for the contract and the web app (decision 110); plan-schema.ts re-exports them.
export const PLAN_KINDS = [
  'tiltaksplan',
  'samarbeidsavtale',
  'dagsplan',
  'gradvis-tilbakeforing',
  'opplaering-ved-sykdom',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
