import { z } from 'zod';
import { concernDto, registerTaken } from './absence';

// GET /api/home: the front page that answers «what do I do now» (issue 17 item 8, decision 114),
// shaped by the user's roles: the contact teacher's own classes and cases under `mine`, the leadership's
// schools under `schools`; «Nye bekymringer» is today's new concerns in the user's scope (the cards act on
// them on /varsler and the class page, where all open concerns are).

const register = z.object({
  classId: z.string(),
  className: z.string(),
  schoolName: z.string(),
  schoolDay: z.boolean().describe('Skoledag i dag etter klassens skolerute'),
  taken: registerTaken.nullable().describe('Registreringen er ført i dag («Resten er til stede»)'),
});

const callHome = z.object({
  pupilId: z.string(),
  pupilName: z.string(),
  classId: z.string(),
  className: z.string(),
});

export const homeCase = z.object({
  id: z.string(),
  pupilName: z.string(),
  className: z.string(),
  level: z.number().int(),
  nextStep: z
    .object({ text: z.string(), dueOn: z.string().nullable() })
    .nullable()
    .describe('Den åpne oppgaven på nivået med tidligst frist, ellers den første i sjekklisten'),
  evaluationDue: z.string().nullable(),
  evaluationOverdue: z.boolean(),
  lastActivityOn: z.string(),
  inactive: z.boolean().describe('Ingen hendelse i saken på `inactiveAfterDays` dager'),
  stafettholderName: z.string(),
  contactGapWeeks: z
    .array(z.object({ week: z.number().int(), year: z.number().int(), monday: z.string() }))
    .describe(
      'Skoleuker som er over uten den ukentlige kontakten med eleven eller hjemmet, eldste først (beslutning 206)',
    ),
});
export type HomeCase = z.infer<typeof homeCase>;

export const getHomeResponse = z.object({
  today: z.string(),
  inactiveAfterDays: z.number().int(),
  concernsToday: z
    .array(concernDto)
    .describe('Dagens nye bekymringer: åpne bekymringer med et varsel som kom i dag, nyeste og alvorligste først'),
  openConcerns: z.number().int().describe('Alle åpne bekymringer for elevene brukeren har tilgang til'),
  mine: z
    .object({
      registers: z.array(register),
      callHome: z.array(callHome),
      cases: z.array(homeCase),
      contactGaps: z
        .array(homeCase)
        .describe('Saker i kontaktlærerens klasser der en skoleuke er over uten den ukentlige kontakten'),
    })
    .nullable()
    .describe('Kontaktlærerens klasser og egne saker'),
  schools: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        registers: z.array(register),
        callHome: z.array(callHome),
        cases: z.array(homeCase).describe('Saker brukeren selv er stafettholder for ved skolen'),
        overdueEvaluations: z.array(homeCase),
        inactiveCases: z.array(homeCase),
        contactGaps: z
          .array(homeCase)
          .describe('Saker ved skolen der en skoleuke er over uten den ukentlige kontakten (beslutning 206)'),
      }),
    )
    .describe('Skoleledelsens og ressursteamets skoler'),
});
export type GetHomeResponse = z.infer<typeof getHomeResponse>;
