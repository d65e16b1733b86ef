// Consent for interdisciplinary cooperation in a case (001 "Tverrfaglig samtykkeerklæring"): recorded by
// the school with the family, refused or granted, withdrawn at any time with effect the same day,
// printable with signature lines, and with the signed form scanned beside it. A service partner reads
// the case only through a consent like this (src/server/cases/case-place.ts, migration 0011).
import { pupilConsentsToo } from '../../domain/consent/consent';
import type { Tx } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { PARTNER_SERVICE } from '../actor';
import { type ConsentRow } from './case-place';
import { AppError } from '../errors';

export const MAX_SCAN_BYTES = 5 * 1024 * 1024;

/**
 * Scans kept per consent: the newest is the one shown, the earlier ones stay as they were uploaded
 * (nothing deletes them), so the cap bounds what one consent can hold (issue 14 item 7).
 */
export const MAX_SCANS_PER_CONSENT = 5;

export const SCAN_MAGIC: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** What the consent form needs to know: the pupil's guardians, whether the pupil signs too, who can be left out. */
export async function consentFormFacts(tx: Tx, pupilId: string, today: string) {
  const pupil = await tx.selectFrom('pupil').select('birth_date').where('id', '=', pupilId).executeTakeFirstOrThrow();
  const guardians = await tx
    .selectFrom('guardian_pupil as gp')
    .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
    .select(['g.id', 'g.first_name', 'g.last_name'])
    .where('gp.pupil_id', '=', pupilId)
    .orderBy('g.last_name')
    .execute();
  const partners = await tx
    .selectFrom('role_assignment as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.display_name', 'r.role'])
    .where('r.role', 'in', Object.keys(PARTNER_SERVICE) as never[])
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
  return {
    pupilConsentsToo: pupilConsentsToo(pupil.birth_date, today),
    guardians: guardians.map((g) => ({ id: g.id, name: `${g.first_name} ${g.last_name}` })),
    partners: partners.map((p) => ({ id: p.id, name: p.display_name, service: PARTNER_SERVICE[p.role]! })),
  };
}

/** Every consent still running ends the day its case closes ("frem til saken avsluttes"). */
export async function expireConsentsOfCase(tx: Tx, caseId: string, closedOn: string): Promise<void> {
  const running = await tx
    .selectFrom('consent')
    .select(['id', 'version'])
    .where('case_id', '=', caseId)
    .where('decision', '=', 'granted')
    .where('withdrawn_on', 'is', null)
    .where('expired_on', 'is', null)
    .execute();
  for (const c of running) await updateVersioned(tx, 'consent', c.id, c.version, { expired_on: closedOn });
}

export async function consentOfCase(tx: Tx, caseId: string, consentId: string): Promise<ConsentRow> {
  const consent = await tx
    .selectFrom('consent')
    .selectAll()
    .where('id', '=', consentId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!consent) throw new AppError('not_found', 'Fant ikke samtykket.');
  return consent;
}

export async function guardianNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .selectFrom('guardian')
    .select(['id', 'first_name', 'last_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((g) => [g.id, `${g.first_name} ${g.last_name}`]));
}
