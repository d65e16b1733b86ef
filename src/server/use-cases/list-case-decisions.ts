// The decisions of a case (decisions 213–217) with the kinds and the legal basis table the reader chooses from
// (content/decisions in their written form) and the case's expert statements a decision can rest on. Audited.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { caseForStaff } from '../cases/case-place';
import type { Content } from '../content/load-content';
import { readerContentIn } from '../content/reader-content';
import { caseAssessments, mayDraft } from '../decisions/decisions';
import { presentDecisionContent, presentDecisionSummary } from '../presenters/decisions';

export async function listCaseDecisions(db: Db, content: Content, actor: Actor, caseId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row: caseRow, place } = await caseForStaff(tx, actor, caseId);
    const shown = (await readerContentIn(tx, content, actor)).content;
    const rows = await tx
      .selectFrom('case_decision')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute();
    const today = osloDate(now);
    const assessments = await caseAssessments(tx, caseId);
    await writeAudit(tx, actor, now, [
      {
        action: 'decision.list',
        pupilId: caseRow.pupil_id,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: { decisions: rows.length },
      },
    ]);
    return {
      decisions: rows.map((r) => presentDecisionSummary(r, shown.decisions.kinds.get(r.kind), today)),
      ...presentDecisionContent(shown.decisions),
      assessments: assessments.map((a) => ({ id: a.id, kind: a.kind, issuedOn: a.issuedOn, issuedBy: a.issuedBy })),
      canDraft: mayDraft(actor, place) && caseRow.status === 'open',
    };
  });
}
