// What the undring use-cases share (issue 21 item 6, decision 196): the schools a helsesykepleier serves,
// the school's context her requests about those pupils run in, and the one presenter of an undring.
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import type { HealthConcern } from '../../contract/health-partner';
import { partnerServiceOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { userNames } from '../presenters/absence';

/**
 * The schools a helsesykepleier serves: the schools named on her helsesykepleier roles (the school health
 * service is given per school). A role without a school serves none: she then finds no pupil at all.
 */
export function servedSchoolIds(actor: Actor): string[] {
  return actor.roles.filter((r) => r.role === 'helsesykepleier' && r.schoolId).map((r) => r.schoolId!);
}

/** Refuses a helsesykepleier with no school on her role, saying what to do. */
export function requireServedSchools(actor: Actor): string[] {
  const schools = servedSchoolIds(actor);
  if (schools.length === 0)
    throw new AppError(
      'forbidden',
      'Rollen din som helsesykepleier er ikke knyttet til noen skole. Be administrator legge til skolene du er helsesykepleier for.',
    );
  return schools;
}

/**
 * The database context for her undringer: the kommune and the user, without the partner's consent filter
 * (row-level security would hide every pupil without a shared case, and an undring is exactly about such
 * a pupil). Every query in this context is narrowed by hand to her schools (pupils) or to her own rows
 * (undringer); decision 196 says why this one hole is safe.
 */
export function schoolSideContext(actor: Actor) {
  return { kommuneId: actor.kommuneId, userId: actor.userId };
}

export type ConcernRow = Selectable<Database['health_concern']>;

/** The undringer with their pupil, class and school, shaped for the screen. */
export async function presentConcerns(tx: Tx, actor: Actor, rows: ConcernRow[]): Promise<HealthConcern[]> {
  if (rows.length === 0) return [];
  const places = await tx
    .selectFrom('pupil as p')
    .innerJoin('health_concern as h', 'h.pupil_id', 'p.id')
    .innerJoin('class as c', 'c.id', 'h.class_id')
    .innerJoin('school as s', 's.id', 'h.school_id')
    .select(['h.id', 'p.first_name', 'p.last_name', 'c.name as class_name', 's.name as school_name'])
    .where(
      'h.id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const byId = new Map(places.map((p) => [p.id, p]));
  const names = await userNames(
    tx,
    rows.flatMap((r) => [r.raised_by, r.received_by, r.followed_up_by]).filter((x): x is string => x !== null),
  );
  const partner = partnerServiceOf(actor) !== null;
  const at = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return rows.map((r) => {
    const place = byId.get(r.id);
    return {
      id: r.id,
      pupilId: r.pupil_id,
      pupilName: place ? `${place.first_name} ${place.last_name}` : '',
      className: place?.class_name ?? '',
      schoolName: place?.school_name ?? '',
      text: r.text,
      basis: r.basis,
      consentOn: r.consent_on,
      consentBy: r.consent_by,
      status: r.status,
      raisedByName: names.get(r.raised_by) ?? '',
      raisedAt: new Date(r.raised_at).toISOString(),
      receivedByName: r.received_by ? (names.get(r.received_by) ?? '') : null,
      receivedAt: at(r.received_at),
      followedUpByName: r.followed_up_by ? (names.get(r.followed_up_by) ?? '') : null,
      followedUpAt: at(r.followed_up_at),
      // The health service is told that the school took it into a case, never which case.
      caseId: partner ? null : r.case_id,
      caseLinked: r.case_id !== null,
      version: r.version,
    };
  });
}
