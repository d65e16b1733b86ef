// «Nytt vedtak» (decisions 213, 217): a draft of a kind from content in an open case, by the contact teacher or
// the school's staff who lead cases. The draft starts with the kind's first legal basis chosen; nothing else is
// filled in for the school.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff } from '../cases/case-place';
import type { Content } from '../content/load-content';
import { mayDraft } from '../decisions/decisions';
import { AppError } from '../errors';
import { decisionView } from './get-decision';

export async function createDecision(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  input: { kind: string },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row: caseRow, place } = await caseForStaff(tx, actor, caseId);
    if (!mayDraft(actor, place)) throw new AppError('forbidden', 'Du kan ikke skrive vedtak i denne saken.');
    if (caseRow.status !== 'open')
      throw new AppError('validation', 'Saken er avsluttet. Åpne den igjen for å skrive et vedtak.');
    const kind = content.decisions.kinds.get(input.kind);
    if (!kind)
      throw new AppError('validation', 'Velg en vedtakstype fra listen.', {
        fields: [{ field: 'kind', message: 'Ukjent vedtakstype' }],
      });
    const id = randomUUID();
    await tx
      .insertInto('case_decision')
      .values({
        id,
        kommune_id: actor.kommuneId,
        case_id: caseId,
        pupil_id: caseRow.pupil_id,
        kind: kind.id,
        legal_basis: kind.legalBasis.slice(0, 1),
        created_by: actor.userId,
        created_at: now,
        updated_by: actor.userId,
        updated_at: now,
      })
      .execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'decision.create',
        pupilId: caseRow.pupil_id,
        entity: 'case_decision',
        entityId: id,
        caseId,
        details: { decisionId: id, kind: kind.id },
      },
    ]);
    return { decision: (await decisionView(tx, content, actor, caseId, id, now)).decision };
  });
}
