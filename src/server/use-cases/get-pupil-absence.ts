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
import { alertReaderFor } from '../absence/alert-texts';
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
    const reader = await alertReaderFor(tx, content, actor);
    const presented = alerts.map((a) =>
      presentAlert(a, place, place.className, cases.get(pupilId)?.id ?? null, reader),
    );
    const guardianRows = await tx
      .selectFrom('guardian_pupil as gp')
      .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
      .select([
        'g.id',
        'g.first_name',
        'g.last_name',
        'g.protected_address',
        'g.version as guardian_version',
        'g.language',
        'gp.parental_responsibility',
        'gp.information_restricted',
        'gp.information_restricted_reason',
        'gp.information_restricted_at',
        'gp.information_restricted_by',
        'gp.information_restricted_source',
        'gp.version',
      ])
      .where('gp.pupil_id', '=', pupilId)
      .orderBy('g.last_name')
      .orderBy('g.first_name')
      .execute();
    const restrictedBy = await userNames(
      tx,
      guardianRows.flatMap((g) => (g.information_restricted_by ? [g.information_restricted_by] : [])),
    );
    const lettersSent = await tx
      .selectFrom('guardian_document')
      .select(['source_id', 'sent_at', 'languages'])
      .where('pupil_id', '=', pupilId)
      .where('kind', '=', 'letter')
      .execute();
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
      guardians: guardianRows.map((g) => ({
        id: g.id,
        name: `${g.first_name} ${g.last_name}`,
        parentalResponsibility: g.parental_responsibility,
        protectedAddress: g.protected_address,
        restriction: g.information_restricted
          ? {
              reason: g.information_restricted_reason ?? '',
              at: g.information_restricted_at ? new Date(g.information_restricted_at).toISOString() : null,
              byName: g.information_restricted_by ? (restrictedBy.get(g.information_restricted_by) ?? null) : null,
              fromRoster: g.information_restricted_source === 'roster',
            }
          : null,
        version: g.version,
        guardianVersion: g.guardian_version,
        language: g.language,
      })),
      lettersSent: lettersSent.map((l) => ({
        alertId: l.source_id,
        sentAt: new Date(l.sent_at).toISOString(),
        languages: l.languages,
      })),
      observationRules: (await resolveProfile(tx, content, place.profileId)).rules
        .filter((r) => r.kind === 'observation')
        .map((r) => ({ id: r.id, title: r.title })),
    };
  });
}
