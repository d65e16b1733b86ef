// Open a case for a pupil — from an alert, a pattern finding, or by hand ("undring": what was seen,
// heard or observed). One open case per pupil; the contact teacher holds it (stafettholder) by default.
import { randomUUID } from 'node:crypto';
import { transition } from '../../domain/ladder/case-machine';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { pupilForStaff } from '../absence/place';
import { classCalendar } from '../absence/calendar';
import { DEFAULT_LADDER_ID } from '../ladder/load-ladders';
import { resolveLadder } from '../ladder/resolve-ladder';
import { addLevelTasks, stateColumns } from '../cases/case-place';
import type { Content } from '../content/load-content';

export type OpenCaseInput = {
  pupilId: string;
  from: 'alert' | 'pattern' | 'undring';
  alertId?: string | null | undefined;
  reason: string;
};

export async function openCase(db: Db, content: Content, actor: Actor, input: OpenCaseInput, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, input.pupilId);
    const open = await tx
      .selectFrom('pupil_case')
      .select('id')
      .where('pupil_id', '=', place.pupilId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (open) throw new AppError('conflict', 'Eleven har allerede en åpen sak. Fortsett i den.', { caseId: open.id });
    if (input.from === 'alert') {
      const alert = input.alertId
        ? await tx.selectFrom('alert').select(['pupil_id']).where('id', '=', input.alertId).executeTakeFirst()
        : undefined;
      if (!alert || alert.pupil_id !== place.pupilId)
        throw new AppError('validation', 'Varselet hører ikke til denne eleven.', {
          fields: [{ field: 'alertId', message: 'Ukjent varsel' }],
        });
    }
    const school = await tx
      .selectFrom('school')
      .select('ladder')
      .where('id', '=', place.schoolId)
      .executeTakeFirstOrThrow();
    const ladderId = school.ladder ?? DEFAULT_LADDER_ID;
    const ladder = await resolveLadder(tx, content, ladderId);
    const { calendar } = await classCalendar(tx, place);
    const result = transition(ladder, null, { type: 'open', on: osloDate(now), reason: input.reason }, { calendar });
    if (!result.ok) throw new AppError('validation', result.error);
    const holder = await tx
      .selectFrom('role_assignment')
      .select('user_id')
      .where('class_id', '=', place.classId)
      .where('role', '=', 'kontaktlaerer')
      .executeTakeFirst();
    const id = randomUUID();
    await tx
      .insertInto('pupil_case')
      .values({
        id,
        kommune_id: actor.kommuneId,
        pupil_id: place.pupilId,
        school_id: place.schoolId,
        ladder: ladderId,
        ...stateColumns(result.next),
        stafettholder_id: holder?.user_id ?? actor.userId,
        opened_from: input.from,
        origin_alert_id: input.alertId ?? null,
        opened_by: actor.userId,
        opened_at: now,
        last_activity_at: now,
      })
      .execute();
    await tx
      .insertInto('case_action')
      .values({
        kommune_id: actor.kommuneId,
        case_id: id,
        action: JSON.stringify({ type: 'open', on: osloDate(now), reason: input.reason, from: input.from }),
        state_after: JSON.stringify(result.next),
        acted_by: actor.userId,
        acted_at: now,
      })
      .execute();
    await addLevelTasks(tx, actor.kommuneId, id, ladder, result.next);
    // The concern goes into the case: the pupil's open alerts are handled by opening it (decision 026).
    if (input.alertId)
      await tx
        .updateTable('alert')
        .set({ status: 'handled', updated_at: now })
        .where('pupil_id', '=', place.pupilId)
        .where('status', 'in', ['new', 'seen'])
        .where('retired_at', 'is', null)
        .execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.open',
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: id,
        caseId: id,
        details: { caseId: id, from: input.from },
      },
    ]);
    return { id };
  });
}
