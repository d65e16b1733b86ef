import { randomUUID } from 'node:crypto';
import { blankPlan } from '../../domain/plans/blank';
import { type PlanKind } from '../../domain/plans';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { presentPlanSummary } from '../presenters/plans';
import { parseOrRefuse } from '../cases/plans';
import { defaultEvaluationOn, storedCaseState } from '../../domain/ladder/case-machine';
import type { Plan } from '../../domain/plans';
import type { Content } from '../content/load-content';
import { classCalendar } from '../absence/calendar';
import { resolveLadder } from '../ladder/resolve-ladder';

export async function createPlan(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  input: { kind: PlanKind; content?: unknown },
  now: Date,
) {
  const today = osloDate(now);
  let plan = input.content === undefined ? blankPlan(input.kind, today) : parseOrRefuse(input.content);
  if (plan.kind !== input.kind)
    throw new AppError('validation', 'Planens innhold er av en annen type enn den valgte.', {
      fields: [{ field: 'kind', message: 'Plantype: stemmer ikke med innholdet' }],
    });
  return db.withContext(contextOf(actor), async (tx) => {
    const { row: c, place } = await caseForStaff(tx, actor, caseId);
    if (c.status !== 'open')
      throw new AppError('validation', 'Saken er avsluttet. Gjenåpne den for å lage en ny plan.');
    // A blank plan that carries an evaluation date starts with one (decision 151): the case's running date
    // when its measures have started, else three school weeks from today in the pupil's skolerute — the
    // date activating the plan would start the measures on (decision 102). Never an empty field to fill.
    if (input.content === undefined && 'evaluationOn' in plan && plan.evaluationOn === null) {
      const state = storedCaseState(c.state);
      const { calendar } = await classCalendar(tx, place);
      const evaluationOn =
        state.status === 'open' && state.measuresStartedOn !== null && state.evaluationDue > today
          ? state.evaluationDue
          : defaultEvaluationOn(await resolveLadder(tx, content, c.ladder), today, { calendar });
      plan = { ...plan, evaluationOn } as Plan;
    }
    const row = await tx
      .insertInto('case_plan')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        pupil_id: place.pupilId,
        kind: plan.kind,
        status: 'utkast',
        content: JSON.stringify(plan),
        activated_on: null,
        activated_by: null,
        closed_on: null,
        created_by: actor.userId,
        created_at: now,
        updated_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.create',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: row.id,
        caseId,
        details: { caseId, planId: row.id, kind: plan.kind },
      },
    ]);
    return presentPlanSummary(row);
  });
}
