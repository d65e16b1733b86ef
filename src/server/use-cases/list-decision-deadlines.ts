// The deadlines of the decisions under way at the schools the reader leads, for the leader's board «Sakstavle»
// (decision 216): the guardians' reply due, a letter without a receipt (the appeal deadline has not started),
// the appeal deadline running, an appeal to reassess, an appeal with the Statsforvalteren. Overdue first, then
// by date. One audit row per decision shown.
import type { Db } from '../../db/create-db';
import { decisionDeadline } from '../../domain/decisions/decision';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import type { Content } from '../content/load-content';
import { readerContentIn } from '../content/reader-content';
import { stateOf } from '../decisions/decisions';
import type { DecisionDeadlineDto } from '../../contract/decisions';

export async function listDecisionDeadlines(db: Db, content: Content, actor: Actor, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const schoolIds = actor.roles
      .filter(
        (r) => (r.role === 'skoleledelse' || r.role === 'ressursteam' || r.role === 'administrator') && r.schoolId,
      )
      .map((r) => r.schoolId!);
    if (schoolIds.length === 0) return { deadlines: [] };
    const shown = (await readerContentIn(tx, content, actor)).content;
    const rows = await tx
      .selectFrom('case_decision as d')
      .innerJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'd.pupil_id').on('m.valid_to', 'is', null))
      .innerJoin('class as c', 'c.id', 'm.class_id')
      .innerJoin('pupil as p', 'p.id', 'd.pupil_id')
      .selectAll('d')
      .select(['p.first_name as firstName', 'p.last_name as lastName', 'c.name as className'])
      .where('d.status', 'not in', ['draft', 'changed', 'final'])
      .where('c.school_id', 'in', schoolIds)
      .execute();
    const today = osloDate(now);
    const deadlines: DecisionDeadlineDto[] = rows.flatMap((r) => {
      const deadline = decisionDeadline(stateOf(r), today);
      return deadline
        ? [
            {
              decisionId: r.id,
              caseId: r.case_id,
              pupilName: `${r.firstName} ${r.lastName}`,
              className: r.className,
              kindName: shown.decisions.kinds.get(r.kind)?.name ?? r.kind,
              status: r.status,
              deadline,
            },
          ]
        : [];
    });
    deadlines.sort(
      (a, b) =>
        Number(b.deadline.overdue) - Number(a.deadline.overdue) ||
        (a.deadline.on ?? '9999').localeCompare(b.deadline.on ?? '9999'),
    );
    if (deadlines.length)
      await writeAudit(
        tx,
        actor,
        now,
        deadlines.map((d) => ({
          action: 'decision.deadlines' as const,
          pupilId: rows.find((r) => r.id === d.decisionId)!.pupil_id,
          entity: 'case_decision' as const,
          entityId: d.decisionId,
          caseId: d.caseId,
          details: { decisionId: d.decisionId, deadline: d.deadline.kind },
        })),
      );
    return { deadlines };
  });
}
