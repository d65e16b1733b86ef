// Consent for interdisciplinary cooperation in a case (001 "Tverrfaglig samtykkeerklæring"): recorded by
// the school with the family, refused or granted, withdrawn at any time with effect the same day,
// printable with signature lines, and with the signed form scanned beside it. A service partner reads
// the case only through a consent like this (src/server/cases/case-place.ts, migration 0011).
import { norwegianIsoDate } from '../../domain/calendar/dates';
import { randomUUID } from 'node:crypto';
import {
  CONSENT_SERVICE_LABEL,
  CONSENT_STATE_LABEL,
  consentState,
  pupilConsentsToo,
  validateConsent,
  withdrawConsent as withdrawn,
  type ConsentInput,
  type ConsentService,
} from '../../domain/consent/consent';
import type { Db, Tx } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, PARTNER_SERVICE, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForReader, caseForStaff, consentFacts, type ConsentRow } from '../cases/case-place';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { renderPdf, type PdfBlock } from '../pdf/document';
import { userNames } from '../presenters/absence';

export type ConsentRecordInput = ConsentInput & { excludedUserIds: string[]; place: string | null };

const MAX_SCAN_BYTES = 5 * 1024 * 1024;
/**
 * Scans kept per consent: the newest is the one shown, the earlier ones stay as they were uploaded
 * (nothing deletes them), so the cap bounds what one consent can hold (issue 14 item 7).
 */
export const MAX_SCANS_PER_CONSENT = 5;
const SCAN_MAGIC: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

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

export async function recordConsent(db: Db, actor: Actor, caseId: string, input: ConsentRecordInput, now: Date) {
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
    const facts = await consentFormFacts(tx, place.pupilId, today);
    const partnerIds = new Set(facts.partners.map((p) => p.id));
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
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
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

export async function withdrawConsent(
  db: Db,
  actor: Actor,
  caseId: string,
  consentId: string,
  input: { version: number; reason: string },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const consent = await consentOfCase(tx, caseId, consentId);
    const today = osloDate(now);
    try {
      withdrawn(consentFacts(consent), today);
    } catch (e) {
      throw new AppError('validation', (e as Error).message);
    }
    if (!input.reason.trim())
      throw new AppError(
        'validation',
        'Skriv hvem som trakk samtykket tilbake, og hvordan (for eksempel «mor ringte»).',
        { fields: [{ field: 'reason', message: 'Mangler' }] },
      );
    const version = await updateVersioned(tx, 'consent', consentId, input.version, {
      withdrawn_on: today,
      withdrawn_by: actor.userId,
      withdrawal_reason: input.reason.trim(),
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      { action: 'consent.withdraw', pupilId: place.pupilId, entity: 'consent', entityId: consentId, caseId },
    ]);
    return { version };
  });
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

/** The consent form as a PDF: what was agreed, with the form's statements and signature lines. */
export async function printConsent(db: Db, actor: Actor, caseId: string, consentId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const consent = await consentOfCase(tx, caseId, consentId);
    const [shown] = (await presentConsents(tx, caseId, osloDate(now))).filter((c) => c.id === consentId);
    const c = shown!;
    const blocks: PdfBlock[] = [
      {
        kind: 'paragraph',
        text: `Elev: ${place.firstName} ${place.lastName}, ${place.className}, ${place.schoolName}`,
      },
      {
        kind: 'paragraph',
        text: 'For at offentlige instanser skal kunne samarbeide og utveksle taushetsbelagte opplysninger, må det foreligge samtykke fra barnet, foresatte eller verge.',
      },
      { kind: 'heading', text: consent.decision === 'granted' ? 'Tjenester det samtykkes til' : 'Standpunkt' },
      {
        kind: 'paragraph',
        text:
          consent.decision === 'granted'
            ? c.services.map((s) => s.label).join(', ')
            : 'Jeg/vi samtykker ikke til utveksling av opplysninger.',
      },
      ...(consent.decision === 'granted'
        ? [
            {
              kind: 'paragraph' as const,
              text: 'Jeg/vi samtykker til at opplysninger kan utveksles frem til saken avsluttes, eller til samtykke trekkes tilbake. Jeg/vi er kjent med at samtykket når som helst kan trekkes tilbake.',
            },
            {
              kind: 'paragraph' as const,
              text: consent.stafettlogg
                ? 'Jeg/vi samtykker til opprettelse av Stafettlogg og bekrefter at vi har fått informasjon om hva dette er.'
                : 'Det er ikke gitt samtykke til Stafettlogg.',
            },
          ]
        : []),
      { kind: 'heading', text: 'Informasjon som er gitt' },
      { kind: 'paragraph', text: consent.information_given },
      { kind: 'heading', text: 'Hva samtykket gjelder' },
      { kind: 'paragraph', text: consent.scope },
      ...(consent.held_back_matters ||
      c.excludedServices.length ||
      c.excludedUserNames.length ||
      consent.excluded_persons
        ? [
            { kind: 'heading' as const, text: 'Holdes utenfor' },
            ...(consent.held_back_matters
              ? [{ kind: 'paragraph' as const, text: `Forhold: ${consent.held_back_matters}` }]
              : []),
            ...(c.excludedServices.length
              ? [
                  {
                    kind: 'paragraph' as const,
                    text: `Tjenester: ${c.excludedServices.map((s) => s.label).join(', ')}`,
                  },
                ]
              : []),
            ...(c.excludedUserNames.length || consent.excluded_persons
              ? [
                  {
                    kind: 'paragraph' as const,
                    text: `Personer: ${[...c.excludedUserNames, ...(consent.excluded_persons ? [consent.excluded_persons] : [])].join(', ')}`,
                  },
                ]
              : []),
          ]
        : []),
      { kind: 'heading', text: 'Status' },
      {
        kind: 'paragraph',
        text: `${c.stateLabel}. Dato for samtykket: ${norwegianIsoDate(consent.consent_date)}.${consent.withdrawn_on ? ` Trukket tilbake ${norwegianIsoDate(consent.withdrawn_on)}.` : ''}`,
      },
      {
        kind: 'paragraph',
        text: `Samtykke er innhentet av: ${c.collectedByName}. Tjenestested: ${consent.collected_at_service}.`,
      },
      { kind: 'heading', text: 'Underskrifter' },
      { kind: 'paragraph', text: `Sted: ${consent.place ?? '______________________'}    Dato: ______________` },
      ...c.guardianNames.map((name) => ({
        kind: 'paragraph' as const,
        text: `Signatur foresatt (${name}): ________________________________`,
      })),
      ...(consent.pupil_consented
        ? [
            {
              kind: 'paragraph' as const,
              text: 'Barnets signatur (for de over 15 år): ________________________________',
            },
          ]
        : []),
      {
        kind: 'paragraph',
        text: 'Lovbestemmelser om taushetsplikt: Barneverntjenesteloven § 6-7 • Folketrygdloven §§ 21-9, 25-10, 25-11 • Forvaltningsloven §§ 13-13e • Helsepersonelloven §§ 21-25 • Opplæringsloven • Pasient- og brukerrettighetsloven § 3-6 • Sosialtjenesteloven. Alle lovene ligger på www.lovdata.no.',
      },
    ];
    const pdf = await renderPdf({
      title: 'Tverrfaglig samtykkeerklæring',
      blocks,
      createdAt: now,
      footer: `${place.schoolName} · Samtykkeerklæring · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
    });
    await writeAudit(tx, actor, now, [
      { action: 'consent.print', pupilId: place.pupilId, entity: 'consent', entityId: consentId, caseId },
    ]);
    return pdf;
  });
}

export async function attachConsentScan(
  db: Db,
  actor: Actor,
  caseId: string,
  consentId: string,
  file: { fileName: string; mime: string; data: Buffer },
  now: Date,
) {
  if (!(file.mime in SCAN_MAGIC))
    throw new AppError('unsupported_media_type', 'Skannet samtykke må være PDF, PNG eller JPEG.');
  if (file.data.length === 0) throw new AppError('validation', 'Filen er tom.');
  if (file.data.length > MAX_SCAN_BYTES)
    throw new AppError('validation', 'Filen er større enn 5 MB. Skann med lavere oppløsning.');
  if (!SCAN_MAGIC[file.mime]!.every((b, i) => file.data[i] === b))
    throw new AppError(
      'validation',
      `Filen er ikke en ${file.mime === 'application/pdf' ? 'PDF' : file.mime === 'image/png' ? 'PNG' : 'JPEG'}, selv om navnet eller typen sier det.`,
    );
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    await consentOfCase(tx, caseId, consentId);
    // The consent's row is locked while its scans are counted, so uploads at the same moment cannot pass the cap together.
    await tx.selectFrom('consent').select('id').where('id', '=', consentId).forUpdate().execute();
    const stored = await tx
      .selectFrom('consent_scan')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('consent_id', '=', consentId)
      .executeTakeFirstOrThrow();
    if (Number(stored.n) >= MAX_SCANS_PER_CONSENT) {
      throw new AppError(
        'conflict',
        `Samtykket har allerede ${MAX_SCANS_PER_CONSENT} skannede vedlegg, som er det meste som lagres for ett samtykke. Det nyeste vises alltid; har samtykket endret seg, registrer et nytt samtykke og legg skanningen ved det.`,
      );
    }
    const id = randomUUID();
    await tx
      .insertInto('consent_scan')
      .values({
        id,
        kommune_id: actor.kommuneId,
        consent_id: consentId,
        case_id: caseId,
        file_name: file.fileName.slice(0, 200),
        mime: file.mime as 'application/pdf',
        data: file.data,
        uploaded_by: actor.userId,
        uploaded_at: now,
      })
      .execute();
    await writeAudit(tx, actor, now, [
      { action: 'consent.scan.attach', pupilId: place.pupilId, entity: 'consent_scan', entityId: id, caseId },
    ]);
    return { id };
  });
}

export async function readConsentScan(db: Db, actor: Actor, caseId: string, consentId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    await consentOfCase(tx, caseId, consentId);
    const scan = await tx
      .selectFrom('consent_scan')
      .select(['id', 'file_name', 'mime', 'data'])
      .where('consent_id', '=', consentId)
      .orderBy('uploaded_at', 'desc')
      .executeTakeFirst();
    if (!scan) throw new AppError('not_found', 'Det er ikke lagt ved noe skannet samtykke.');
    await writeAudit(tx, actor, now, [
      { action: 'consent.scan.read', pupilId: place.pupilId, entity: 'consent_scan', entityId: scan.id, caseId },
    ]);
    return { fileName: scan.file_name, mime: scan.mime, data: Buffer.from(scan.data) };
  });
}

async function consentOfCase(tx: Tx, caseId: string, consentId: string): Promise<ConsentRow> {
  const consent = await tx
    .selectFrom('consent')
    .selectAll()
    .where('id', '=', consentId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!consent) throw new AppError('not_found', 'Fant ikke samtykket.');
  return consent;
}

async function guardianNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .selectFrom('guardian')
    .select(['id', 'first_name', 'last_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((g) => [g.id, `${g.first_name} ${g.last_name}`]));
}

function serviceLabel(r: ConsentRow, code: string): string {
  if (code === 'spesialisthelsetjeneste' && r.specialist_services)
    return `Spesialisthelsetjeneste: ${r.specialist_services}`;
  if (code === 'andre' && r.other_services) return `Andre: ${r.other_services}`;
  return CONSENT_SERVICE_LABEL[code as ConsentService] ?? code;
}
