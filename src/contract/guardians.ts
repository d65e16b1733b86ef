import { z } from 'zod';
import { eventDto, getPupilAbsenceResponse } from './absence';
import { idParam } from './common';
import { PLAN_STATUSES } from './enums';
import { LANGUAGES } from '../domain/language/language';

// GET /api/my-children
export const listMyChildrenResponse = z.object({
  children: z.array(
    z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      className: z.string(),
      schoolName: z.string(),
    }),
  ),
});
export type ListMyChildrenResponse = z.infer<typeof listMyChildrenResponse>;

// The guardians inside the follow-up (issue 18 items 3 and 5, decisions 129–133).

export const GUARDIAN_DOCUMENT_KINDS = ['letter', 'minutes', 'plan', 'activity-plan'] as const;

// GET /api/my-children/:pupilId
export const getMyChildParams = z.object({ pupilId: idParam });
export type GetMyChildParams = z.input<typeof getMyChildParams>;
const sentDocument = z.object({
  id: z.string(),
  kind: z.enum(GUARDIAN_DOCUMENT_KINDS),
  sourceId: z
    .string()
    .describe('Varselet (brev), møtet (referat), planen eller skolemiljøsaken (aktivitetsplan): PDF-en hentes med den'),
  sentAt: z.string().describe('Når skolen sendte det (ISO 8601)'),
  title: z.string(),
  date: z.string().nullable().describe('Møtedagen, datoen planen ble tatt i bruk, eller da brevet ble sendt'),
  text: z.string().describe('Referatet, planens mål eller brevets forklaring'),
  agenda: z.string().nullable(),
  place: z.string().nullable().describe('Møtestedet; tomt når barnet har skjermet adresse'),
  time: z.string().nullable(),
  plan: z
    .object({ status: z.enum(PLAN_STATUSES), lines: z.array(z.string()), evaluationOn: z.string().nullable() })
    .nullable(),
  letter: z.object({ action: z.string() }).nullable(),
  activityPlan: z
    .object({
      problem: z.string(),
      measures: z.array(z.object({ what: z.string(), when: z.string(), responsible: z.string() })),
      evaluationOn: z.string(),
      open: z.boolean().describe('Skolemiljøsaken er fortsatt åpen'),
    })
    .nullable()
    .describe('Aktivitetsplanen i en skolemiljøsak (opplæringslova § 12-4), slik familien leser den (beslutning 211)'),
});
export type SentDocumentDto = z.infer<typeof sentDocument>;
export const getMyChildResponse = z.object({
  today: z.string(),
  child: z.object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    className: z.string().nullable().describe('Tomt når barnet har skjermet adresse'),
    schoolName: z.string().nullable().describe('Tomt når barnet har skjermet adresse'),
    protectedAddress: z.boolean(),
  }),
  calendar: getPupilAbsenceResponse.shape.calendar,
  events: z.array(eventDto),
  diploma: getPupilAbsenceResponse.shape.diploma,
  reports: z.array(eventDto.extend({ confirmedAt: z.string().nullable() })),
  documents: z.array(sentDocument),
  activePlans: z.array(sentDocument),
  activityPlans: z.array(sentDocument).describe('Aktivitetsplaner skolen har sendt hjem (skolemiljøsaker)'),
  meetings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      date: z.string(),
      time: z.string().nullable(),
      place: z.string().nullable(),
      agenda: z.string().nullable(),
    }),
  ),
  otherGuardians: z.array(
    z.object({
      name: z.string(),
      parentalResponsibility: z.boolean(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      contactHidden: z.boolean().describe('Skjult fordi barnet, denne eller den som spør, har fortrolig adresse'),
    }),
  ),
  replies: z.array(z.object({ id: z.string(), at: z.string(), text: z.string() })),
});
export type GetMyChildResponse = z.infer<typeof getMyChildResponse>;

// GET /api/my-children/:pupilId/letters/:alertId/pdf, …/minutes/:meetingId/pdf, …/plans/:planId/pdf
export const guardianLetterPdfParams = z.object({ pupilId: idParam, alertId: idParam });
export type GuardianLetterPdfParams = z.input<typeof guardianLetterPdfParams>;
export const guardianMinutesPdfParams = z.object({ pupilId: idParam, meetingId: idParam });
export type GuardianMinutesPdfParams = z.input<typeof guardianMinutesPdfParams>;
export const guardianPlanPdfParams = z.object({ pupilId: idParam, planId: idParam });
export type GuardianPlanPdfParams = z.input<typeof guardianPlanPdfParams>;
// GET /api/my-children/:pupilId/activity-plans/:matterId/pdf
export const guardianActivityPlanPdfParams = z.object({ pupilId: idParam, matterId: idParam });
export type GuardianActivityPlanPdfParams = z.input<typeof guardianActivityPlanPdfParams>;

// POST /api/my-children/:pupilId/replies
export const replyAsGuardianParams = z.object({ pupilId: idParam });
export type ReplyAsGuardianParams = z.input<typeof replyAsGuardianParams>;
export const replyAsGuardianBody = z.object({
  documentId: idParam.nullish(),
  meetingId: idParam.nullish(),
  text: z.string().max(2000),
});
export type ReplyAsGuardianBody = z.input<typeof replyAsGuardianBody>;
export const replyAsGuardianResponse = z.object({ id: z.string(), at: z.string() });
export type ReplyAsGuardianResponse = z.infer<typeof replyAsGuardianResponse>;

// POST /api/cases/:caseId/meetings/:meetingId/send-to-guardians, …/plans/:planId/…, /api/alerts/:alertId/…
export const sendMinutesToGuardiansParams = z.object({ caseId: idParam, meetingId: idParam });
export type SendMinutesToGuardiansParams = z.input<typeof sendMinutesToGuardiansParams>;
export const sendPlanToGuardiansParams = z.object({ caseId: idParam, planId: idParam });
export type SendPlanToGuardiansParams = z.input<typeof sendPlanToGuardiansParams>;
export const sendLetterToGuardiansParams = z.object({ alertId: idParam });
export type SendLetterToGuardiansParams = z.input<typeof sendLetterToGuardiansParams>;
// POST /api/school-environment/:matterId/send-to-guardians (the aktivitetsplan, decision 211)
export const sendActivityPlanToGuardiansParams = z.object({ matterId: idParam });
export type SendActivityPlanToGuardiansParams = z.input<typeof sendActivityPlanToGuardiansParams>;
export const sendToGuardiansBody = z.object({ confirmProtectedAddress: z.boolean().optional() });
export type SendToGuardiansBody = z.input<typeof sendToGuardiansBody>;
export const sendToGuardiansResponse = z.object({
  sentAt: z.string(),
  alreadySent: z.boolean().describe('Sendt før: ingenting nytt ble sendt eller logget'),
  guardians: z.number().int().describe('Foresatte med tilgang i Nærvær som fikk det'),
  languages: z.array(z.enum(LANGUAGES)).describe('Språkene det gikk ut på: hver foresatts eget, ellers målformen'),
});
export type SendToGuardiansResponse = z.infer<typeof sendToGuardiansResponse>;
