// Re-evaluates one pupil after every registration: replays the school's profile over the school year up
// to today and turns the engine's episodes into stored alerts. An episode keeps its alert (and status)
// while it lasts; an alert whose episode disappeared because an event was corrected is removed if nobody
// has acted on it yet.
import { parseIsoDate } from '../../domain/calendar/dates';
import { compileProfile, evaluateRule } from '../../domain/rules/engine';
import { Replayer } from '../../domain/rules/episodes';
import { buildEventStore, type AbsenceEvent } from '../../domain/rules/event-store';
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/create-db';
import type { AlertExplanation } from '../../db/schema';
import type { PupilPlace } from './place';
import { classCalendar } from './calendar';
import { profileById } from './profiles';

type Found = { ruleId: string; startedOn: string; endedOn: string | null; explanation: AlertExplanation };

const OBSERVATION_LABEL: Record<string, string> = {
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

export function toDomainEvent(e: { pupil_id: string; date: string; kind: AbsenceEvent['kind']; subject: string | null; period: number | null; minutes: number | null; documented: boolean; reason: AbsenceEvent['reason'] }): AbsenceEvent {
  return { studentId: e.pupil_id, date: e.date, kind: e.kind, subject: e.subject, period: e.period, minutes: e.minutes, documented: e.documented, reason: e.reason };
}

/** Episodes of the school's profile for the pupil as of `today` (YYYY-MM-DD). */
export async function findEpisodes(tx: Tx, place: PupilPlace, today: string): Promise<Found[]> {
  const { calendar } = await classCalendar(tx, place);
  const profile = profileById(place.profileId);
  const compiled = compileProfile(profile, calendar);
  const rows = await loadPupilEvents(tx, place.pupilId, calendar.source.firstDay, today);
  const events = rows.map(toDomainEvent);
  const store = buildEventStore(events, calendar, [place.pupilId]);
  const todayDay = parseIsoDate(today)!;
  const last = calendar.lastIndexOnOrBefore(todayDay);
  const found: Found[] = [];
  if (last >= 0) {
    for (const ep of new Replayer(compiled).episodes(store, 0, 0, last)) {
      const rule = compiled.rules.find((r) => r.rule.id === ep.ruleId)!;
      const asOf = ep.stopsOn ? parseIsoDate(ep.end)! : calendar.days[last]!;
      const alert = evaluateRule(rule, calendar, store, 0, asOf);
      if (!alert) continue;
      const evidence = new Set(alert.evidence);
      found.push({
        ruleId: ep.ruleId,
        startedOn: ep.start,
        endedOn: ep.stopsOn ? ep.end : null,
        explanation: {
          title: alert.title,
          severity: alert.severity,
          explanation: alert.explanation,
          action: alert.action,
          source: alert.source,
          evidence: rows.filter((r) => evidence.has(r.date)).map((r) => ({ date: r.date, kind: r.kind, subject: r.subject, period: r.period })),
        },
      });
    }
  }
  // Observation rules fire from a staff observation linked to them, never from events.
  const observationRules = profile.rules.filter((r) => r.kind === 'observation');
  if (observationRules.length) {
    const observations = await tx.selectFrom('observation').select(['rule_id', 'observed_on', 'kind']).where('pupil_id', '=', place.pupilId).where('rule_id', 'is not', null).where('observed_on', '<=', today).execute();
    for (const o of observations) {
      const rule = observationRules.find((r) => r.id === o.rule_id);
      if (!rule) continue;
      found.push({
        ruleId: rule.id,
        startedOn: o.observed_on,
        endedOn: null,
        explanation: {
          title: rule.title,
          severity: rule.severity,
          explanation: `«${rule.title}»: personalet registrerte ${o.observed_on.split('-').reverse().join('.')} en observasjon av ${OBSERVATION_LABEL[o.kind] ?? o.kind}.`,
          action: rule.action,
          source: rule.source,
          evidence: [],
        },
      });
    }
  }
  return found;
}

/** Brings the pupil's stored alerts in line with the episodes as of today. */
export async function reevaluatePupil(tx: Tx, kommuneId: string, place: PupilPlace, today: string, now: Date): Promise<void> {
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
        .values({ id: randomUUID(), kommune_id: kommuneId, pupil_id: place.pupilId, class_id: place.classId, school_id: place.schoolId, profile: place.profileId, rule_id: f.ruleId, started_on: f.startedOn, ended_on: f.endedOn, explanation, created_at: now, updated_at: now })
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
