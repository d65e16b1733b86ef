import { z } from 'zod';
import { CONSENT_DECISIONS, CONSENT_STATES, SERVICE_KINDS } from './enums';
import { idParam, isoDate } from './common';
import { CONSENT_SERVICE_CODES } from '../domain/consent/consent';
import { contactBody, contactDto } from './absence';

const optionalText = z
  .string()
  .max(4000)
  .nullish()
  .transform((v) => v ?? null);

const service = z.enum(CONSENT_SERVICE_CODES);

export const consentBody = z.object({
  decision: z.enum(CONSENT_DECISIONS),
  services: z.array(service).max(CONSENT_SERVICE_CODES.length),
  specialistServices: optionalText,
  otherServices: optionalText,
  guardianIds: z.array(idParam).max(10),
  pupilConsented: z.boolean(),
  informationGiven: z.string().max(4000),
  scope: z.string().max(4000),
  heldBackMatters: optionalText,
  excludedServices: z.array(service).max(CONSENT_SERVICE_CODES.length).default([]),
  excludedUserIds: z.array(idParam).max(50).default([]),
  excludedPersons: optionalText,
  stafettlogg: z.boolean(),
  place: optionalText,
  consentDate: isoDate,
  collectedAtService: z.string().max(200),
});
export type ConsentInput = z.input<typeof consentBody>;

const labelled = z.object({ code: z.string(), label: z.string() });

export const consentDto = z.object({
  id: z.string(),
  version: z.number().int(),
  decision: z.enum(CONSENT_DECISIONS),
  state: z.enum(CONSENT_STATES),
  stateLabel: z.string(),
  services: z.array(labelled),
  guardianNames: z.array(z.string()),
  pupilConsented: z.boolean(),
  informationGiven: z.string(),
  scope: z.string(),
  heldBackMatters: z.string().nullable(),
  excludedServices: z.array(labelled),
  excludedUserNames: z.array(z.string()),
  excludedPersons: z.string().nullable(),
  stafettlogg: z.boolean(),
  consentDate: z.string(),
  collectedByName: z.string(),
  collectedAtService: z.string(),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  expiredOn: z.string().nullable(),
  scan: z.object({ fileName: z.string(), uploadedAt: z.string() }).nullable(),
});
export type Consent = z.infer<typeof consentDto>;

// POST /api/cases/:caseId/consents
export const recordConsentParams = z.object({ caseId: idParam });
export type RecordConsentParams = z.input<typeof recordConsentParams>;
export const recordConsentBody = consentBody;
export type RecordConsentBody = z.input<typeof recordConsentBody>;
export const recordConsentResponse = z.object({ id: z.string() });
export type RecordConsentResponse = z.infer<typeof recordConsentResponse>;

// POST /api/cases/:caseId/consents/:consentId/withdraw
export const withdrawConsentParams = z.object({ caseId: idParam, consentId: idParam });
export type WithdrawConsentParams = z.input<typeof withdrawConsentParams>;
export const withdrawConsentBody = z.object({ version: z.number().int().positive(), reason: z.string().max(2000) });
export type WithdrawConsentBody = z.input<typeof withdrawConsentBody>;
export const withdrawConsentResponse = z.object({ version: z.number().int() });
export type WithdrawConsentResponse = z.infer<typeof withdrawConsentResponse>;

// GET /api/cases/:caseId/consents/:consentId/pdf
export const printConsentParams = z.object({ caseId: idParam, consentId: idParam });
export type PrintConsentParams = z.input<typeof printConsentParams>;

// POST /api/cases/:caseId/consents/:consentId/scan
export const attachConsentScanParams = z.object({ caseId: idParam, consentId: idParam });
export type AttachConsentScanParams = z.input<typeof attachConsentScanParams>;
export const attachConsentScanBody = z.object({
  fileName: z.string().min(1).max(200),
  mime: z.string().max(100),
  dataBase64: z.string().max(7_200_000),
});
export type AttachConsentScanBody = z.input<typeof attachConsentScanBody>;
export const attachConsentScanResponse = z.object({ id: z.string() });
export type AttachConsentScanResponse = z.infer<typeof attachConsentScanResponse>;

// GET /api/cases/:caseId/consents/:consentId/scan
export const readConsentScanParams = z.object({ caseId: idParam, consentId: idParam });
export type ReadConsentScanParams = z.input<typeof readConsentScanParams>;

// POST /api/cases/:caseId/contacts
export const addCaseNoteParams = z.object({ caseId: idParam });
export type AddCaseNoteParams = z.input<typeof addCaseNoteParams>;
export const addCaseNoteBody = contactBody.extend({
  restrictedTo: z
    .enum(SERVICE_KINDS)
    .nullish()
    .transform((v) => v ?? null),
  /** The note points to bullying, violence, harassment or an adult's conduct: starts the aktivitetsplikt (decision 187). */
  schoolEnvironment: z.boolean().optional(),
  /** An adult working at the school is involved (opplæringslova § 12-5). */
  adultInvolved: z.boolean().optional(),
});
export type AddCaseNoteBody = z.input<typeof addCaseNoteBody>;
export const addCaseNoteResponse = z.object({ contact: contactDto });
export type AddCaseNoteResponse = z.infer<typeof addCaseNoteResponse>;
