import i18next from 'i18next';
import { CONSENT_SERVICES, type ConsentService } from '../domain/consent/consent';
import { SERVICE_ROLE_UNITS } from '../contract/enums';
import { fieldErrors } from './absence';
import type { Me, RoleName } from './api';

// What the consent screens decide without a browser (decision 051): who is a service partner and for
// which service, which note a partner reads on the case page, and where the server's field errors go.

export { CONSENT_SERVICES };

/** The service each partner role acts for: the contract's list, which the server reads too. */
export const PARTNER_SERVICE_OF_ROLE: Partial<Record<RoleName, ConsentService>> = SERVICE_ROLE_UNITS;

/** The services a note in the case log can be restricted to: the partners' own (decision 051). */
export const NOTE_SERVICES = [
  'helsestasjon',
  'ppt',
  'barneverntjeneste',
  'bup',
  'kommunepsykolog',
] as const satisfies readonly ConsentService[];

/** Service partners see "Saker med samtykke" on the front page: the cases a consent opens to them. */
export function seesConsentedCases(me: Pick<Me, 'kind'>): boolean {
  return me.kind === 'service';
}

/** The service the partner acts for, or null (no partner role). */
export function partnerService(me: Pick<Me, 'roles'>): ConsentService | null {
  for (const r of me.roles) {
    const service = PARTNER_SERVICE_OF_ROLE[r.role];
    if (service) return service;
  }
  return null;
}

/** A service of the consent form by its name in the reader's language (consent.json's `consent.service`). */
export const consentServiceName = (code: ConsentService): string => i18next.t(`consent.service.${code}`);

/** The name of the partner's service, as the consent form names it, in the reader's language; null when unknown. */
export function accessServiceLabel(me: Pick<Me, 'roles'>): string | null {
  const service = partnerService(me);
  return service ? consentServiceName(service) : null;
}

/** The consent fields the form shows errors at; anything else goes to the summary above the form. */
export const CONSENT_FIELDS = [
  'decision',
  'services',
  'specialistServices',
  'otherServices',
  'guardianIds',
  'pupilConsented',
  'informationGiven',
  'scope',
  'heldBackMatters',
  'excludedServices',
  'excludedUserIds',
  'excludedPersons',
  'place',
  'consentDate',
  'collectedAtService',
] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];

/** The server's `error.details.fields` per form field (several messages for one field joined); a path like `services.0` counts for `services`. */
export function consentFieldProblems(error: unknown): Partial<Record<ConsentField, string>> {
  const out: Partial<Record<ConsentField, string>> = {};
  for (const { field, message } of fieldErrors(error)) {
    const name = field.split('.')[0] as ConsentField;
    if (!(CONSENT_FIELDS as readonly string[]).includes(name)) continue;
    out[name] = out[name] ? `${out[name]} ${message}` : message;
  }
  return out;
}

const SCAN_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The type to send for a scanned file: the browser's, or from the name when the browser has none. */
export function scanMime(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return SCAN_TYPES[ext] ?? 'application/octet-stream';
}

/** The data of a `data:` URL (what FileReader gives), without its header. */
export function base64OfDataUrl(url: string): string {
  const comma = url.indexOf(',');
  return comma < 0 ? '' : url.slice(comma + 1);
}
