// How referrals and expert assessments of a case are shown.
import type { Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import { osloDate } from '../clock';
import { type Referral } from '../cases/referrals';

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
