import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { presentStatement } from '../presenters/forms';
import { mustBeOpen } from '../forms/case-forms';

export type StatementInput = {
  personName: string;
  relation: string;
  chosenByPupil: boolean;
  statement: string;
  givenOn: string;
};

/** 004 §3: what a trusted person the pupil chose tells about what the pupil thinks and what matters from now on. */
export async function addStatement(db: Db, actor: Actor, caseId: string, input: StatementInput, now: Date) {
  const today = osloDate(now);
  const fields: { field: string; message: string }[] = [];
  if (!input.personName.trim()) fields.push({ field: 'personName', message: 'Skriv hvem tillitspersonen er' });
  if (!input.relation.trim())
    fields.push({ field: 'relation', message: 'Skriv hvilken relasjon personen har til eleven' });
  if (!input.statement.trim())
    fields.push({ field: 'statement', message: 'Skriv hva eleven tenker og hva som er viktig for eleven framover' });
  if (input.givenOn > today) fields.push({ field: 'givenOn', message: 'Datoen kan ikke være fram i tid' });
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => f.message).join('. ') + '.', { fields });
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    mustBeOpen(row);
    const s = await tx
      .insertInto('case_statement')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        pupil_id: place.pupilId,
        person_name: input.personName.trim(),
        relation: input.relation.trim(),
        chosen_by_pupil: input.chosenByPupil,
        statement: input.statement.trim(),
        given_on: input.givenOn,
        recorded_by: actor.userId,
        recorded_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.statement.add',
        pupilId: place.pupilId,
        entity: 'case_statement',
        entityId: s.id,
        caseId,
        details: { caseId },
      },
    ]);
    return presentStatement(s);
  });
}
