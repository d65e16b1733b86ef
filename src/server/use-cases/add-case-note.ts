// A note in the case's log, written by the school or by a service partner the consent lets in — and,
// when it is a health (or PPT, child-welfare …) matter, restricted to that service and the
// stafettholder (src/server/cases/restricted-notes.ts).
import type { Db } from '../../db/create-db';
import type { ServiceKind } from '../../db/schema';
import { contextOf, partnerServiceOf, type Actor } from '../actor';
import { caseForReader } from '../cases/case-place';
import { SERVICE_NAME } from '../cases/restricted-notes';
import { AppError } from '../errors';
import { insertContact, type ContactInput } from '../absence/contacts';

export async function addCaseNote(
  db: Db,
  actor: Actor,
  caseId: string,
  input: ContactInput & { restrictedTo: ServiceKind | null },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForReader(tx, actor, caseId, now);
    if (row.status !== 'open')
      throw new AppError('validation', 'Saken er avsluttet. Gjenåpne den for å skrive i loggen.');
    const service = partnerServiceOf(actor);
    if (service && input.restrictedTo && input.restrictedTo !== service) {
      throw new AppError(
        'validation',
        `Du kan bare skjerme et notat for din egen tjeneste (${SERVICE_NAME[service as ServiceKind]}).`,
        { fields: [{ field: 'restrictedTo', message: 'Annen tjeneste' }] },
      );
    }
    const contact = await insertContact(tx, actor, place.pupilId, null, { ...input, caseId }, now);
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    return contact;
  });
}
