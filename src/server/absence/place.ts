// Where a pupil belongs now (class, school, profile) and what the user may do there. Every absence
// use-case starts here: a pupil outside the user's classes is "not found", never "forbidden", so the
// answer does not reveal that the pupil exists.
import type { Tx } from '../../db/create-db';
import type { ProtectedAddress } from '../../db/schema';
import { hasRole, type Actor } from '../actor';
import { AppError } from '../errors';
import { classScope, inScope } from '../access/scope';
import { isSubstitute } from '../access/teaching-class';

export type PupilPlace = {
  pupilId: string;
  firstName: string;
  lastName: string;
  protectedAddress: ProtectedAddress;
  classId: string;
  className: string;
  trinn: number;
  schoolId: string;
  schoolName: string;
  schoolYear: number;
  profileId: string;
};

/** The profile a school follows when it has chosen none: the first shipped one alphabetically is arbitrary, so name it. */
export const DEFAULT_PROFILE = 'saltdal';

function placeQuery(tx: Tx) {
  return tx
    .selectFrom('class_membership as m')
    .innerJoin('pupil as p', 'p.id', 'm.pupil_id')
    .innerJoin('class as c', 'c.id', 'm.class_id')
    .innerJoin('school as s', 's.id', 'c.school_id')
    .select([
      'p.id as pupilId',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'p.protected_address as protectedAddress',
      'c.id as classId',
      'c.name as className',
      'c.trinn',
      's.id as schoolId',
      's.name as schoolName',
      'c.school_year as schoolYear',
      's.rule_profile',
    ])
    .where('m.valid_to', 'is', null);
}

function toPlace(row: Awaited<ReturnType<ReturnType<typeof placeQuery>['executeTakeFirstOrThrow']>>): PupilPlace {
  const { rule_profile, ...rest } = row;
  return { ...rest, profileId: rule_profile ?? DEFAULT_PROFILE };
}

/** The pupil's place, if the staff member may see the pupil's class. */
export async function pupilForStaff(tx: Tx, actor: Actor, pupilId: string): Promise<PupilPlace> {
  const scope = classScope(actor);
  const row = await placeQuery(tx)
    .where('p.id', '=', pupilId)
    .where(inScope(scope, 'c.id', 'c.school_id'))
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke eleven, eller du har ikke tilgang til eleven.');
  return toPlace(row);
}

/**
 * The pupil's place for registering absence on `dates` (the event's day; a correction's old and new day):
 * the staff member's own scope, or the substitute of the day (decision 207) — named by the leadership for
 * the pupil's class on that date, and only while that date is today. `substitute: true` registers in the
 * whole class, as the contact teacher does. A substitute of the class on another day is refused (403):
 * they have seen the class, so «not found» would hide nothing; anyone else is «not found».
 */
export async function pupilForRegistering(
  tx: Tx,
  actor: Actor,
  pupilId: string,
  dates: readonly string[],
  today: string,
): Promise<{ place: PupilPlace; substitute: boolean }> {
  const own = await pupilForStaff(tx, actor, pupilId).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'not_found') return null;
    throw e;
  });
  if (own) return { place: own, substitute: false };
  const row = await placeQuery(tx).where('p.id', '=', pupilId).executeTakeFirst();
  if (row) {
    const place = toPlace(row);
    if (dates.every((d) => d === today) && (await isSubstitute(tx, actor, place.classId, today)))
      return { place, substitute: true };
    const someDay = await tx
      .selectFrom('class_substitute')
      .select('id')
      .where('class_id', '=', place.classId)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst();
    if (someDay)
      throw new AppError(
        'forbidden',
        'Som vikar kan du føre fravær i klassen bare for den dagen du er vikar, og bare den samme dagen.',
      );
  }
  throw new AppError('not_found', 'Fant ikke eleven, eller du har ikke tilgang til eleven.');
}

/** The pupil's place with no scope of its own: for callers that have checked access another way. */
export async function pupilPlace(tx: Tx, pupilId: string): Promise<PupilPlace> {
  const row = await placeQuery(tx).where('p.id', '=', pupilId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke eleven, eller du har ikke tilgang til eleven.');
  return toPlace(row);
}

/**
 * The pupil's place, if the user is one of the pupil's guardians and the school has not restricted that
 * parent's right to information (barnelova § 47, decision 131): a parent without parental responsibility is
 * a guardian here too, a restricted one is told nothing, as if the child were not theirs.
 */
export async function pupilForGuardian(tx: Tx, actor: Actor, pupilId: string): Promise<PupilPlace> {
  const row = await placeQuery(tx)
    .where('p.id', '=', pupilId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('guardian_pupil as gp')
          .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
          .select('gp.pupil_id')
          .whereRef('gp.pupil_id', '=', 'p.id')
          .where('g.user_id', '=', actor.userId)
          .where('gp.information_restricted', '=', false),
      ),
    )
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke barnet.');
  return toPlace(row);
}

/**
 * Whether the guardian (the actor) has parental responsibility for the pupil through a link whose information is
 * not restricted — who may answer the school for the child, e.g. a forhåndsvarsel (decision 228).
 */
export async function hasParentalResponsibility(tx: Tx, actor: Actor, pupilId: string): Promise<boolean> {
  const link = await tx
    .selectFrom('guardian_pupil as gp')
    .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
    .select('gp.pupil_id')
    .where('gp.pupil_id', '=', pupilId)
    .where('g.user_id', '=', actor.userId)
    .where('gp.information_restricted', '=', false)
    .where('gp.parental_responsibility', '=', true)
    .executeTakeFirst();
  return link !== undefined;
}

/**
 * The pupil a pupil's own account is (decision 184): the only pupil it can ever name. A pupil's account has
 * no pupil id in its requests; an account no pupil points at is told nothing.
 */
export async function pupilForSelf(tx: Tx, actor: Actor): Promise<PupilPlace> {
  if (actor.kind !== 'pupil') throw new AppError('not_found', 'Fant ikke eleven.');
  const row = await placeQuery(tx).where('p.user_id', '=', actor.userId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke eleven.');
  return toPlace(row);
}

/** Current places of all pupils of a class. */
export async function classPlaces(tx: Tx, classId: string): Promise<PupilPlace[]> {
  const rows = await placeQuery(tx)
    .where('c.id', '=', classId)
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
  return rows.map(toPlace);
}

/** Whether the actor may register every kind of absence in the class (not only in own lessons). */
export function registersWholeClass(actor: Actor, place: { classId: string; schoolId: string }): boolean {
  return actor.roles.some(
    (r) =>
      (r.role === 'kontaktlaerer' && r.classId === place.classId) ||
      ((r.role === 'skoleledelse' || r.role === 'administrator') && r.schoolId === place.schoolId),
  );
}

export function isLeadership(actor: Actor, schoolId: string): boolean {
  return (
    hasRole(actor, 'skoleledelse', 'administrator') &&
    actor.roles.some((r) => (r.role === 'skoleledelse' || r.role === 'administrator') && r.schoolId === schoolId)
  );
}

/** Refuses, as not found, a guardian who is not the pupil's: the guardian setters act only through the pupil. */
export async function assertGuardianOfPupil(tx: Tx, pupilId: string, guardianId: string): Promise<void> {
  const link = await tx
    .selectFrom('guardian_pupil')
    .select('guardian_id')
    .where('pupil_id', '=', pupilId)
    .where('guardian_id', '=', guardianId)
    .executeTakeFirst();
  if (!link) throw new AppError('not_found', 'Fant ikke den foresatte til eleven.');
}
