// The helsesykepleier raises an «undring» with the school about a pupil of a school she serves (issue 21
// item 6, decision 196): refused (422) without a basis of consent — the guardians', or the pupil's own from
// 16 — and otherwise stored, audited, and put in the inbox of the pupil's contact teacher and the school's
// leadership in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { checkBasis } from '../../domain/health/health-concern';
import type { RaiseHealthConcernBody } from '../../contract/health-partner';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { presentConcerns, requireServedSchools, schoolSideContext } from '../health/health-concerns';
import { notify } from '../inbox/notify';

export async function raiseHealthConcern(db: Db, actor: Actor, input: RaiseHealthConcernBody, now: Date) {
  const schools = requireServedSchools(actor);
  const today = osloDate(now);
  return db.withContext(schoolSideContext(actor), async (tx) => {
    const pupil = await tx
      .selectFrom('class_membership as m')
      .innerJoin('pupil as p', 'p.id', 'm.pupil_id')
      .innerJoin('class as c', 'c.id', 'm.class_id')
      .select(['p.id', 'p.first_name', 'p.last_name', 'p.birth_date', 'c.id as class_id', 'c.school_id'])
      .where('p.id', '=', input.pupilId)
      .where('m.valid_to', 'is', null)
      .where('c.school_id', 'in', schools)
      .executeTakeFirst();
    if (!pupil) throw new AppError('not_found', 'Fant ikke eleven ved skolene du er helsesykepleier for.');
    const problem = checkBasis(input, pupil.birth_date, today);
    if (problem) throw new AppError('unprocessable', problem.message, { fields: [problem] });
    const id = randomUUID();
    const row = await tx
      .insertInto('health_concern')
      .values({
        id,
        kommune_id: actor.kommuneId,
        pupil_id: pupil.id,
        school_id: pupil.school_id,
        class_id: pupil.class_id,
        raised_by: actor.userId,
        raised_at: now,
        text: input.text.trim(),
        basis: input.basis!,
        consent_on: input.consentOn!,
        consent_by: input.basis === 'pupil' ? `${pupil.first_name} ${pupil.last_name}` : input.consentBy!.trim(),
        received_by: null,
        received_at: null,
        followed_up_by: null,
        followed_up_at: null,
        case_id: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    // The contact teacher of the pupil's class and the school's leadership.
    const recipients = await tx
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select('r.user_id')
      .where('u.disabled_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb.and([eb('r.role', '=', 'kontaktlaerer'), eb('r.class_id', '=', pupil.class_id)]),
          eb.and([eb('r.role', '=', 'skoleledelse'), eb('r.school_id', '=', pupil.school_id)]),
        ]),
      )
      .execute();
    await notify(
      tx,
      actor.kommuneId,
      recipients.map((r) => ({
        userId: r.user_id,
        kind: 'health-concern' as const,
        pupilId: pupil.id,
        dedupeKey: `health-concern:${id}`,
      })),
      now,
    );
    await writeAudit(tx, actor, now, [
      {
        action: 'health-concern.raise',
        pupilId: pupil.id,
        entity: 'health_concern',
        entityId: id,
        details: { basis: row.basis, told: recipients.length },
      },
    ]);
    const [concern] = await presentConcerns(tx, actor, [row]);
    return { concern: concern! };
  });
}
