// The closed lists of a decision (enkeltvedtak, issue 22 items 1–2, decisions 213–217): its states, the steps
// that move it, the delivery channels, the outcomes of a reassessment and of the Statsforvalteren, and the
// deadlines the leader's board shows. Pure data; the contract and the table's CHECK say the same.

/**
 * draft → notice-sent (forhåndsvarsel, reply due) → reply-recorded → decided → delivered (receipt date) →
 * appealed → upheld (the school keeps its decision) → forwarded (sent to Statsforvalteren) → final; or
 * appealed → changed (the school changes its decision, fvl § 33 andre ledd). A kind without a required notice
 * goes from draft to decided.
 */
export const DECISION_STATUSES = [
  'draft',
  'notice-sent',
  'reply-recorded',
  'decided',
  'delivered',
  'appealed',
  'upheld',
  'forwarded',
  'changed',
  'final',
] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** The steps recorded on a decision after the draft (POST …/steps). */
export const DECISION_STEPS = [
  'notice',
  'reply',
  'decide',
  'deliver',
  'receipt',
  'appeal',
  'reassess',
  'forward',
  'outcome',
] as const;
export type DecisionStep = (typeof DECISION_STEPS)[number];

/**
 * How a letter reaches the family (decision 214): `naervaer` the guardian's page with an inbox/e-mail notice,
 * whose receipt is the first time a guardian opens the letter; `paper` a letter sent by post or handed over,
 * whose receipt date staff enter. A KS SvarUt adapter would be a third channel of the same interface.
 */
export const DELIVERY_CHANNELS = ['naervaer', 'paper'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * How the guardians' reply to a forhåndsvarsel came (decision 228): written by a guardian on the child page in
 * Nærvær, or given on paper or by phone and recorded by the school (step `reply`).
 */
export const REPLY_CHANNELS = ['naervaer', 'school'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/**
 * What the guardians may do about their reply on the child page (decision 228): `send` a first reply (before the
 * deadline, nothing decided), `edit` the reply they sent in Nærvær (until the decision is made), or neither —
 * `closed` (a reply stands: decided, or recorded by the school) or `late` (no reply and the deadline has passed).
 */
export const GUARDIAN_REPLY_CHANCES = ['send', 'edit', 'closed', 'late'] as const;
export type GuardianReplyChance = (typeof GUARDIAN_REPLY_CHANCES)[number];

/** The school's reassessment of an appeal (fvl § 33 andre ledd): keep the decision (and send it on) or change it. */
export const REASSESSMENT_OUTCOMES = ['upheld', 'changed'] as const;
export type ReassessmentOutcome = (typeof REASSESSMENT_OUTCOMES)[number];

/** The Statsforvalteren's outcome (fvl § 34): stadfestet, endret, opphevet (sent back). */
export const FINAL_OUTCOMES = ['upheld', 'changed', 'annulled'] as const;
export type FinalOutcome = (typeof FINAL_OUTCOMES)[number];

/** The documents of a decision that can be printed: the forhåndsvarsel and the decision letter. */
export const DECISION_DOCUMENTS = ['notice', 'letter'] as const;
export type DecisionDocument = (typeof DECISION_DOCUMENTS)[number];

/** The deadlines the leader's board shows (decision 216). */
export const DECISION_DEADLINE_KINDS = [
  'reply-due', // forhåndsvarsel sent, the guardians' reply is due
  'receipt-missing', // the letter is delivered, no receipt yet: the appeal deadline has not started
  'appeal-running', // received, the three weeks run
  'reassess', // an appeal is in, the school must reassess it
  'awaiting-outcome', // sent to Statsforvalteren, no final outcome yet
] as const;
export type DecisionDeadlineKind = (typeof DECISION_DEADLINE_KINDS)[number];

/** Roles a kommune may delegate a kind of decision to (the school leadership by default). */
export const DECIDING_ROLES = ['skoleledelse', 'ressursteam', 'administrator'] as const;
export type DecidingRole = (typeof DECIDING_ROLES)[number];

/** The preconditions a kind can require (decision 213). */
export const DECISION_PRECONDITIONS = [
  // PPT's sakkyndig vurdering in the case, attached to the decision.
  'sakkyndig-vurdering',
  // The guardians' written consent (who, when).
  'guardian-consent',
  // Either the sakkyndig vurdering with the guardians' consent, or a dated temporary measure in wait for PPT
  // (000 §7): a period with its end, an evaluation date inside it and the considerations weighed.
  'sakkyndig-vurdering-or-temporary',
  // A period: from and to.
  'period',
] as const;
export type DecisionPrecondition = (typeof DECISION_PRECONDITIONS)[number];
