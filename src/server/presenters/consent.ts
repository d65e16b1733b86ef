// How a case's consents are shown: newest first, with their state today and the services by name.
import {
  CONSENT_SERVICE_LABEL,
  CONSENT_STATE_LABEL,
  consentState,
  type ConsentService,
} from '../../domain/consent/consent';
import type { Tx } from '../../db/create-db';
import { consentFacts, type ConsentRow } from '../cases/case-place';
import { userNames } from './absence';
import { guardianNames } from '../cases/consents';

/** The case's consents as the case page shows them: newest first, with their state today. */
export async function presentConsents(tx: Tx, caseId: string, today: string) {
  const rows = await tx
    .selectFrom('consent')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at', 'desc')
    .execute();
  const scans = await tx
    .selectFrom('consent_scan')
    .select(['consent_id', 'file_name', 'uploaded_at'])
    .where('case_id', '=', caseId)
    .orderBy('uploaded_at', 'desc')
    .execute();
  const guardians = await guardianNames(
    tx,
    rows.flatMap((r) => r.guardian_ids),
  );
  const names = await userNames(tx, [...rows.map((r) => r.collected_by), ...rows.flatMap((r) => r.excluded_user_ids)]);
  return rows.map((r) => {
    const state = consentState(consentFacts(r), today);
    const scan = scans.find((s) => s.consent_id === r.id);
    return {
      id: r.id,
      version: r.version,
      decision: r.decision,
      state: state === 'ikke-gitt-ennå' ? ('gyldig' as const) : state,
      stateLabel: state === 'ikke-gitt-ennå' ? 'Gjelder fra datoen' : CONSENT_STATE_LABEL[state],
      services: r.services.map((code) => ({ code, label: serviceLabel(r, code) })),
      guardianNames: r.guardian_ids.map((id) => guardians.get(id) ?? 'Ukjent'),
      pupilConsented: r.pupil_consented,
      informationGiven: r.information_given,
      scope: r.scope,
      heldBackMatters: r.held_back_matters,
      excludedServices: r.excluded_services.map((code) => ({ code, label: serviceLabel(r, code) })),
      excludedUserNames: r.excluded_user_ids.map((id) => names.get(id) ?? 'Ukjent'),
      excludedPersons: r.excluded_persons,
      stafettlogg: r.stafettlogg,
      consentDate: r.consent_date,
      collectedByName: names.get(r.collected_by) ?? 'Ukjent',
      collectedAtService: r.collected_at_service,
      withdrawnOn: r.withdrawn_on,
      withdrawalReason: r.withdrawal_reason,
      expiredOn: r.expired_on,
      scan: scan ? { fileName: scan.file_name, uploadedAt: new Date(scan.uploaded_at).toISOString() } : null,
    };
  });
}

export function serviceLabel(r: ConsentRow, code: string): string {
  if (code === 'spesialisthelsetjeneste' && r.specialist_services)
    return `Spesialisthelsetjeneste: ${r.specialist_services}`;
  if (code === 'andre' && r.other_services) return `Andre: ${r.other_services}`;
  return CONSENT_SERVICE_LABEL[code as ConsentService] ?? code;
}
