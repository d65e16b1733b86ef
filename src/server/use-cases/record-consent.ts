import { randomUUID } from 'node:crypto';
import { consentCovers, validateConsent, type ConsentInput } from '../../domain/consent/consent';
import { notify } from '../inbox/notify';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff } from '../cases/case-place';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { consentFormFacts } from '../cases/consents';
import { tickTasksByWork } from '../cases/work-ticks';
import type { Content } from '../content/load-content';

export type ConsentRecordInput = ConsentInput & { excludedUserIds: string[]; place: string | null };

export async function recordConsent(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  input: ConsentRecordInput,
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    if (row.status !== 'open')
      throw new AppError(
        'validation',
        'Saken er avsluttet. Et samtykke gjelder til saken avsluttes, så det registreres i en åpen sak.',
      );
    const today = osloDate(now);
    const pupil = await tx
      .selectFrom('pupil')
      .select('birth_date')
      .where('id', '=', place.pupilId)
      .executeTakeFirstOrThrow();
    const guardianIds = (
      await tx.selectFrom('guardian_pupil').select('guardian_id').where('pupil_id', '=', place.pupilId).execute()
    ).map((g) => g.guardian_id);
    const problems = validateConsent(input, { birthDate: pupil.birth_date, guardianIds }, today);
    const { partners } = await consentFormFacts(tx, place.pupilId, today);
    const partnerIds = new Set(partners.map((p) => p.id));
    if (input.excludedUserIds.some((id) => !partnerIds.has(id)))
      problems.push({
        field: 'excludedUserIds',
        message: 'En person som skal holdes utenfor, er ikke en samarbeidspartner i kommunen.',
      });
    if (problems.length)
      throw new AppError('validation', problems.map((p) => p.message).join(' '), { fields: problems });
    const granted = input.decision === 'granted';
    const id = randomUUID();
    await tx
      .insertInto('consent')
      .values({
        id,
        kommune_id: actor.kommuneId,
        pupil_id: place.pupilId,
        case_id: caseId,
        decision: input.decision,
        services: granted ? input.services : [],
        specialist_services:
          granted && input.services.includes('spesialisthelsetjeneste') ? input.specialistServices : null,
        other_services: granted && input.services.includes('andre') ? input.otherServices : null,
        guardian_ids: input.guardianIds,
        pupil_consented: input.pupilConsented,
        information_given: input.informationGiven.trim(),
        scope: input.scope.trim(),
        held_back_matters: input.heldBackMatters?.trim() || null,
        excluded_services: granted ? input.excludedServices : [],
        excluded_user_ids: granted ? input.excludedUserIds : [],
        excluded_persons: input.excludedPersons?.trim() || null,
        stafettlogg: granted && input.stafettlogg,
        place: input.place?.trim() || null,
        consent_date: input.consentDate,
        collected_by: actor.userId,
        collected_at_service: input.collectedAtService.trim(),
        recorded_at: now,
      })
      .execute();
    // Each partner the consent now lets see the case is told so in the inbox (decision 124).
    if (granted) {
      const facts = {
        decision: input.decision,
        services: input.services,
        excludedServices: input.excludedServices,
        excludedUserIds: input.excludedUserIds,
        consentDate: input.consentDate,
        withdrawnOn: null,
        expiredOn: null,
      };
      const shared = partners.filter((p) => consentCovers(facts, p.service, p.id, today));
      await notify(
        tx,
        actor.kommuneId,
        shared.map((p) => ({ userId: p.id, kind: 'case-shared' as const, caseId, pupilId: place.pupilId })),
        now,
      );
    }
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    // A consent given ticks «Innhente samtykkeerklæring» (decision 112); a «nei» is no consent.
    if (granted)
      await tickTasksByWork(tx, content, actor, { caseId, pupilId: place.pupilId }, { kind: 'consent', id }, now);
    await writeAudit(tx, actor, now, [
      {
        action: 'consent.record',
        pupilId: place.pupilId,
        entity: 'consent',
        entityId: id,
        caseId,
        details: { decision: input.decision, services: input.services },
      },
    ]);
    return { id };
  });
}
