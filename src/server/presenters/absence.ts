// API shapes for absence events, alerts, contacts and observations.
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import type { Selectable } from 'kysely';

type EventRow = Selectable<Database['absence_event']>;
type AlertRow = Selectable<Database['alert']>;
type ContactRow = Selectable<Database['contact_log']>;
type ObservationRow = Selectable<Database['observation']>;

/** Display names of users, looked up once per response. */
export async function userNames(tx: Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (!unique.length) return new Map();
  const rows = await tx.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
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

export function presentAlert(a: AlertRow, pupil: { firstName: string; lastName: string }, className: string) {
  return {
    id: a.id,
    pupilId: a.pupil_id,
    pupilName: `${pupil.firstName} ${pupil.lastName}`,
    classId: a.class_id,
    className,
    profile: a.profile,
    ruleId: a.rule_id,
    ruleTitle: a.explanation.title,
    severity: a.explanation.severity,
    startedOn: a.started_on,
    endedOn: a.ended_on,
    status: a.status,
    explanation: a.explanation.explanation,
    nextStep: a.explanation.action,
    countedEvents: a.explanation.evidence,
    dismissReason: a.dismiss_reason,
    version: a.version,
  };
}

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
    recordedByName: names.get(c.recorded_by) ?? 'Ukjent',
    version: c.version,
  };
}

export function presentObservation(o: ObservationRow, names: Map<string, string>) {
  return { id: o.id, pupilId: o.pupil_id, kind: o.kind, ruleId: o.rule_id, observedOn: o.observed_on, description: o.description, recordedByName: names.get(o.recorded_by) ?? 'Ukjent', version: o.version };
}

export type EventDto = ReturnType<typeof presentEvent>;
export type AlertDto = ReturnType<typeof presentAlert>;
