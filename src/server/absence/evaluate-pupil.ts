// Re-evaluates one pupil after every registration: replays the school's profile over the school year up
// to today and turns the engine's episodes into stored alerts. An episode keeps its alert (and status)
// while it lasts; an alert whose episode disappeared because an event was corrected is removed if nobody
// has acted on it yet.
import { alertEpisodes } from '../../domain/absence/alert-episodes';
import type { AbsenceEvent } from '../../domain/rules/event-store';
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/create-db';
import type { AlertExplanation } from '../../db/schema';
import type { PupilPlace } from './place';
import { classCalendar } from './calendar';
import { resolveProfile } from './profiles';

type Found = { ruleId: string; startedOn: string; endedOn: string | null; explanation: AlertExplanation };

export const OBSERVATION_LABEL: Record<string, string> = {
  'alvorlig-hendelse': 'alvorlig enkeltepisode',
  'store-vansker-med-oppmøte': 'store vansker med å delta',
  'familiens-rutiner': 'vansker som påvirker familiens rutiner',
  tegn: 'tegn på ufrivillig skolefravær',
};

export async function loadPupilEvents(tx: Tx, pupilId: string, from: string, to: string) {
  return tx
    .selectFrom('absence_event')
    .selectAll()
    .where('pupil_id', '=', pupilId)
    .where('deleted_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('period')
    .execute();
}

export function toDomainEvent(e: { pupil_id: string; date: string; kind: AbsenceEvent['kind']; subject: string | null; period: number | null; minutes: number | null; documented: boolean; reason: AbsenceEvent['reason']; source: AbsenceEvent['source'] }): AbsenceEvent {
  return { studentId: e.pupil_id, date: e.date, kind: e.kind, subject: e.subject, period: e.period, minutes: e.minutes, documented: e.documented, reason: e.reason, source: e.source };
}

/** Episodes of the school's profile for the pupil as of `today` (YYYY-MM-DD). */
export async function findEpisodes(tx: Tx, place: PupilPlace, today: string): Promise<Found[]> {
  const { calendar } = await classCalendar(tx, place);
  const rows = await loadPupilEvents(tx, place.pupilId, calendar.source.firstDay, today);
  const observations = await tx.selectFrom('observation').select(['rule_id', 'observed_on', 'kind']).where('pupil_id', '=', place.pupilId).where('rule_id', 'is not', null).execute();
  return alertEpisodes(
    await resolveProfile(tx, place.profileId),
    calendar,
    rows.map(toDomainEvent),
    observations.map((o) => ({ ruleId: o.rule_id, observedOn: o.observed_on, kindLabel: OBSERVATION_LABEL[o.kind] ?? o.kind })),
    today,
  ).map(({ ruleId, startedOn, endedOn, ...explanation }) => ({ ruleId, startedOn, endedOn, explanation }));
}

/**
 * Brings the pupil's stored alerts in line with the episodes as of today. `pastEpisodes` says what to do
 * with an episode that is already over when first found: normally it is a new alert (a back-dated
 * registration can reveal one), but when a school switches profile the past is not news — those are
 * stored as dismissed with the given reason.
 */
export async function reevaluatePupil(tx: Tx, kommuneId: string, place: PupilPlace, today: string, now: Date, pastEpisodes?: { dismissReason: string }): Promise<void> {
  const found = await findEpisodes(tx, place, today);
  const existing = await tx.selectFrom('alert').selectAll().where('pupil_id', '=', place.pupilId).where('profile', '=', place.profileId).execute();
  const key = (ruleId: string, startedOn: string) => `${ruleId}|${startedOn}`;
  const byKey = new Map(existing.map((a) => [key(a.rule_id, a.started_on), a]));
  const seen = new Set<string>();
  for (const f of found) {
    const k = key(f.ruleId, f.startedOn);
    seen.add(k);
    const old = byKey.get(k);
    const explanation = JSON.stringify(f.explanation);
    if (!old) {
      await tx
        .insertInto('alert')
        .values({
          id: randomUUID(), kommune_id: kommuneId, pupil_id: place.pupilId, class_id: place.classId, school_id: place.schoolId, profile: place.profileId, rule_id: f.ruleId, started_on: f.startedOn, ended_on: f.endedOn, explanation, created_at: now, updated_at: now,
          ...(pastEpisodes && f.endedOn ? { status: 'dismissed' as const, dismiss_reason: pastEpisodes.dismissReason } : {}),
        })
        .execute();
    } else if (old.ended_on !== f.endedOn || JSON.stringify(old.explanation) !== explanation) {
      // The episode grew or ended: the alert follows it, without counting as someone's edit.
      await tx.updateTable('alert').set({ ended_on: f.endedOn, explanation, updated_at: now }).where('id', '=', old.id).execute();
    }
  }
  const gone = existing.filter((a) => !seen.has(key(a.rule_id, a.started_on)) && (a.status === 'new' || a.status === 'seen'));
  for (const a of gone) {
    const contacts = await tx.selectFrom('contact_log').select('id').where('alert_id', '=', a.id).executeTakeFirst();
    if (!contacts) await tx.deleteFrom('alert').where('id', '=', a.id).execute();
  }
}
