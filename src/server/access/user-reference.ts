// A user named by id in a request: a task's owner, a timetable's teacher, a case participant. The
// foreign key sees every kommune's users (it does not see row-level security) and every kind of
// account, so the check is made here: a user the actor's kommune can see (row-level security hides
// the rest), not deactivated, and of a kind that fits the reference — never a guardian's account
// where a staff member is meant (decision 056).
import type { Tx } from '../../db/create-db';
import type { UserKind } from '../../db/schema';
import { AppError } from '../errors';

/** Accounts of the kommune's own people: staff at schools, the services, the school owner. */
export const STAFF_KINDS: UserKind[] = ['staff', 'service', 'municipal'];

export type UserReference = {
  /** The request field, named in the refusal (`ownerId`, `lessons.3.teacherId`). */
  field: string;
  /** What the user is to be, in Norwegian, to start a sentence: «Den ansvarlige for oppgaven». */
  role: string;
  kinds: UserKind[];
  /** The user must also have a role at this school (a timetable's teacher). */
  atSchool?: string;
};

export async function referencedUser(
  tx: Tx,
  userId: string,
  ref: UserReference,
): Promise<{ id: string; kind: UserKind }> {
  const user = await tx
    .selectFrom('app_user')
    .select(['id', 'kind', 'disabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user)
    throw new AppError('validation', `${ref.role} finnes ikke som bruker i kommunen.`, {
      fields: [{ field: ref.field, message: 'Ukjent bruker' }],
    });
  if (!ref.kinds.includes(user.kind)) {
    const what =
      user.kind === 'guardian' ? 'en foresatts konto' : user.kind === 'pupil' ? 'en elevs konto' : 'en ansatts konto';
    const wanted = ref.kinds.includes('guardian') ? 'en foresatt' : 'en ansatt';
    throw new AppError('validation', `${ref.role} kan ikke være ${what}. Velg ${wanted}.`, {
      fields: [{ field: ref.field, message: 'Feil slags bruker' }],
    });
  }
  if (user.disabled_at)
    throw new AppError(
      'validation',
      `${ref.role} har en deaktivert konto. Velg en annen, eller aktiver kontoen først.`,
      { fields: [{ field: ref.field, message: 'Deaktivert bruker' }] },
    );
  if (ref.atSchool) {
    const role = await tx
      .selectFrom('role_assignment as r')
      .leftJoin('class as c', 'c.id', 'r.class_id')
      .select('r.id')
      .where('r.user_id', '=', userId)
      .where((eb) => eb.or([eb('r.school_id', '=', ref.atSchool!), eb('c.school_id', '=', ref.atSchool!)]))
      .executeTakeFirst();
    if (!role)
      throw new AppError(
        'validation',
        `${ref.role} er ikke ansatt ved skolen. Gi brukeren en rolle ved skolen først.`,
        { fields: [{ field: ref.field, message: 'Ikke ansatt ved skolen' }] },
      );
  }
  return { id: user.id, kind: user.kind };
}
