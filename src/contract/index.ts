// The API contract (decision 092): every route's request and response schemas and the types inferred
// from them, by area, and every closed list of words. Imported by the routes (which validate and
// serialise through the schemas) and by the web app (which types its fetch functions with them). It
// depends on zod and the pure domain only, so it runs in the server and the browser alike.
export * from './absence';
export * from './adaptations';
export * from './audit-log';
export * from './auth';
export * from './cases';
export * from './case-figures';
export * from './case-parts';
export * from './meetings';
export * from './classes';
export * from './common';
export * from './consents';
export * from './demo';
export * from './documents';
export * from './enums';
export * from './forms';
export * from './guardians';
export * from './home';
export * from './health';
export * from './health-partner';
export * from './imports';
export * from './measures';
export * from './oidc';
export * from './oversight';
export * from './reviews';
export * from './plans';
export * from './privacy';
export * from './pupils';
export * from './pupil-page';
export * from './roster';
export * from './settings';
export * from './users';
export * from './inbox';
export * from './kommune';
export * from './rule-editor';
export * from './school-environment';
export * from './municipal-content';
export * from './archive';
export * from './decisions';
export * from './heard';
