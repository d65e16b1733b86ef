// The ladder's closed lists without zod, so that the contract and the web app can read them without
// pulling the schema library into the browser bundle (decision 110). ladder-schema.ts re-exports them.
/** Services a referral task can go to; «barnevern» puts the referral behind the child-welfare guardrail. */
export const REFERRAL_SERVICES = [
  'ppt',
  'bup',
  'barnevern',
  'helsestasjon',
  'fastlege',
  'kommunepsykolog',
  'spesialisthelsetjeneste',
] as const;
export type ReferralService = (typeof REFERRAL_SERVICES)[number];

/** The three outcomes of an evaluation (004 §4.2). */
export const OUTCOMES = ['solved', 'better', 'more-needed'] as const;
export type Outcome = (typeof OUTCOMES)[number];
