import { diffPlans, type Plan } from '../../domain/plans';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForReader } from '../cases/case-place';
import { userNames } from '../presenters/absence';
import { STATUS_LABEL } from '../presenters/plans';
import { type PlanRow, loadPlan } from '../cases/plans';

/**
 * Every version of a plan, oldest first, with what changed from the one before. Earlier versions come from
 * record_history, which a service partner does not read (0011): a partner sees the current version only.
 */
export async function listPlanVersions(db: Db, actor: Actor, caseId: string, planId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const row = await loadPlan(tx, caseId, planId);
    const history = await tx
      .selectFrom('record_history')
      .select(['version', 'snapshot'])
      .where('table_name', '=', 'case_plan')
      .where('record_id', '=', planId)
      .orderBy('version')
      .execute();
    type Snapshot = { content: Plan; status: PlanRow['status']; updated_by: string; updated_at: string };
    const versions = [
      ...history.map((h) => ({ version: h.version, ...(h.snapshot as unknown as Snapshot) })),
      {
        version: row.version,
        content: row.content as Plan,
        status: row.status,
        updated_by: row.updated_by,
        updated_at: new Date(row.updated_at).toISOString(),
      },
    ];
    const names = await userNames(
      tx,
      versions.map((v) => v.updated_by),
    );
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.read',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId, versions: true },
      },
    ]);
    return versions.map((v, i) => {
      const before = versions[i - 1];
      const changes = before ? diffPlans(before.content, v.content) : [];
      return {
        version: v.version,
        status: v.status,
        statusLabel: STATUS_LABEL[v.status],
        editedAt: new Date(v.updated_at).toISOString(),
        editedByName: names.get(v.updated_by) ?? 'Ukjent',
        statusChanged: before !== undefined && before.status !== v.status,
        changes,
        content: v.content,
      };
    });
  });
}
