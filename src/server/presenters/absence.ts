// API shapes for absence events, alerts, contacts and observations.
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import type { Selectable } from 'kysely';
import { groupConcerns } from '../../domain/absence/concerns';
import { alertTexts, type AlertReader } from '../absence/alert-texts';

type EventRow = Selectable<Database['absence_event']>;
type AlertRow = Selectable<Database['alert']>;
type ContactRow = Selectable<Database['contact_log']>;
type ObservationRow = Selectable<Database['observation']>;

/** Display names of users, looked up once per response. */
/** Who recorded a contact Nærvær wrote itself (the same-day notice, decision 134). */
export const BY_NAERVAER = 'Nærvær (automatisk varsel)';

export async function userNames(
  tx: Tx,
  ids: (string | null)[],
  known?: { userId: string; displayName: string },
): Promise<Map<string, string>> {
  return (await usersByIds(tx, ids, known)).names;
}

/**
 * The display names of the users named by id, and which of them are disabled, in one query (a case
 * page says when its stafettholder's account is disabled). The user asking is known already (the
 * session brought the name, and their account is in use): the database is asked only for others.
 */
export async function usersByIds(
  tx: Tx,
  ids: (string | null)[],
  known?: { userId: string; displayName: string },
): Promise<{ names: Map<string, string>; disabled: Set<string> }> {
  const names = new Map<string, string>(known ? [[known.userId, known.displayName]] : []);
  const disabled = new Set<string>();
  const unique = [...new Set(ids.filter((x): x is string => !!x && !names.has(x)))];
  if (!unique.length) return { names, disabled };
  const rows = await tx
    .selectFrom('app_user')
    .select(['id', 'display_name', 'disabled_at'])
    .where('id', 'in', unique)
    .execute();
  for (const r of rows) {
    names.set(r.id, r.display_name);
    if (r.disabled_at != null) disabled.add(r.id);
  }
  return { names, disabled };
}

export function presentEvent(e: EventRow, names: Map<string, string>) {
  return {
    id: e.id,
    pupilId: e.pupil_id,
    date: e.date,
    kind: e.kind,
    subject: e.subject,
    period: e.period,
    minutes: e.minutes,
    documented: e.documented,
    reason: e.reason,
    source: e.source,
    note: e.note,
    registeredByName: names.get(e.registered_by) ?? 'Ukjent',
    registeredAt: new Date(e.registered_at).toISOString(),
    version: e.version,
  };
}

/**
 * An alert; `openCaseId`: the pupil's open case, if any (there the alert is followed up, not in a new case);
 * its words as `reader` reads them (issue 20), or as stored without one.
 */
export function presentAlert(
  a: AlertRow,
  pupil: { firstName: string; lastName: string },
  className: string,
  openCaseId: string | null,
  reader?: AlertReader,
) {
  const texts = alertTexts(a.explanation, reader);
  return {
    id: a.id,
    pupilId: a.pupil_id,
    pupilName: `${pupil.firstName} ${pupil.lastName}`,
    classId: a.class_id,
    className,
    profile: a.profile,
    ruleId: a.rule_id,
    ruleTitle: texts.title,
    severity: a.explanation.severity,
    startedOn: a.started_on,
    endedOn: a.ended_on,
    status: a.status,
    explanation: texts.explanation,
    nextStep: texts.action,
    countedEvents: a.explanation.evidence,
    // A rule the municipality chose itself, not one from its source document (decision 021).
    basis: a.explanation.basis === 'kommune' ? ('kommune' as const) : ('kilde' as const),
    dismissReason: a.dismiss_reason,
    retiredAt: a.retired_at ? new Date(a.retired_at).toISOString() : null,
    retiredReason: a.retired_reason,
    handledContactId: a.handled_contact_id,
    openCaseId,
    version: a.version,
  };
}

/** An open case an alert goes into: the stafettholder follows it up there, not a new call home. */
export type CaseRef = { id: string; level: number; stafettholderName: string };

/** The pupils' open cases, by pupil. */
export async function openCasesOf(tx: Tx, pupilIds: string[]): Promise<Map<string, CaseRef>> {
  if (pupilIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('pupil_case as pc')
    .innerJoin('app_user as u', 'u.id', 'pc.stafettholder_id')
    .select(['pc.id', 'pc.pupil_id', 'pc.level', 'u.display_name'])
    .where('pc.pupil_id', 'in', [...new Set(pupilIds)])
    .where('pc.status', '=', 'open')
    .execute();
  return new Map(rows.map((r) => [r.pupil_id, { id: r.id, level: r.level, stafettholderName: r.display_name }]));
}

/** Open alerts as concerns (decision 026): one per pupil and overlapping days, newest and most severe first. */
export function presentConcerns(alerts: AlertDto[], cases: Map<string, CaseRef>, today: string) {
  const open = alerts.filter((a) => (a.status === 'new' || a.status === 'seen') && a.retiredAt === null);
  return groupConcerns(open, today, (a, b) => a.pupilName.localeCompare(b.pupilName, 'nb')).map((c) => {
    const lead = c.alerts[0]!;
    return {
      id: lead.id,
      pupilId: c.pupilId,
      pupilName: lead.pupilName,
      classId: lead.classId,
      className: lead.className,
      severity: c.severity,
      startedOn: c.alerts.reduce((m, a) => (a.startedOn < m ? a.startedOn : m), lead.startedOn),
      latestStart: c.latestStart,
      status: c.alerts.every((a) => a.status === 'seen') ? ('seen' as const) : ('new' as const),
      nextStep: lead.nextStep,
      alerts: c.alerts,
      case: cases.get(c.pupilId) ?? null,
    };
  });
}

export type ConcernDto = ReturnType<typeof presentConcerns>[number];

export function presentContact(c: ContactRow, names: Map<string, string>) {
  return {
    id: c.id,
    pupilId: c.pupil_id,
    alertId: c.alert_id,
    contactedAt: new Date(c.contacted_at).toISOString(),
    withWhom: c.with_whom,
    channel: c.channel,
    summary: c.summary,
    agreed: c.agreed,
    restrictedTo: c.restricted_to,
    recordedByName: c.recorded_by ? (names.get(c.recorded_by) ?? 'Ukjent') : BY_NAERVAER,
    version: c.version,
  };
}

export function presentObservation(o: ObservationRow, names: Map<string, string>) {
  return {
    id: o.id,
    pupilId: o.pupil_id,
    kind: o.kind,
    ruleId: o.rule_id,
    observedOn: o.observed_on,
    description: o.description,
    recordedByName: names.get(o.recorded_by) ?? 'Ukjent',
    version: o.version,
  };
}

export type EventDto = ReturnType<typeof presentEvent>;
export type AlertDto = ReturnType<typeof presentAlert>;
