// One decision of a case (decisions 213–217), as the reader reads it: the kind in their written form, what
// stops «Fatt vedtak», the deadlines and the steps they may take. Audited as a read.
import type { Db, Tx } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import type { Content } from '../content/load-content';
import { readerContentIn } from '../content/reader-content';
import { caseAssessments, decisionForStaff, kindOf, mayDecide, mayDraft, namesOf } from '../decisions/decisions';
import { presentDecision } from '../presenters/decisions';

/** The decision as the API answers it, inside a transaction already open (after a write, or for a read). */
export async function decisionView(
  tx: Tx,
  content: Content,
  actor: Actor,
  caseId: string,
  decisionId: string,
  now: Date,
) {
  const { row, place } = await decisionForStaff(tx, actor, caseId, decisionId);
  const shown = (await readerContentIn(tx, content, actor)).content;
  const kind = kindOf(shown, row.kind);
  const assessments = await caseAssessments(tx, caseId);
  const names = await namesOf(tx, [row.decided_by, row.reply_user_id]);
  const decision = presentDecision(
    row,
    kind,
    assessments,
    names,
    { edit: mayDraft(actor, place), decide: mayDecide(actor, kind, place.schoolId) },
    osloDate(now),
  );
  return { decision, pupilId: row.pupil_id };
}

export async function getDecision(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  decisionId: string,
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { decision, pupilId } = await decisionView(tx, content, actor, caseId, decisionId, now);
    await writeAudit(tx, actor, now, [
      {
        action: 'decision.read',
        pupilId,
        entity: 'case_decision',
        entityId: decisionId,
        caseId,
        details: { decisionId, status: decision.status },
      },
    ]);
    return { decision };
  });
}
