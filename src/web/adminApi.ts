// The administrator's accounts and the pupil's privacy rights: now in src/web/api/users.ts.
export * from './api/users';
