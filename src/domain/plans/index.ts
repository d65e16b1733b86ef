// Plans of a case and their guardrails (decision 062): shapes, completeness, the pupil's voice, the legal
// rules, activation, versions and attendance before/after.
export * from './activation';
export * from './attendance';
export * from './case-facts';
export * from './completeness';
export * from './legal-guardrails';
export * from './plan-schema';
export * from './pupil-voice';
export * from './seven-h';
export * from './versions';
export * from './teaching-measures';
