// The audit log: one row per read or change of pupil data, written in the same transaction as the
// use-case, so there is no access without its trace. The table is append-only (see migration 0001) and
// hash-chained (0010). Each row says what kind of access it was (from the action, in one table below),
// which entity, which case, the actor's organisation, the client address and whether it was allowed;
// refusals are written by `writeDenial`, once, from the HTTP edge (decision 053).
import { sql } from 'kysely';
import type { Db, Tx } from '../db/create-db';
import type { AuditKind } from '../db/schema';
import type { AuditEntity } from '../contract/enums';
import { organisationName, type Actor } from './actor';

/**
 * Every audit action and the kind of access it is. Exhaustive: `writeAudit` accepts only these names,
 * and a test checks that every policy action (used for refusals) is here too.
 */
export const AUDIT_KINDS = {
  // Use-case actions.
  'pupil.read': 'read',
  'pupil.absence.read': 'read',
  'pupil.file.read': 'read',
  'pupil.class.change': 'update',
  'pupil.protected-address.set': 'update',
  'pupil.guardian-restriction.set': 'update',
  'pupil.guardian-protected-address.set': 'update',
  'pupil.guardian-language.set': 'update',
  'guardian.language.set': 'update',
  'absence.create': 'create',
  'absence.update': 'update',
  'absence.delete': 'delete',
  'absence.import': 'create',
  'absence.register.read': 'read',
  'absence.register.taken': 'create',
  'absence.history.read': 'read',
  'absence.guardian-report': 'create',
  'absence.same-day-notice': 'create',
  'absence.guardian-report.read': 'read',
  // The guardians inside the follow-up (issue 18 items 3 and 5, decisions 129–133).
  'guardian.child.read': 'read',
  'guardian.document.pdf': 'print',
  'case.send-to-guardians': 'create',
  'alert.seen': 'update',
  'alert.dismiss': 'update',
  'alert.handle': 'update',
  'alert.letter': 'print',
  'contact.create': 'create',
  'observation.create': 'create',
  // The aktivitetsplikt (issue 21 item 3, decisions 187–189): a matter started, read, listed, its plan and steps, printed.
  'school-environment.start': 'create',
  'school-environment.read': 'read',
  'school-environment.list': 'read',
  'school-environment.write': 'update',
  'school-environment.plan.save': 'update',
  'school-environment.step': 'update',
  'school-environment.plan.print': 'print',
  // Decisions (enkeltvedtak, issue 22, decisions 213–217): listed, read, drafted, edited, each step, printed; the
  // board's deadlines; what a guardian was sent and opened.
  'decision.list': 'read',
  'decision.read': 'read',
  'decision.create': 'create',
  'decision.update': 'update',
  'decision.step': 'update',
  'decision.print': 'print',
  'decision.deadlines': 'read',
  'decision.draft': 'update',
  'decision.decide': 'update',
  'guardian.decision.list': 'read',
  'guardian.decision.pdf': 'print',
  'guardian.decision.reply': 'update',
  'guardian.decision': 'read',
  'class.timetable.replace': 'update',
  'class.same-day-notice.set': 'update',
  'school.same-day-notice.set': 'update',
  'school.calendar.save': 'update',
  'school.rule-profile.choose': 'update',
  'school.ladder.choose': 'update',
  'rule-profile.save': 'update',
  'ladder.save': 'update',
  'case.read': 'read',
  'case.open': 'create',
  'case.start-measures': 'update',
  'case.set-evaluation-date': 'update',
  'case.evaluate': 'update',
  'case.escalate': 'update',
  'case.de-escalate': 'update',
  'case.close': 'update',
  'case.reopen': 'update',
  'case.report-to-child-welfare': 'create',
  'case.take-over': 'update',
  'case.hand-over': 'update',
  'case.notice': 'print',
  'case.notice.read': 'read',
  'inbox.read': 'read',
  'case.task.add': 'create',
  'case.task.done': 'update',
  'case.task.child-welfare-report': 'update',
  'case.participant.add': 'create',
  'case.participant.remove': 'delete',
  'case.referral.add': 'create',
  'case.referral.child-welfare': 'create',
  'case.referral.update': 'update',
  'case.weekly-contact.set': 'update',
  'case.assessment.add': 'create',
  'case.meeting.plan': 'create',
  'case.meeting.record': 'update',
  'case.meeting.print': 'print',
  'case.form.start': 'read',
  'case.form.fill': 'create',
  'case.form.update': 'update',
  'case.form.read': 'read',
  'case.form.print': 'print',
  'case.statement.add': 'create',
  'case.plan.read': 'read',
  'case.plan.create': 'create',
  'case.plan.update': 'update',
  'case.plan.activate': 'update',
  'case.plan.activation-refused': 'read',
  'case.plan.close': 'update',
  'case.plan.print': 'print',
  // Measures that reach every lesson (issue 21 item 4, decisions 190–192): a teacher's read of a class's
  // «tilrettelegging» notes (one row per pupil with a note), «Fulgt i dag» and its undoing, and the substitute of the day.
  'adaptation.read': 'read',
  'adaptation.confirm': 'create',
  'adaptation.unconfirm': 'delete',
  'class.substitute.add': 'create',
  'class.substitute.remove': 'delete',
  'audit.review': 'read',
  'guardian.access-log': 'export',
  'pupil.privacy-export': 'export',
  'pupil.privacy-delete': 'delete',
  'privacy.retention.read': 'read',
  'oversight.owner.read': 'read',
  // The reviews (decision 139): each read on screen, and any of them exported to XLSX or PDF.
  'reviews.weekly.read': 'read',
  'reviews.trinn.read': 'read',
  'reviews.monthly.read': 'read',
  'reviews.semester.read': 'read',
  'reviews.export': 'export',
  'rule-profile.what-if': 'read',
  'user.disable': 'update',
  'user.enable': 'update',
  'user.create': 'create',
  'user.roles': 'update',
  'user.password-link': 'update',
  'user.second-factor.reset': 'update',
  // Roster sync (issue 16 item 2, decision 083): the sync itself, and each pupil who leaves by it.
  'roster.sync': 'update',
  'pupil.leave': 'update',
  // Policy actions (src/server/policies.ts), named by refusals. A refusal takes its kind from the HTTP
  // method (a GET is a read, a POST a create …) unless the action prints or exports.
  'auth.me': 'read',
  'auth.logout': 'update',
  'classes.list': 'read',
  'class.pupils.read': 'read',
  'guardian.children.list': 'read',
  'guardian.language': 'update',
  'absence.register': 'create',
  'absence.read': 'read',
  'alerts.read': 'read',
  'alerts.act': 'update',
  'alerts.letter': 'print',
  'contacts.write': 'create',
  'observations.write': 'create',
  'guardian.report': 'create',
  'school.settings.read': 'read',
  'school.settings.write': 'update',
  'rule-profiles.read': 'read',
  'rule-profiles.write': 'update',
  'cases.read': 'read',
  'cases.write': 'update',
  'cases.note': 'create',
  'consent.read': 'read',
  'consent.write': 'create',
  'cases.take-over': 'update',
  'cases.task.done': 'update',
  'pupils.move': 'update',
  'users.manage': 'update',
  'consent.record': 'create',
  'consent.withdraw': 'update',
  'consent.print': 'print',
  'consent.scan.attach': 'create',
  'consent.scan.read': 'read',
  'forms.catalogue': 'read',
  'forms.read': 'read',
  'forms.write': 'create',
  'plans.read': 'read',
  'plans.write': 'update',
  'measures.read': 'read',
  'adaptations.read': 'read',
  'adaptations.confirm': 'create',
  'class.substitutes.manage': 'update',
  'roster.manage': 'update',
  'identity.manage': 'update',
  'demo.clock': 'update',
  'inbox.write': 'update',
  'mail.outbox.read': 'read',
  'home.read': 'read',
  // Setting up an installation from the command line, and the one-time link that sets a password (decision 080).
  'installation.kommune.create': 'create',
  'installation.school.create': 'create',
  'installation.user.create': 'create',
  'account.password.set': 'update',
  // Sign-in with OpenID Connect (decision 084): a sign-in, a refused one, a provider set up on screen or
  // from the command line, password log-in turned on or off for the kommune.
  'auth.oidc.login': 'create',
  'auth.oidc.refused': 'create',
  'oidc.provider.save': 'update',
  'oidc.provider.remove': 'delete',
  'installation.oidc.add': 'create',
  'kommune.password-login.set': 'update',
  // Languages (issue 20, decision 176): a user's own interface language, the kommune's målform.
  'account.language.set': 'update',
  'kommune.settings.read': 'read',
  'kommune.malform.set': 'update',
  // The pupil's own page (issue 21 item 2, decision 184): the pupil reads it, writes a check-in, sends a
  // wish before a meeting; the policy actions of those routes name the refusals.
  'pupil.self.read': 'read',
  'pupil.checkin.create': 'create',
  'pupil.checkin.update': 'update',
  'pupil.meeting-wish.create': 'create',
  'pupil.self.write': 'update',
  // The health service as a partner (issue 21 item 6, decisions 196–198).
  'health-concern.pupils': 'read',
  'health-concern.raise': 'create',
  'health-concern.read': 'read',
  'health-concern.handle': 'update',
  'health-concern.receive': 'update',
  'health-concern.follow-up': 'update',
  'health-concern.link-case': 'update',
  'cases.partner-checklist.read': 'read',
  'cases.partner-checklist.tick': 'update',
  'case.partner-checklist.read': 'read',
  'case.partner-checklist.tick': 'create',
  'case.partner-checklist.untick': 'delete',
  'cases.absence-calendar.read': 'read',
  'case.absence-calendar.read': 'read',
  // The pupil's file as a Noark 5 arkivuttrekk (issue 22 items 3–4, decisions 221–224).
  'archive.extract.create': 'create',
  'archive.extract.list': 'read',
  'archive.extract.download': 'export',
  'archive.extract.hand-over': 'update',
} as const satisfies Record<string, AuditKind>;

export type AuditAction = keyof typeof AUDIT_KINDS;

/** The kind of access an action is, or undefined for a name missing from the table. */
export function auditKind(action: string): AuditKind | undefined {
  return (AUDIT_KINDS as Record<string, AuditKind | undefined>)[action];
}

export type AuditEntry = {
  action: AuditAction;
  pupilId?: string | null;
  /** The table the access was about (`pupil_case`, `absence_event` …); defaults to `pupil` when a pupil is named. */
  entity?: AuditEntity;
  entityId?: string | null;
  caseId?: string | null;
  details?: Record<string, unknown>;
};

/** The role an audit row names: the actor's roles, most specific first. */
function roleLabel(actor: Actor): string {
  return [...new Set(actor.roles.map((r) => r.role))].join(',') || actor.kind;
}

// One lookup per request at most: the actor object is built anew for each request, and the session
// lookup usually brings the organisation with it (actor.organisation).
const organisations = new WeakMap<Actor, { name: string | null }>();

/** The organisation(s) the actor acts for (organisationName), looked up when the actor does not carry it. */
async function organisationOf(tx: Tx, actor: Actor): Promise<string | null> {
  if (actor.organisation !== undefined) return actor.organisation;
  const cached = organisations.get(actor);
  if (cached) return cached.name;
  let name: string | null = null;
  if (actor.kind !== 'guardian') {
    const schoolIds = [...new Set(actor.roles.map((r) => r.schoolId).filter((id): id is string => !!id))];
    const unitIds = [...new Set(actor.roles.map((r) => r.serviceUnitId).filter((id): id is string => !!id))];
    const names =
      schoolIds.length || unitIds.length
        ? (
            await sql<{
              name: string;
            }>`select name from school where id = any(${schoolIds}::uuid[]) union select name from service_unit where id = any(${unitIds}::uuid[])`.execute(
              tx,
            )
          ).rows.map((r) => r.name)
        : [];
    const kommune = names.length
      ? null
      : ((await tx.selectFrom('kommune').select('name').where('id', '=', actor.kommuneId).executeTakeFirst())?.name ??
        null);
    name = organisationName(actor.kind, names, kommune);
  }
  organisations.set(actor, { name });
  return name;
}

export async function writeAudit(tx: Tx, actor: Actor, at: Date, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const organisation = await organisationOf(tx, actor);
  await tx
    .insertInto('audit_log')
    .values(
      entries.map((e) => {
        const entity = e.entity ?? (e.pupilId ? 'pupil' : null);
        return {
          kommune_id: actor.kommuneId,
          at,
          user_id: actor.userId,
          role: roleLabel(actor),
          action: e.action,
          pupil_id: e.pupilId ?? null,
          details: JSON.stringify(actor.via ? { ...e.details, via: actor.via } : (e.details ?? {})),
          kind: AUDIT_KINDS[e.action],
          entity,
          entity_id: e.entityId ?? (entity === 'pupil' ? (e.pupilId ?? null) : null),
          case_id: e.caseId ?? null,
          organisation,
          client_ip: actor.clientIp ?? null,
          outcome: 'allowed' as const,
        };
      }),
    )
    .execute();
}

/** The entity a URL parameter names; the last one in the path is the most specific. */
const PARAM_ENTITY: Record<string, AuditEntity> = {
  pupilId: 'pupil',
  caseId: 'pupil_case',
  alertId: 'alert',
  eventId: 'absence_event',
  classId: 'class',
  schoolId: 'school',
  meetingId: 'case_meeting',
  caseFormId: 'case_form',
  referralId: 'case_referral',
  taskId: 'case_task',
  participantId: 'case_participant',
  profileId: 'rule_profile',
  ladderId: 'ladder',
  matterId: 'school_environment_case',
};

const METHOD_KIND: Record<string, AuditKind> = {
  GET: 'read',
  POST: 'create',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
};

/** The kind of a refused request: printing and exporting stay so; otherwise what the method would have done. */
export function deniedKind(action: string, method: string): AuditKind {
  const kind = auditKind(action);
  if (kind === 'print' || kind === 'export') return kind;
  return METHOD_KIND[method] ?? kind ?? 'read';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A refused request (403 from the policy table or a use-case, 404 for an id the actor may not see), in
 * its own transaction after the use-case's has rolled back. The pupil and case are named only when the
 * id exists in the actor's own kommune (row-level security decides), so the school whose pupil someone
 * tried to reach sees the attempt in its review, and nothing links across kommuner.
 */
export async function writeDenial(
  db: Db,
  actor: Actor,
  request: { action: string; method: string; params: Record<string, unknown> },
  at: Date,
): Promise<void> {
  const ids = Object.entries(request.params).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[0] in PARAM_ENTITY,
  );
  const last = ids.at(-1);
  const param = (name: string) => ids.find(([k]) => k === name)?.[1];
  const uuid = (v: string | undefined) => (v && UUID.test(v) ? v : undefined);
  // The ids are looked up within the kommune, not through a service partner's consent filter: a partner's
  // attempt on a case no consent opens to them still names that case and pupil for the school's review.
  await db.withContext({ kommuneId: actor.kommuneId, userId: actor.userId }, async (tx) => {
    // One round trip: the case, pupil, alert or event named in the URL, as far as this kommune has them.
    const [caseParam, pupilParam, alertParam, eventParam] = (['caseId', 'pupilId', 'alertId', 'eventId'] as const).map(
      (k) => uuid(param(k)) ?? null,
    );
    const found =
      caseParam || pupilParam || alertParam || eventParam
        ? (
            await sql<{ pupil_id: string | null; case_id: string | null }>`
            select coalesce(c.pupil_id, p.id, a.pupil_id, e.pupil_id) as pupil_id, c.id as case_id
            from (select 1) as one
            left join pupil_case c on c.id = ${caseParam}::uuid
            left join pupil p on p.id = ${pupilParam}::uuid
            left join alert a on a.id = ${alertParam}::uuid
            left join absence_event e on e.id = ${eventParam}::uuid`.execute(tx)
          ).rows[0]
        : undefined;
    const pupilId = found?.pupil_id ?? null;
    const caseId = found?.case_id ?? null;
    await tx
      .insertInto('audit_log')
      .values({
        kommune_id: actor.kommuneId,
        at,
        user_id: actor.userId,
        role: roleLabel(actor),
        action: request.action,
        pupil_id: pupilId,
        details: JSON.stringify({ method: request.method }),
        kind: deniedKind(request.action, request.method),
        entity: last ? PARAM_ENTITY[last[0]]! : null,
        entity_id: last ? last[1].slice(0, 100) : null,
        case_id: caseId,
        organisation: await organisationOf(tx, actor),
        client_ip: actor.clientIp ?? null,
        outcome: 'denied',
      })
      .execute();
  });
}
