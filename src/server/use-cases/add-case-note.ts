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
import { osloDate } from '../clock';
import { startMatter } from '../school-environment/matters';

export async function addCaseNote(
  db: Db,
  actor: Actor,
  caseId: string,
  input: ContactInput & {
    restrictedTo: ServiceKind | null;
    schoolEnvironment?: boolean | undefined;
    adultInvolved?: boolean | undefined;
  },
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
    const startsMatter = input.schoolEnvironment || input.adultInvolved;
    // The school's own staff start the aktivitetsplikt from a note; a partner tells the rektor (decision 187).
    if (startsMatter && service)
      throw new AppError(
        'validation',
        'Bare skolens ansatte kan starte aktivitetsplikten fra et notat. Meld fra til rektor.',
        {
          fields: [{ field: 'schoolEnvironment', message: 'Ikke for samarbeidspartnere' }],
        },
      );
    const contact = await insertContact(tx, actor, place.pupilId, null, { ...input, caseId }, now);
    if (startsMatter)
      await startMatter(
        tx,
        actor,
        place,
        {
          knownOn: osloDate(new Date(Math.min(new Date(contact.contactedAt).getTime(), now.getTime()))),
          report: input.summary,
          adultInvolved: input.adultInvolved ?? false,
          startedFrom: 'case-note',
        },
        now,
      );
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    return contact;
  });
}
