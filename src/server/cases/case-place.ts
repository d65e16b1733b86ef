// Loading a case for a staff member: the case exists in the kommune (RLS) and the pupil is one the
// user may see (their classes, or their school for leadership and the resource team).
import type { Selectable } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { CaseState } from '../../domain/ladder/case-machine';
import { checklistForLevel } from '../../domain/ladder/tasks';
import type { Ladder } from '../../domain/ladder/ladder-schema';
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import { consentCovers, type ConsentFacts } from '../../domain/consent/consent';
import { partnerServiceOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { pupilForStaff, pupilPlace, type PupilPlace } from '../absence/place';

export type CaseRow = Selectable<Database['pupil_case']>;

export async function caseForStaff(tx: Tx, actor: Actor, caseId: string): Promise<{ row: CaseRow; place: PupilPlace }> {
  const row = await tx.selectFrom('pupil_case').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke saken.');
  const place = await pupilForStaff(tx, actor, row.pupil_id).catch(() => {
    throw new AppError('not_found', 'Fant ikke saken.');
  });
  return { row, place };
}

export type ConsentRow = Selectable<Database['consent']>;

export function consentFacts(c: ConsentRow): ConsentFacts {
  return {
    decision: c.decision,
    services: c.services,
    excludedServices: c.excluded_services,
    excludedUserIds: c.excluded_user_ids,
    consentDate: c.consent_date,
    withdrawnOn: c.withdrawn_on,
    expiredOn: c.expired_on,
  };
}

/**
 * The cases a service partner may see today: open cases with a consent that covers the partner's
 * service and does not exclude the partner. The use-case layer's check; row-level security makes the
 * same decision underneath (migration 0011), so a forgotten check still shows nothing.
 */
export async function casesWithConsent(tx: Tx, actor: Actor, now: Date): Promise<string[]> {
  const service = partnerServiceOf(actor);
  if (!service) return [];
  const today = osloDate(now);
  const consents = await tx
    .selectFrom('consent as k')
    .innerJoin('pupil_case as pc', 'pc.id', 'k.case_id')
    .selectAll('k')
    .where('pc.status', '=', 'open')
    .execute();
  return [
    ...new Set(
      consents.filter((c) => consentCovers(consentFacts(c), service, actor.userId, today)).map((c) => c.case_id),
    ),
  ];
}

/**
 * Loading a case for whoever asks: school staff through their classes and schools, a service partner
 * only through a valid consent covering their service. Anything else is "not found", and says nothing
 * about whether the case exists.
 */
export async function caseForReader(
  tx: Tx,
  actor: Actor,
  caseId: string,
  now: Date,
): Promise<{ row: CaseRow; place: PupilPlace }> {
  if (partnerServiceOf(actor) === null) return caseForStaff(tx, actor, caseId);
  const visible = await casesWithConsent(tx, actor, now);
  const row = visible.includes(caseId)
    ? await tx.selectFrom('pupil_case').selectAll().where('id', '=', caseId).executeTakeFirst()
    : undefined;
  if (!row) throw new AppError('not_found', 'Fant ikke saken.');
  return { row, place: await pupilPlace(tx, row.pupil_id) };
}

/** Adds the ladder's checklist for a level the case has just reached. */
export async function addLevelTasks(
  tx: Tx,
  kommuneId: string,
  caseId: string,
  ladder: Ladder,
  state: CaseState,
): Promise<void> {
  if (state.status !== 'open') return;
  const existing = await tx
    .selectFrom('case_task')
    .select('ladder_task_id')
    .where('case_id', '=', caseId)
    .where('level', '=', state.level)
    .execute();
  const have = new Set(existing.map((t) => t.ladder_task_id));
  const items = checklistForLevel(ladder, state.level, state.levelSince).filter((t) => !have.has(t.taskId));
  if (!items.length) return;
  await tx
    .insertInto('case_task')
    .values(
      items.map((t) => ({
        id: randomUUID(),
        kommune_id: kommuneId,
        case_id: caseId,
        level: state.level,
        ladder_task_id: t.taskId,
        text: t.text,
        responsible: t.responsible,
        owner_id: null,
        due_on: t.dueOn,
        done_on: null,
        done_by: null,
        completion: null,
        source: 'ladder' as const,
      })),
    )
    .execute();
}

export function stateColumns(state: CaseState) {
  return {
    state: JSON.stringify(state),
    status: state.status,
    level: state.level,
    evaluation_due: state.status === 'open' ? state.evaluationDue : null,
  };
}
