import { z } from 'zod';
import { HEALTH_CONCERN_BASES, HEALTH_CONCERN_STATES } from '../domain/health/health-concern';
import { eventDto, getPupilAbsenceResponse } from './absence';
import { idParam, isoDate, text } from './common';

// The health service as a partner (issue 21 item 6, decisions 196–198): the helsesykepleier's «undring» to
// the school, her own checklist in a case shared with her, and the pupil's absence calendar in that case.

// GET /api/health-concerns/pupils?q=: the pupils of the schools she serves, by name or class; nothing else.
export const searchHealthPupilsQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, 'Skriv minst to bokstaver av elevens navn eller klassen i «q».')
    .max(100)
    .describe('Del av elevens navn eller klassens navn'),
});
export type SearchHealthPupilsQuery = z.input<typeof searchHealthPupilsQuery>;
export const searchHealthPupilsResponse = z.object({
  pupils: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        className: z.string(),
        schoolName: z.string(),
        ownConsentPossible: z.boolean().describe('Eleven er 16 år eller eldre i dag'),
      }),
    )
    .describe('Høyst 20 elever, ingen fraværsopplysninger'),
});
export type SearchHealthPupilsResponse = z.infer<typeof searchHealthPupilsResponse>;

export const healthConcernDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  pupilName: z.string(),
  className: z.string(),
  schoolName: z.string(),
  text: z.string(),
  basis: z.enum(HEALTH_CONCERN_BASES),
  consentOn: z.string(),
  consentBy: z.string(),
  status: z.enum(HEALTH_CONCERN_STATES),
  raisedByName: z.string(),
  raisedAt: z.string(),
  receivedByName: z.string().nullable(),
  receivedAt: z.string().nullable(),
  followedUpByName: z.string().nullable(),
  followedUpAt: z.string().nullable(),
  caseId: z
    .string()
    .nullable()
    .describe('Saken skolen opprettet eller knyttet undringen til; aldri for helsetjenesten'),
  caseLinked: z.boolean(),
  version: z.number().int(),
});
export type HealthConcern = z.infer<typeof healthConcernDto>;

// POST /api/health-concerns
export const raiseHealthConcernBody = z.object({
  pupilId: idParam,
  text: text('Skriv hva du undrer deg over i «text».'),
  basis: z
    .enum(HEALTH_CONCERN_BASES, {
      error: 'Ukjent grunnlag i «basis»: bruk guardians (foresatte) eller pupil (eleven).',
    })
    .nullable()
    .optional()
    .describe('Samtykke fra foresatte, eller elevens eget fra 16 år; uten grunnlag svarer tjenesten 422'),
  consentOn: isoDate.nullable().optional().describe('Datoen samtykket ble gitt (ÅÅÅÅ-MM-DD)'),
  consentBy: z.string().trim().max(200).nullable().optional().describe('Hvem av foresatte som samtykket'),
});
export type RaiseHealthConcernBody = z.input<typeof raiseHealthConcernBody>;
export const raiseHealthConcernResponse = z.object({ concern: healthConcernDto });
export type RaiseHealthConcernResponse = z.infer<typeof raiseHealthConcernResponse>;

// GET /api/health-concerns
export const listHealthConcernsResponse = z.object({
  concerns: z
    .array(healthConcernDto)
    .describe(
      'Skolen: undringer for elevene i brukerens klasser og skoler som ikke er fulgt opp; helsesykepleier: sine egne',
    ),
});
export type ListHealthConcernsResponse = z.infer<typeof listHealthConcernsResponse>;

// POST /api/health-concerns/:concernId/status and /case
export const healthConcernParams = z.object({ concernId: idParam });
export type HealthConcernParams = z.input<typeof healthConcernParams>;
export const setHealthConcernStatusBody = z.object({
  status: z.enum(['received', 'followed-up'], {
    error: 'Ukjent status i «status»: bruk received (mottatt) eller followed-up (fulgt opp).',
  }),
  version: z.number().int().positive(),
});
export type SetHealthConcernStatusBody = z.input<typeof setHealthConcernStatusBody>;
export const linkHealthConcernCaseBody = z.object({ version: z.number().int().positive() });
export type LinkHealthConcernCaseBody = z.input<typeof linkHealthConcernCaseBody>;
export const healthConcernResponse = z.object({ concern: healthConcernDto });
export type HealthConcernResponse = z.infer<typeof healthConcernResponse>;

// GET /api/cases/:caseId/partner-checklist
export const partnerChecklistParams = z.object({ caseId: idParam });
export type PartnerChecklistParams = z.input<typeof partnerChecklistParams>;
export const partnerChecklistResponse = z.object({
  checklist: z
    .object({
      id: z.string(),
      title: z.string(),
      source: z.string(),
      steps: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          options: z.array(z.string()),
          ticked: z.object({ byName: z.string(), at: z.string() }).nullable(),
        }),
      ),
    })
    .nullable()
    .describe('Helsestasjonens oppfølging fra sakens tiltakstrapp; null når trappen ikke har den'),
  mayTick: z.boolean(),
});
export type PartnerChecklistResponse = z.infer<typeof partnerChecklistResponse>;

// PUT /api/cases/:caseId/partner-checklist/:stepId
export const tickPartnerStepParams = z.object({ caseId: idParam, stepId: z.string().min(1).max(100) });
export type TickPartnerStepParams = z.input<typeof tickPartnerStepParams>;
export const tickPartnerStepBody = z.object({
  done: z.boolean({ error: 'Skriv true eller false i «done».' }),
});
export type TickPartnerStepBody = z.input<typeof tickPartnerStepBody>;

// GET /api/cases/:caseId/absence-calendar
export const caseAbsenceCalendarParams = z.object({ caseId: idParam });
export type CaseAbsenceCalendarParams = z.input<typeof caseAbsenceCalendarParams>;
export const caseAbsenceCalendarResponse = z.object({
  today: z.string(),
  calendar: getPupilAbsenceResponse.shape.calendar,
  events: z.array(eventDto).describe('Fraværet, uten merknader og uten hvem som registrerte'),
});
export type CaseAbsenceCalendarResponse = z.infer<typeof caseAbsenceCalendarResponse>;
