// A pupil's absence page: the school year's calendar, every event, pattern findings, diploma figures
// (lower secondary), alerts, observations and the contact log.
import { parseIsoDate } from '../../domain/calendar/dates';
import { masked, noteReader } from '../cases/restricted-notes';
import { findPatterns } from '../../domain/rules/patterns';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import {
  openCasesOf,
  presentAlert,
  presentConcerns,
  presentContact,
  presentEvent,
  presentObservation,
  userNames,
} from '../presenters/absence';
import { toDomainEvent } from '../absence/evaluate-pupil';
import { absenceYear } from '../absence/year';
import { pupilForStaff } from '../absence/place';
import { resolveProfile } from '../absence/profiles';
import type { Content } from '../content/load-content';
import { presentPupilPlace } from '../presenters/pupil';

export async function getPupilAbsence(db: Db, content: Content, actor: Actor, pupilId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, pupilId);
    const today = osloDate(now);
    // The calendar, the year's events and the figures: the same computation the guardians' view uses.
    const year = await absenceYear(tx, place, today);
    const { calendar, events } = year;
    const alerts = await tx
      .selectFrom('alert')
      .selectAll()
      .where('pupil_id', '=', pupilId)
      .orderBy('started_on', 'desc')
      .execute();
    const observations = await tx
      .selectFrom('observation')
      .selectAll()
      .where('pupil_id', '=', pupilId)
      .orderBy('observed_on', 'desc')
      .execute();
    const contacts = await tx
      .selectFrom('contact_log')
      .selectAll()
      .where('pupil_id', '=', pupilId)
      .orderBy('contacted_at', 'desc')
      .execute();
    const mayRead = await noteReader(tx, actor, pupilId);
    const names = await userNames(tx, [
      ...events.map((e) => e.registered_by),
      ...observations.map((o) => o.recorded_by),
      ...contacts.map((c) => c.recorded_by),
    ]);
    const patterns = findPatterns(
      events.filter((e) => e.date <= today).map(toDomainEvent),
      calendar,
      parseIsoDate(today)!,
    );
    const cases = await openCasesOf(tx, [pupilId]);
    const presented = alerts.map((a) => presentAlert(a, place, place.className, cases.get(pupilId)?.id ?? null));
    await writeAudit(tx, actor, now, [{ action: 'pupil.absence.read', pupilId }]);
    return {
      today,
      pupil: { ...presentPupilPlace(place), classId: place.classId },
      calendar: year.presentedCalendar,
      events: events.map((e) => presentEvent(e, names)),
      patterns: patterns.map((p) => ({ kind: p.pattern, title: p.title, description: p.detail })),
      diploma: year.diploma,
      alerts: presented,
      concerns: presentConcerns(presented, cases, today),
      observations: observations.map((o) => presentObservation(o, names)),
      contacts: contacts.map((c) => presentContact(mayRead(c) ? c : masked(c), names)),
      openCaseId:
        (
          await tx
            .selectFrom('pupil_case')
            .select('id')
            .where('pupil_id', '=', pupilId)
            .where('status', '=', 'open')
            .executeTakeFirst()
        )?.id ?? null,
      observationRules: (await resolveProfile(tx, content, place.profileId)).rules
        .filter((r) => r.kind === 'observation')
        .map((r) => ({ id: r.id, title: r.title })),
    };
  });
}
