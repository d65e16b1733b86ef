// The policy table: every API action a route may perform, and who may perform it. Deny by default:
// an action not listed here is refused, and a route without an action (or `public: true`) does not
// start. Checked once per request, before the use-case; the use-case then limits the rows to the
// actor's own classes/schools, and row-level security limits everything to the actor's kommune.
import type { Role } from '../db/schema';
import { hasRole, type Actor } from './actor';

type Rule = (actor: Actor) => boolean;

const anyUser: Rule = () => true;
const roles =
  (...rs: Role[]): Rule =>
  (actor) =>
    hasRole(actor, ...rs);
const guardian: Rule = (actor) => actor.kind === 'guardian';
/** A pupil's own account (decision 184): it reaches only the pupil's own page. */
const pupil: Rule = (actor) => actor.kind === 'pupil';

export const PARTNER_ROLES: Role[] = ['helsesykepleier', 'ppt', 'barnevern', 'bup', 'kommunepsykolog'];

export const SCHOOL_STAFF: Role[] = ['kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator'];

export const policies = {
  'auth.me': anyUser,
  'auth.logout': anyUser,
  // Everyone's own interface language (decision 176).
  'account.language.set': anyUser,
  // The kommune's målform: those who administer the kommune's other settings (log-in, decision 098).
  'kommune.settings.read': roles('administrator', 'skoleeier'),
  'kommune.malform.set': roles('administrator', 'skoleeier'),
  'classes.list': roles(...SCHOOL_STAFF),
  'class.pupils.read': roles(...SCHOOL_STAFF),
  'guardian.children.list': guardian,
  'pupil.protected-address.set': roles('skoleledelse', 'administrator'),
  // A parent's right to information and a guardian's protected address: the school's leadership (decisions 152–153).
  'pupil.guardian-restriction.set': roles('skoleledelse', 'administrator'),
  'pupil.guardian-protected-address.set': roles('skoleledelse', 'administrator'),
  // The family's language (decision 178): the school staff who write to the home, and the guardian themself.
  'pupil.guardian-language.set': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  'guardian.language': guardian,
  // The pupil's own page (issue 21 item 2, decision 184): the pupil's own check-ins, meeting wishes and plan in words.
  'pupil.self.read': pupil,
  'pupil.self.write': pupil,
  'absence.register': roles('kontaktlaerer', 'faglaerer', 'skoleledelse', 'administrator'),
  'absence.read': roles(...SCHOOL_STAFF),
  // The «tilrettelegging» notes of a class and «Fulgt i dag» (decisions 190–192): the pupil's teachers — the
  // contact teacher, the subject teachers and the substitute of the day (the use-case checks which class and
  // day) — and the leadership; not the resource team or the administrator, who teach no lesson.
  'adaptations.read': roles('kontaktlaerer', 'faglaerer', 'skoleledelse'),
  'adaptations.confirm': roles('kontaktlaerer', 'faglaerer', 'skoleledelse'),
  // Naming the substitute of the day for a class: the school's leadership (decision 192).
  'class.substitutes.manage': roles('skoleledelse'),
  'alerts.read': roles(...SCHOOL_STAFF),
  'alerts.act': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  'alerts.letter': roles('kontaktlaerer', 'skoleledelse', 'administrator'),
  'contacts.write': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  'observations.write': roles(...SCHOOL_STAFF),
  // The aktivitetsplikt (decision 187): everyone at the school who knows starts it (opplæringslova § 12-4: tell
  // the rektor); the contact teacher and the leadership read it; the leadership works in it.
  'school-environment.start': roles(...SCHOOL_STAFF),
  'school-environment.read': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  'school-environment.write': roles('skoleledelse', 'ressursteam', 'administrator'),
  // Decisions (enkeltvedtak, decision 217): read and drafted by the contact teacher and the school's
  // leadership, resource team and administrator; every step from the forhåndsvarsel on by the roles the kind is
  // delegated to (the use-case checks the kind's decidedBy; the leadership by default).
  'decision.read': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  'decision.draft': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  'decision.decide': roles('skoleledelse', 'ressursteam', 'administrator'),
  'decision.deadlines': roles('skoleledelse', 'ressursteam', 'administrator'),
  'guardian.decision': guardian,
  'guardian.report': guardian,
  'absence.import': roles('skoleledelse', 'administrator'),
  'school.settings.read': roles('skoleledelse', 'administrator'),
  'school.settings.write': roles('administrator'),
  'rule-profiles.read': roles('skoleeier', 'skoleledelse', 'administrator'),
  'rule-profiles.write': roles('skoleeier'),
  // Service partners read a case only through a valid consent covering their service (case-place.ts).
  'cases.read': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator', ...PARTNER_ROLES),
  'consent.read': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator', ...PARTNER_ROLES),
  'cases.note': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator', ...PARTNER_ROLES),
  'consent.write': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  'cases.write': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  'cases.take-over': roles('skoleledelse', 'administrator'),
  // Ticking a task (decision 112): the school keeps the case; a partner ticks a task assigned to them,
  // through the consent (src/server/cases/task-access.ts).
  'cases.task.done': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator', ...PARTNER_ROLES),
  'pupils.move': roles('administrator'),
  'pupil.privacy-export': roles('skoleledelse', 'administrator'),
  // The pupil's file as a Noark 5 arkivuttrekk (decision 223): the school's leadership and administrator make,
  // list, download and hand over its extracts (the use-cases narrow to their own schools).
  'archive.extract.create': roles('skoleledelse', 'administrator'),
  'archive.extract.list': roles('skoleledelse', 'administrator'),
  'archive.extract.download': roles('skoleledelse', 'administrator'),
  'archive.extract.hand-over': roles('skoleledelse', 'administrator'),
  'pupil.privacy-delete': roles('administrator'),
  'privacy.retention.read': roles('administrator', 'skoleeier'),
  'users.manage': roles('administrator'),
  // The roster sync is the whole kommune's (decision 083): its school owner or a school's administrator.
  'roster.manage': roles('administrator', 'skoleeier'),
  // The kommune's identity providers and password log-in (decision 098): who may sync the roster, the
  // kommune-wide administration (decision 083); the accounts the providers sign in to come from that roster.
  'identity.manage': roles('administrator', 'skoleeier'),
  'audit.review': roles('skoleledelse', 'administrator'),
  // The school owner's figures: aggregates only, suppressed below five pupils (decision 128).
  'oversight.owner.read': roles('skoleeier'),
  // The reviews of 004 §1.1 (3) (decisions 139–140): the school's weekly and semester reviews for its leadership,
  // the monthly one for the resource team and the leadership, the trinn meeting for the contact teachers of the
  // trinn and the leadership; each names only pupils the viewer's scope already shows.
  'reviews.weekly.read': roles('skoleledelse', 'administrator'),
  'reviews.semester.read': roles('skoleledelse', 'administrator'),
  'reviews.monthly.read': roles('ressursteam', 'skoleledelse', 'administrator'),
  'reviews.trinn.read': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  'guardian.access-log': guardian,
  // A document sent home, as PDF (decision 154): only the child's guardian with a right to information.
  'guardian.document.pdf': guardian,
  // Plans in a case (decision 064): partners read them through the consent, the school writes them.
  'plans.read': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator', ...PARTNER_ROLES),
  'plans.write': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  // Forms filled in a case (decision 063): partners read them through the consent, the school fills them.
  // The forms themselves (definitions, blank print) are content, not pupil data.
  'forms.catalogue': roles(...SCHOOL_STAFF, ...PARTNER_ROLES),
  'forms.read': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator', ...PARTNER_ROLES),
  'forms.write': roles('kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'),
  // The measures catalogue is content, not pupil data.
  'measures.read': roles(...SCHOOL_STAFF, ...PARTNER_ROLES),
  // Jumping the demo clock (decision 100): the route exists only in demo mode.
  'demo.clock': roles('administrator'),
  // Everyone's own inbox and e-mail choices (decision 124–125); what an item may name is judged per item.
  'inbox.read': anyUser,
  'inbox.write': anyUser,
  // The outbox's state (decision 126): the administrators, who answer for the installation's e-mail.
  'mail.outbox.read': roles('administrator'),
  // The front page's «what now» (decision 114): the school's staff; what it holds follows their scope.
  'home.read': roles(...SCHOOL_STAFF),
  // The health service as a partner (issue 21 item 6, decisions 196–198). The helsesykepleier finds a pupil
  // of the schools she serves (names and classes only) and raises an «undring» with a basis of consent; the
  // contact teacher and the leadership read it, mark it received and followed up, and open or link a case.
  'health-concern.pupils': roles('helsesykepleier'),
  'health-concern.raise': roles('helsesykepleier'),
  'health-concern.read': roles('kontaktlaerer', 'skoleledelse', 'helsesykepleier'),
  'health-concern.handle': roles('kontaktlaerer', 'skoleledelse'),
  // Her own checklist in a case shared with her (the ladder's `partnerChecklists`): the school reads it,
  // she ticks it; and the pupil's absence calendar, read-only — both only through the consent (case-place.ts).
  'cases.partner-checklist.read': roles(
    'kontaktlaerer',
    'skoleledelse',
    'ressursteam',
    'administrator',
    'helsesykepleier',
  ),
  'cases.partner-checklist.tick': roles('helsesykepleier'),
  'cases.absence-calendar.read': roles('helsesykepleier'),
} satisfies Record<string, Rule>;

export type Action = keyof typeof policies;

export function isAllowed(action: string, actor: Actor): boolean {
  const rule = (policies as Record<string, Rule | undefined>)[action];
  return rule ? rule(actor) : false;
}
