// The consent form (001's «Tverrfaglig samtykkeerklæring») on paper: what was agreed, with the form's
// statements and signature lines, in bokmål, nynorsk or English (decision 178). What the school wrote in the
// consent (the information given, its scope, the service where it was collected) is not translated.
import type { ConsentService, ConsentState } from '../../domain/consent/consent';
import type { Language } from '../../domain/language/language';
import type { ConsentRow } from '../cases/case-place';
import { documentDate, documentTexts } from '../documents';
import { renderPdf, type PdfBlock } from './document';

export type ConsentPdfInput = {
  consent: ConsentRow;
  /** The consent's state on the day printed; «fra-datoen»: given for a later date. */
  state: ConsentState | 'fra-datoen';
  pupilName: string;
  className: string;
  schoolName: string;
  guardianNames: string[];
  collectedByName: string;
  excludedUserNames: string[];
  createdAt: Date;
  language: Language;
};

/** The consent form as a PDF. */
export function consentPdf(input: ConsentPdfInput): Promise<Uint8Array> {
  const { consent, language } = input;
  const t = documentTexts(language).consent;
  const { confidential } = documentTexts(language);
  const date = (iso: string) => documentDate(iso, language);
  const label = (code: string) => {
    if (code === 'spesialisthelsetjeneste' && consent.specialist_services)
      return t.specialist(consent.specialist_services);
    if (code === 'andre' && consent.other_services) return t.other(consent.other_services);
    return t.service[code as ConsentService] ?? code;
  };
  const granted = consent.decision === 'granted';
  const persons = [...input.excludedUserNames, ...(consent.excluded_persons ? [consent.excluded_persons] : [])];
  const blocks: PdfBlock[] = [
    { kind: 'paragraph', text: t.pupil(input.pupilName, input.className, input.schoolName) },
    { kind: 'paragraph', text: t.why },
    { kind: 'heading', text: granted ? t.servicesHeading : t.standpointHeading },
    { kind: 'paragraph', text: granted ? consent.services.map(label).join(', ') : t.refused },
    ...(granted
      ? [
          { kind: 'paragraph' as const, text: t.until },
          { kind: 'paragraph' as const, text: consent.stafettlogg ? t.stafettlogg : t.noStafettlogg },
        ]
      : []),
    { kind: 'heading', text: t.informationHeading },
    { kind: 'paragraph', text: consent.information_given },
    { kind: 'heading', text: t.scopeHeading },
    { kind: 'paragraph', text: consent.scope },
    ...(consent.held_back_matters || consent.excluded_services.length || persons.length
      ? [
          { kind: 'heading' as const, text: t.heldBackHeading },
          ...(consent.held_back_matters
            ? [{ kind: 'paragraph' as const, text: t.matters(consent.held_back_matters) }]
            : []),
          ...(consent.excluded_services.length
            ? [{ kind: 'paragraph' as const, text: t.services(consent.excluded_services.map(label).join(', ')) }]
            : []),
          ...(persons.length ? [{ kind: 'paragraph' as const, text: t.persons(persons.join(', ')) }] : []),
        ]
      : []),
    { kind: 'heading', text: t.statusHeading },
    {
      kind: 'paragraph',
      text: t.status(
        t.state[input.state],
        date(consent.consent_date),
        consent.withdrawn_on ? date(consent.withdrawn_on) : null,
      ),
    },
    { kind: 'paragraph', text: t.collected(input.collectedByName, consent.collected_at_service) },
    { kind: 'heading', text: t.signaturesHeading },
    { kind: 'paragraph', text: t.placeAndDate(consent.place) },
    ...input.guardianNames.map((name) => ({ kind: 'paragraph' as const, text: t.guardianSignature(name) })),
    ...(consent.pupil_consented ? [{ kind: 'paragraph' as const, text: t.childSignature }] : []),
    { kind: 'paragraph', text: t.law },
  ];
  return renderPdf({
    title: t.title,
    blocks,
    createdAt: input.createdAt,
    footer: `${input.schoolName} · ${t.footer} · ${confidential}`,
  });
}
