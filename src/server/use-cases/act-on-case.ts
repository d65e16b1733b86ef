// Move a case along its ladder: start measures, move the evaluation date, evaluate with an outcome,
// escalate or de-escalate with a reason, close with a summary, reopen, or log a report to child welfare
// (only with a documented holistic assessment). The pure state machine decides; this stores.
import { storedCaseState, transition, type CaseAction } from '../../domain/ladder/case-machine';
import { trimHeard } from '../../domain/ladder/heard';
import { classCalendar } from '../absence/calendar';
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { expireConsentsOfCase } from '../cases/consents';
import { measuresToEvaluate, shareEvaluationDate } from '../cases/evaluation';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { resolveLadder } from '../ladder/resolve-ladder';
import { addLevelTasks, caseForStaff, stateColumns } from '../cases/case-place';
import type { Content } from '../content/load-content';
import { makeArchiveExtract } from '../archive/make-extract';

type WithoutOn<T> = T extends unknown ? Omit<T, 'on'> : never;
export type CaseActionInput = WithoutOn<CaseAction>;

export async function actOnCase(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  input: { action: CaseActionInput; version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    const ladder = await resolveLadder(tx, content, row.ladder);
    let action = { ...input.action, on: osloDate(now) } as CaseAction;
    // Default evaluation dates count school days of the pupil's skolerute (decision 102).
    const { calendar } = await classCalendar(tx, place);
    // What the evaluator saw of «Fulgt i dag» is stored with each judgement, counted here, not sent (decision 191).
    if (action.type === 'evaluate' && action.measures?.length) {
      const counted = await measuresToEvaluate(tx, caseId, { calendar, today: action.on });
      action = {
        ...action,
        measures: action.measures.map((m) => {
          const match =
            counted.find((c) => m.measureId !== undefined && c.measureId === m.measureId) ??
            counted.find((c) => c.measure === m.measure);
          return match?.followed ? { ...m, measureId: match.measureId, followed: match.followed } : m;
        }),
      };
    }
    const result = transition(ladder, storedCaseState(row.state), action, { calendar });
    if (!result.ok) throw new AppError('validation', result.error);
    // The pupil's views and the best-interest assessment are stored with the step, trimmed (decision 181).
    if ('heard' in action && action.heard) action.heard = trimHeard(action.heard);
    // Reopening may meet another open case for the pupil: the unique index says no, in Norwegian here.
    if (action.type === 'reopen') {
      const other = await tx
        .selectFrom('pupil_case')
        .select('id')
        .where('pupil_id', '=', row.pupil_id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (other) throw new AppError('conflict', 'Eleven har allerede en annen åpen sak.');
    }
    const version = await updateVersioned(tx, 'pupil_case', caseId, input.version, {
      ...stateColumns(result.next),
      last_activity_at: now,
    });
    await tx
      .insertInto('case_action')
      .values({
        kommune_id: actor.kommuneId,
        case_id: caseId,
        action: JSON.stringify(action),
        state_after: JSON.stringify(result.next),
        acted_by: actor.userId,
        acted_at: now,
      })
      .execute();
    await addLevelTasks(tx, actor.kommuneId, caseId, ladder, result.next);
    // The case's active plan keeps the case's one evaluation date (decision 102).
    if (result.next.status === 'open') await shareEvaluationDate(tx, actor, caseId, result.next.evaluationDue, now);
    if (result.next.status === 'closed') {
      await expireConsentsOfCase(tx, caseId, action.on);
      // The closed case's file goes to the archive as a Noark 5 extract, made now and kept (decision 223).
      await makeArchiveExtract(
        tx,
        content,
        actor,
        {
          scope: 'case',
          reason: 'closed',
          schoolId: row.school_id,
          caseIds: [caseId],
          period: { from: osloDate(new Date(row.opened_at)), to: action.on },
        },
        now,
      );
    }
    await writeAudit(tx, actor, now, [
      {
        action: `case.${action.type}`,
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: { caseId },
      },
    ]);
    return { state: result.next, version };
  });
}
