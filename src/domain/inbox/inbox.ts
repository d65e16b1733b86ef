// The inbox (issue 18, decisions 123–126): the kinds of thing that wait for a user, how each user wants
// them by e-mail, and when the outbox tries a failed e-mail again. Pure: the clock is an argument.

/**
 * What an inbox item is about. The event-driven kinds are written by the use-case that causes them;
 * `task-due`, `evaluation-due`, `concern-unhandled`, `referral-waiting`, `contact-gap` and the guardian's `absence-unreported`
 * (the same-day notice, decision 134) are for a periodic job on the app clock.
 */
export const INBOX_KINDS = [
  'case-shared',
  'stafettholder',
  'participant',
  'notice',
  'task-assigned',
  'task-due',
  'evaluation-due',
  'concern-unhandled',
  'guardian-report',
  'absence-unreported',
  'referral-waiting',
  // A letter, minutes or a plan the school sent home with «Send til foresatte» (the guardian's inbox).
  'guardian-document',
  // A guardian wrote back on a document or an invitation (the contact teacher's inbox).
  'guardian-reply',
  // A school week passed without the weekly contact with the pupil or the home (decision 194).
  'contact-gap',
  // The helsesykepleier wonders about a pupil (an «undring» from the health service, decision 196): the
  // contact teacher's and the leadership's inbox.
  'health-concern',
  // A school environment matter started (the aktivitetsplikt, decision 187): the school's leadership, and the
  // school owner when an adult at the school is involved (opplæringslova § 12-5).
  'school-environment',
  // The pupil wrote on their own page — a weekly check-in or a wish before a meeting (decision 206): the contact
  // teacher's and the stafettholder's inbox. The item and its e-mail name nothing of what was written.
  'pupil-voice',
  // The aktivitetsplan of an open matter is to be evaluated in a few school days (decision 212): the school's
  // leadership and the pupil's contact teachers.
  'school-environment-due',
  // A decision's deadline is close (decision 216): the guardians' reply due tomorrow, or an appeal to reassess
  // within a week of the month fvl § 11 a gives; the school leadership's inbox.
  'decision-deadline',
  // The guardians answered a forhåndsvarsel in Nærvær (decision 228): the one who drafted the decision and the
  // case's stafettholder.
  'decision-reply',
  // An appeal has waited a month at the Statsforvalteren without an outcome recorded (decision 236): by then the
  // family should have had a foreløpig svar (fvl § 11 a tredje ledd); the school leadership's inbox, once.
  'decision-waiting',
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** The kinds a guardian's inbox can hold (decision 134); staff never get these. */
export const GUARDIAN_INBOX_KINDS: readonly InboxKind[] = ['absence-unreported', 'guardian-document'];

/** The kinds a user of this kind of account can be sent, so the e-mail choices list only those. */
export function inboxKindsFor(accountKind: string): readonly InboxKind[] {
  return accountKind === 'guardian'
    ? GUARDIAN_INBOX_KINDS
    : INBOX_KINDS.filter((k) => !GUARDIAN_INBOX_KINDS.includes(k));
}

/** How a user wants a kind by e-mail: at once, in a daily summary at an hour, or not at all. */
export const MAIL_MODES = ['now', 'daily', 'none'] as const;
export type MailMode = (typeof MAIL_MODES)[number];

/** An outbox row: waiting (or between tries), sent, or given up after the last try. */
export const MAIL_STATES = ['pending', 'sent', 'failed'] as const;
export type MailState = (typeof MAIL_STATES)[number];

/** Tries before an e-mail is given up (and shown as failed to the administrator). */
export const MAIL_MAX_ATTEMPTS = 8;

/** How long after the `attempts`-th failed try (1, 2 …) the next one is made: 30 s doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * When the daily summary that takes an item written at `now` is sent: the next time the Oslo clock shows
 * `hour`:00 — today if that is still ahead, else tomorrow. `osloOffsetMinutes` is Oslo's UTC offset at
 * that moment (60 in winter, 120 in summer), given by the caller, which owns the time zone.
 */
export function nextSummaryAt(now: Date, hour: number, osloOffsetMinutes: (at: Date) => number): Date {
  const local = new Date(now.getTime() + osloOffsetMinutes(now) * 60_000);
  const candidate = (dayShift: number) => {
    const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + dayShift, hour));
    return new Date(d.getTime() - osloOffsetMinutes(d) * 60_000);
  };
  const today = candidate(0);
  return today.getTime() > now.getTime() ? today : candidate(1);
}
