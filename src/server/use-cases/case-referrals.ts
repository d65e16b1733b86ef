// Referrals from a case (PPT, BUP via the doctor, barneverntjeneste, helsestasjon …) with status and
// dates, and the expert assessments that come back (PPT's sakkyndig vurdering or a temporary sakkyndig
// uttalelse, a doctor's statement). A referral to barneverntjeneste is a report of concern: it is only
// sent together with the school's documented holistic assessment (004 §5.1), as in the ladder.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { checkChildWelfareReport, type HolisticAssessment } from '../../domain/ladder/child-welfare-guardrail';
import type { Db } from '../../db/create-db';
import type { AssessmentKind, Database, ReferralStatus } from '../../db/schema';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';

type Referral = Selectable<Database['case_referral']>;
type Service = Referral['service'];

export function presentReferral(r: Referral, today: string) {
  const pending = r.status === 'sendt' || r.status === 'under-arbeid';
  const since = r.sent_on ?? osloDate(new Date(r.updated_at));
  return {
    id: r.id,
    service: r.service,
    status: r.status,
    sentOn: r.sent_on,
    answeredOn: r.answered_on,
    guardiansSigned: r.guardians_signed,
    note: r.note,
    version: r.version,
    // Samtidighetsansvar: while the referral waits, everyone keeps following up; say for how long.
    waitingDays: pending ? Math.max(0, Math.round((Date.parse(today) - Date.parse(since)) / 86_400_000)) : null,
  };
}

export function presentAssessment(a: Selectable<Database['case_assessment']>) {
  return {
    id: a.id,
    kind: a.kind,
    issuedOn: a.issued_on,
    issuedBy: a.issued_by,
    recommendations: a.recommendations,
    validUntil: a.valid_until,
    version: a.version,
  };
}

export type ReferralInput = {
  service: Service;
  status: ReferralStatus;
  sentOn?: string | null | undefined;
  answeredOn?: string | null | undefined;
  guardiansSigned?: boolean | undefined;
  note?: string | null | undefined;
  holisticAssessment?: HolisticAssessment | null | undefined;
};

function check(input: ReferralInput, today: string): void {
  if (input.status !== 'under-arbeid' && !input.sentOn)
    throw new AppError('validation', 'Skriv når henvisningen ble sendt.', {
      fields: [{ field: 'sentOn', message: 'Mangler' }],
    });
  if (input.sentOn && input.sentOn > today)
    throw new AppError('validation', 'Sendt-datoen kan ikke være fram i tid.', {
      fields: [{ field: 'sentOn', message: 'Fram i tid' }],
    });
  if (input.answeredOn && input.sentOn && input.answeredOn < input.sentOn)
    throw new AppError('validation', 'Svaret kan ikke komme før henvisningen ble sendt.', {
      fields: [{ field: 'answeredOn', message: 'For tidlig' }],
    });
  // 000 §6.2.1: the pedagogical report to PPT is signed by the guardians.
  if (input.service === 'ppt' && input.status !== 'under-arbeid' && !input.guardiansSigned)
    throw new AppError(
      'validation',
      'Henvisning til PPT sendes med pedagogisk rapport underskrevet av foresatte. Kryss av når den er underskrevet.',
      { fields: [{ field: 'guardiansSigned', message: 'Mangler underskrift' }] },
    );
  if (input.service === 'barnevern' && input.status !== 'under-arbeid') {
    const guard = checkChildWelfareReport(input.sentOn ?? today, input.holisticAssessment ?? null);
    if (!guard.ok) throw new AppError('validation', guard.error);
  }
}

export async function addReferral(db: Db, actor: Actor, caseId: string, input: ReferralInput, now: Date) {
  check(input, osloDate(now));
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const r = await tx
      .insertInto('case_referral')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        service: input.service,
        status: input.status,
        sent_on: input.sentOn ?? null,
        answered_on: input.answeredOn ?? null,
        guardians_signed: input.guardiansSigned ?? false,
        note: input.note?.trim() || null,
        updated_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action:
          input.service === 'barnevern' && input.status !== 'under-arbeid'
            ? 'case.referral.child-welfare'
            : 'case.referral.add',
        pupilId: place.pupilId,
        entity: 'case_referral',
        entityId: r.id,
        caseId,
        details: { caseId, referralId: r.id, service: input.service },
      },
    ]);
    return presentReferral(r, osloDate(now));
  });
}

export async function updateReferral(
  db: Db,
  actor: Actor,
  caseId: string,
  referralId: string,
  input: ReferralInput & { version: number },
  now: Date,
) {
  check(input, osloDate(now));
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const before = await tx
      .selectFrom('case_referral')
      .select(['service'])
      .where('id', '=', referralId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!before) throw new AppError('not_found', 'Fant ikke henvisningen.');
    if (before.service !== input.service)
      throw new AppError('validation', 'Tjenesten kan ikke endres; lag en ny henvisning.');
    await updateVersioned(tx, 'case_referral', referralId, input.version, {
      status: input.status,
      sent_on: input.sentOn ?? null,
      answered_on: input.answeredOn ?? null,
      guardians_signed: input.guardiansSigned ?? false,
      note: input.note?.trim() || null,
      updated_by: actor.userId,
      updated_at: now,
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.referral.update',
        pupilId: place.pupilId,
        entity: 'case_referral',
        entityId: referralId,
        caseId,
        details: { caseId, referralId },
      },
    ]);
    return presentReferral(
      await tx.selectFrom('case_referral').selectAll().where('id', '=', referralId).executeTakeFirstOrThrow(),
      osloDate(now),
    );
  });
}

export async function recordAssessment(
  db: Db,
  actor: Actor,
  caseId: string,
  input: {
    kind: AssessmentKind;
    issuedOn: string;
    issuedBy: string;
    recommendations: string;
    validUntil?: string | null | undefined;
  },
  now: Date,
) {
  const today = osloDate(now);
  if (input.issuedOn > today)
    throw new AppError('validation', 'Datoen kan ikke være fram i tid.', {
      fields: [{ field: 'issuedOn', message: 'Fram i tid' }],
    });
  // 000 §7: a temporary measure awaiting PPT states how long it lasts and when it is evaluated.
  if (input.kind === 'sakkyndig-uttalelse' && !input.validUntil)
    throw new AppError('validation', 'En midlertidig sakkyndig uttalelse må si hvor lenge den gjelder.', {
      fields: [{ field: 'validUntil', message: 'Mangler' }],
    });
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const a = await tx
      .insertInto('case_assessment')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        kind: input.kind,
        issued_on: input.issuedOn,
        issued_by: input.issuedBy.trim(),
        recommendations: input.recommendations.trim(),
        valid_until: input.validUntil ?? null,
        recorded_by: actor.userId,
        recorded_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.assessment.add',
        pupilId: place.pupilId,
        entity: 'case_assessment',
        entityId: a.id,
        caseId,
        details: { caseId, assessmentId: a.id },
      },
    ]);
    return presentAssessment(a);
  });
}
