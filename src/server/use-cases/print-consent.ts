import { norwegianDate } from '../../domain/calendar/dates';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForReader } from '../cases/case-place';
import { osloDate } from '../clock';
import { renderPdf, type PdfBlock } from '../pdf/document';
import { presentConsents } from '../presenters/consent';
import { consentOfCase } from '../cases/consents';

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
        text: `${c.stateLabel}. Dato for samtykket: ${norwegianDate(consent.consent_date)}.${consent.withdrawn_on ? ` Trukket tilbake ${norwegianDate(consent.withdrawn_on)}.` : ''}`,
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
