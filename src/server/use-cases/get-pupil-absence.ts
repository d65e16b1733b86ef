// A pupil's absence page: the school year's calendar, every event, pattern findings, diploma figures
// (lower secondary), alerts, observations and the contact log.
import { formatIsoDate, parseIsoDate } from '../../domain/calendar/dates';
import { masked, noteReader } from '../cases/restricted-notes';
import { diplomaFigures } from '../../domain/absence/diploma';
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
import { classCalendar } from '../absence/calendar';
import { loadPupilEvents, toDomainEvent } from '../absence/evaluate-pupil';
import { pupilForStaff } from '../absence/place';
import { resolveProfile } from '../absence/profiles';
import type { Content } from '../content/load-content';

export async function getPupilAbsence(db: Db, content: Content, actor: Actor, pupilId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, pupilId);
    const { calendar } = await classCalendar(tx, place);
    const today = osloDate(now);
    const events = await loadPupilEvents(tx, pupilId, calendar.source.firstDay, calendar.source.lastDay);
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
    const closedDays: { date: string; reason: string }[] = [];
    for (let d = calendar.firstDay; d <= calendar.lastDay; d++) {
      const reason = calendar.closedReason(d);
      if (reason && !/lørdag|søndag/.test(reason)) closedDays.push({ date: formatIsoDate(d), reason });
    }
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
      pupil: {
        id: place.pupilId,
        firstName: place.firstName,
        lastName: place.lastName,
        classId: place.classId,
        className: place.className,
        schoolName: place.schoolName,
        protectedAddress: place.protectedAddress,
      },
      calendar: {
        firstDay: calendar.source.firstDay,
        lastDay: calendar.source.lastDay,
        schoolDays: Array.from(calendar.days, (d, i) => ({ date: formatIsoDate(d), lessons: calendar.lessons[i]! })),
        closedDays,
      },
      events: events.map((e) => presentEvent(e, names)),
      patterns: patterns.map((p) => ({ kind: p.pattern, title: p.title, description: p.detail })),
      // The figures so far: school days up to today, and the absence that has happened (not leave granted ahead).
      diploma:
        place.trinn >= 8
          ? {
              schoolDays: calendar.lastIndexOnOrBefore(parseIsoDate(today)!) + 1,
              ...diplomaFigures(events.filter((e) => e.date <= today)),
            }
          : null,
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
