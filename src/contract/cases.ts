import { z } from 'zod';
import {
  ASSESSMENT_KINDS,
  CASE_ORIGINS,
  CASE_STATUSES,
  MEETING_KINDS,
  NOTICE_TARGETS,
  OUTCOMES,
  PROTECTED_ADDRESSES,
  REFERRAL_STATUSES,
  TASK_SOURCES,
  TICKED_BY_KINDS,
  TIMELINE_KINDS,
} from './enums';
import { LADDER_ROLES, REFERRAL_SERVICES, taskActionSchema } from '../domain/ladder/ladder-schema';
import { MEASURE_JUDGEMENTS } from '../domain/ladder/case-machine';
import { WEEKLY_CONTACT_REASONS } from '../domain/ladder/weekly-contact';
import { idParam, isoDate, text } from './common';
import { LANGUAGES, MALFORMER } from '../domain/language/language';
import { municipalContent } from './municipal-content';
import { alertDto } from './absence';
import { consentDto } from './consents';
import { formSummaryDto, pupilVoiceDto, statementDto } from './forms';
import { pupilEntriesDto } from './pupil-page';
import { planSummary } from './plans';
import { meetingPlace, meetingTime, minutesTemplateDto, minutesVersionDto } from './meetings';

/** The roles a person can have in a case (the ladder's). */
export const ladderRole = z.enum(
  Object.keys(LADDER_ROLES) as [keyof typeof LADDER_ROLES, ...(keyof typeof LADDER_ROLES)[]],
);
export type LadderRole = z.infer<typeof ladderRole>;
const assessment = z.object({
  assessedOn: isoDate,
  assessedBy: z.string().max(200),
  causesConsidered: z.string().max(4000),
  grounds: z.string().max(4000),
});

// «Elevens stemme og barnets beste» (decision 181), shared with the plan's activation (decision 204).
export { heard, heardRecord, type HeardInput, type HeardRecord } from './heard';
import { heard, heardRecord } from './heard';

// The date of every action is the server's today; the client never sets it.
export const action = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start-measures'), evaluationOn: isoDate.optional(), heard: heard.nullish() }),
  z.object({
    type: z.literal('set-evaluation-date'),
    evaluationOn: isoDate,
    reason: text('Skriv hvorfor datoen flyttes'),
  }),
  z.object({
    type: z.literal('evaluate'),
    outcome: z.enum(OUTCOMES),
    assessment: text('Skriv teamets vurdering'),
    nextEvaluationOn: isoDate.optional(),
    intensifiedMeasures: z.string().max(4000).optional(),
    measures: z
      .array(
        z.object({
          measure: text('Tiltaket mangler navn').max(1000),
          judgement: z.enum(MEASURE_JUDGEMENTS, { error: 'Velg virket, delvis, virket ikke eller ikke gjennomført' }),
          comment: z.string().max(4000).optional(),
          measureId: z
            .string()
            .max(100)
            .optional()
            .describe('Tiltakets id i planen: «Fulgt i dag»-tellingen lagres med vurderingen (beslutning 191)'),
        }),
      )
      .max(100)
      .optional()
      .describe('Hvert tiltak i den aktive planen vurdert (004 §4.3, beslutning 104)'),
    heard: heard.nullish().describe('Kreves når utfallet lukker saken eller ber om mer (beslutning 181)'),
  }),
  z.object({
    type: z.literal('escalate'),
    reason: text('Skriv hvorfor saken løftes'),
    evaluationOn: isoDate.optional(),
    heard: heard.nullish(),
  }),
  z.object({
    type: z.literal('de-escalate'),
    reason: text('Skriv hvorfor saken tas ned'),
    evaluationOn: isoDate.optional(),
    heard: heard.nullish(),
  }),
  z.object({ type: z.literal('close'), summary: text('Skriv en oppsummering'), heard: heard.nullish() }),
  z.object({
    type: z.literal('reopen'),
    reason: text('Skriv hvorfor saken gjenåpnes'),
    level: z.number().int().min(0).optional(),
    evaluationOn: isoDate.optional(),
  }),
  z.object({
    type: z.literal('report-to-child-welfare'),
    holisticAssessment: assessment.nullish(),
    heard: heard.nullish(),
  }),
]);
export type CaseAction = z.input<typeof action>;

const openState = z.object({
  status: z.literal('open'),
  level: z.number().int(),
  since: z.string().describe('Dagen for sakens siste endring'),
  levelSince: z.string().describe('«På dette nivået siden»: endres bare når nivået endres'),
  measuresStartedOn: z
    .string()
    .nullable()
    .describe('«Tiltak startet»: teamet startet tiltakene eller en plan ble aktivert; null til da (beslutning 102)'),
  evaluationDue: z.string(),
  intensified: z.boolean(),
});

const closedState = z.object({
  status: z.literal('closed'),
  level: z.number().int(),
  since: z.string(),
  summary: z.string(),
});

export const state = z.union([openState, closedState]);
export type CaseState = z.infer<typeof state>;

const meetingKind = z.enum(MEETING_KINDS);

export const meeting = z.object({
  id: z.string(),
  kind: meetingKind,
  scheduledOn: z.string(),
  scheduledTime: z.string().nullable().describe('«09:30», eller null for hele dagen (beslutning 116)'),
  place: z.string(),
  participants: z.array(z.string()),
  agenda: z.string(),
  heldOn: z.string().nullable(),
  minutes: z.string().nullable(),
  nextMeetingOn: z.string().nullable(),
  nextMeetingId: z.string().nullable().describe('Møtet «neste møte» planla'),
  earlierMinutes: z.array(minutesVersionDto).describe('Tidligere versjoner av referatet, nyeste først'),
  anonymised: z.boolean(),
  version: z.number().int(),
});
export type Meeting = z.infer<typeof meeting>;

const referralStatus = z.enum(REFERRAL_STATUSES);

export const referral = z.object({
  id: z.string(),
  service: z.enum(REFERRAL_SERVICES),
  status: referralStatus,
  sentOn: z.string().nullable(),
  answeredOn: z.string().nullable(),
  guardiansSigned: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
  waitingDays: z.number().int().nullable(),
});
export type Referral = z.infer<typeof referral>;

const referralBody = z.object({
  service: z.enum(REFERRAL_SERVICES),
  status: referralStatus,
  sentOn: isoDate.nullish(),
  answeredOn: isoDate.nullish(),
  guardiansSigned: z.boolean().optional(),
  note: z.string().max(4000).nullish(),
  holisticAssessment: z
    .object({
      assessedOn: isoDate,
      assessedBy: z.string().max(200),
      causesConsidered: z.string().max(4000),
      grounds: z.string().max(4000),
    })
    .nullish(),
});

const assessmentKind = z.enum(ASSESSMENT_KINDS);

export const expertAssessment = z.object({
  id: z.string(),
  kind: assessmentKind,
  issuedOn: z.string(),
  issuedBy: z.string(),
  recommendations: z.string(),
  validUntil: z.string().nullable(),
  version: z.number().int(),
});
export type ExpertAssessment = z.infer<typeof expertAssessment>;

const participants = z.array(z.string().trim().min(1).max(200)).max(30);

const period = z
  .object({
    from: z.string(),
    to: z.string(),
    schoolDays: z.number().int(),
    absentDays: z.number().int(),
    absentLessons: z.number().int(),
    lateArrivals: z.number().int(),
    sharePercent: z.number(),
  })
  .nullable();

// POST /api/cases
export const openCaseBody = z.object({
  pupilId: idParam,
  from: z.enum(CASE_ORIGINS),
  alertId: idParam.nullish(),
  reason: text('Skriv hva som er sett, hørt eller observert'),
});
export type OpenCaseBody = z.input<typeof openCaseBody>;
export const openCaseResponse = z.object({ id: z.string() });
export type OpenCaseResponse = z.infer<typeof openCaseResponse>;

// GET /api/cases
export const listCasesQuery = z.object({
  mine: z.enum(['true', 'false']).default('false'),
  status: z.enum(['open', 'all']).default('open'),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;
export const listCasesResponse = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      pupilName: z.string(),
      className: z.string(),
      level: z.number().int(),
      status: z.enum(CASE_STATUSES),
      evaluationDue: z.string().nullable(),
      overdue: z.boolean(),
      inactive: z.boolean(),
      contactGap: z.boolean().describe('En skoleuke er over uten den ukentlige kontakten (beslutning 193)'),
      stafettholderName: z.string(),
    }),
  ),
});
export type ListCasesResponse = z.infer<typeof listCasesResponse>;

/** A week a weekly contact was owed and not closed by the contact log (decision 193). */
const contactGap = z.object({
  monday: z.string(),
  week: z.number().int(),
  year: z.number().int(),
});

/** The case's weekly contact, computed from the ladder, the team's switch, waiting referrals and the contact log. */
export const weeklyContactDto = z
  .object({
    applies: z.boolean(),
    reasons: z
      .array(z.enum(WEEKLY_CONTACT_REASONS))
      .describe('Hvorfor: trappens oppgave, teamets valg, ventende henvisning'),
    team: z.boolean().nullable().describe('Teamets bryter i saken: null = som trappen sier'),
    ladderTask: z.object({ teamDecides: z.boolean() }).nullable(),
    lastContactOn: z.string().nullable(),
    gaps: z.array(contactGap).describe('Skoleuker som er over uten kontakt med eleven eller heimen, eldste først'),
  })
  .describe('Ukentlig kontakt (beslutning 193); null for en avsluttet sak');
export type WeeklyContactDto = z.infer<typeof weeklyContactDto>;

/** The pupil a case or a pupil's file is about, as the page heads it. */
const pupilHeading = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  className: z.string(),
  schoolName: z.string(),
  protectedAddress: z.enum(PROTECTED_ADDRESSES),
});

// GET /api/cases/:caseId
export const getCaseParams = z.object({ caseId: idParam });
export type GetCaseParams = z.input<typeof getCaseParams>;
export const getCaseResponse = z.object({
  id: z.string(),
  version: z.number().int(),
  pupil: pupilHeading,
  ladder: z.object({ id: z.string(), name: z.string() }),
  state,
  overdue: z.boolean(),
  evaluationMeasures: z
    .array(
      z.object({
        measure: z.string(),
        planTitle: z.string(),
        measureId: z.string(),
        followed: z
          .object({ days: z.number().int(), schoolDays: z.number().int(), since: z.string() })
          .nullable()
          .describe(
            'Tiltak som gjelder i undervisningen: skoledagene lærerne bekreftet det fulgt, siden planen ble aktivert (beslutning 191)',
          ),
      }),
    )
    .describe('Tiltakene i sakens aktive planer, som evalueringen vurderer hvert for seg (beslutning 104)'),
  defaultEvaluationOn: z
    .string()
    .nullable()
    .describe('Evalueringsdatoen «Start tiltak» foreslår i dag: tre skoleuker i skoleruta (beslutning 102)'),
  stafettholder: z.object({
    id: z.string(),
    name: z.string(),
    needsNew: z.boolean().describe('Stafettholderens konto er deaktivert: ny stafettholder trengs'),
  }),
  openedFrom: z.enum(CASE_ORIGINS),
  weeklyContact: weeklyContactDto.nullable(),
  level: z.object({
    level: z.number().int(),
    title: z.string(),
    problemAreas: z.array(z.string()),
    goals: z.array(z.string()),
    evaluation: z.array(z.string()),
    partners: z.array(z.string()),
    responsible: z.array(z.string()),
  }),
  allowedActions: z.array(z.string()),
  readOnly: z.boolean().describe('Samarbeidspartnere leser saken gjennom samtykket; skolen handler'),
  consents: z.array(consentDto),
  consentForm: z
    .object({
      pupilConsentsToo: z.boolean(),
      guardians: z.array(z.object({ id: z.string(), name: z.string() })),
      partners: z.array(z.object({ id: z.string(), name: z.string(), service: z.string() })),
    })
    .nullable(),
  tasks: z.array(
    z.object({
      id: z.string(),
      level: z.number().int(),
      ladderTaskId: z.string().nullable(),
      action: taskActionSchema
        .nullable()
        .describe('Hva oppgaven gjør utover å krysses av (møte, melding, henvisning …)'),
      weekly: z.boolean().describe('Trappens ukentlige kontakt, som kontaktloggen lukker uke for uke (beslutning 193)'),
      text: z.string(),
      responsible: z.array(z.string()),
      ownerName: z.string().nullable(),
      dueOn: z.string().nullable(),
      doneOn: z.string().nullable(),
      doneByName: z.string().nullable(),
      source: z.enum(TASK_SOURCES),
      version: z.number().int(),
      sourceText: z
        .string()
        .nullable()
        .describe('Kildens ord når appen viser oppgaven med egne ord (beslutning 113), for «Kilde»'),
      tickedBy: z
        .object({ kind: z.enum(TICKED_BY_KINDS), id: z.string() })
        .nullable()
        .describe('Arbeidet i saken som krysset av oppgaven (beslutning 112)'),
      comment: z.string().nullable().describe('Kommentaren til den som krysset av for hånd'),
      mayTick: z.boolean().describe('Brukeren kan krysse av oppgaven'),
    }),
  ),
  timeline: z.array(
    z.object({
      at: z.string(),
      kind: z.enum(TIMELINE_KINDS),
      text: z.string(),
      byName: z.string(),
      forStafettholder: z.boolean().optional().describe('Et varsel stafettholder ikke har sett ennå'),
      alertId: z.string().optional(),
      heard: heardRecord.optional().describe('Elevens syn og barnets beste ført med steget (beslutning 181)'),
    }),
  ),
  alerts: z.array(alertDto),
  beforeAfter: z.object({ before: period, after: period }).nullable(),
  meetings: z.array(meeting),
  minutesTemplates: z.array(minutesTemplateDto).describe('Maler for referat (content/minutes, beslutning 116)'),
  referrals: z.array(referral),
  participants: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), roleLabel: z.string() })),
  notices: z
    .array(
      z.object({
        id: z.string(),
        to: z.enum(NOTICE_TARGETS),
        level: z.number().int(),
        sentAt: z.string(),
        sentBy: z.string(),
        receipts: z.array(z.object({ name: z.string(), readAt: z.string().nullable() })),
      }),
    )
    .describe('Skriftlige meldinger sendt fra saken, med hvem som har mottatt og lest dem (beslutning 123)'),
  assessments: z.array(expertAssessment),
  forms: z.array(formSummaryDto).describe('Skjema fylt ut i saken (beslutning 063)'),
  statements: z.array(statementDto).describe('Uttalelser fra tillitsperson eleven valgte (004 §3)'),
  pupilVoice: pupilVoiceDto,
  pupilEntries: pupilEntriesDto.describe(
    'Elevens egne innspill fra sin egen side: ukesjekk på skaleringsverktøyet og ønsker før møter (beslutning 184)',
  ),
  mappedCauses: z
    .object({
      formId: z.string(),
      filledOn: z.string(),
      causes: z.array(z.object({ code: z.string(), label: z.string() })),
    })
    .nullable()
    .describe('Årsakene i den nyeste årsakskartleggingen: grunnlaget for forslag fra tiltaksbanken'),
  plans: z.array(planSummary),
  municipalContent: municipalContent
    .optional()
    .describe('Målformen tiltakstrappa, skjemaene og referatmalen vises i (beslutning 179)'),
  documentLanguages: z
    .object({
      malform: z.enum(MALFORMER).describe('Kommunens målform: skolens eget eksemplar skrives ut på den'),
      family: z.array(z.enum(LANGUAGES)).describe('Språkene foresatte leser dokumenter på'),
    })
    .optional()
    .describe('Språkene referat, planer og samtykkeskjema kan skrives ut på (beslutning 178, 202)'),
});
export type GetCaseResponse = z.infer<typeof getCaseResponse>;

// POST /api/cases/:caseId/actions
export const actOnCaseParams = z.object({ caseId: idParam });
export type ActOnCaseParams = z.input<typeof actOnCaseParams>;
export const actOnCaseBody = z.object({ action, version: z.number().int().positive() });
export type ActOnCaseBody = z.input<typeof actOnCaseBody>;
export const actOnCaseResponse = z.object({ state, version: z.number().int() });
export type ActOnCaseResponse = z.infer<typeof actOnCaseResponse>;

// POST /api/cases/:caseId/tasks
export const addCaseTaskParams = z.object({ caseId: idParam });
export type AddCaseTaskParams = z.input<typeof addCaseTaskParams>;
export const addCaseTaskBody = z.object({
  text: text('Skriv oppgaven'),
  dueOn: isoDate.nullish(),
  ownerId: idParam.nullish(),
});
export type AddCaseTaskBody = z.input<typeof addCaseTaskBody>;
export const addCaseTaskResponse = z.object({ id: z.string() });
export type AddCaseTaskResponse = z.infer<typeof addCaseTaskResponse>;

// POST /api/cases/:caseId/tasks/:taskId/done
export const completeCaseTaskParams = z.object({ caseId: idParam, taskId: idParam });
export type CompleteCaseTaskParams = z.input<typeof completeCaseTaskParams>;
export const completeCaseTaskBody = z.object({
  version: z.number().int().positive(),
  service: z.enum(REFERRAL_SERVICES).optional(),
  holisticAssessment: assessment.nullish(),
  comment: z.string().max(2000).nullish().describe('Hvorfor oppgaven er utført, når den krysses av for hånd'),
});
export type CompleteCaseTaskBody = z.input<typeof completeCaseTaskBody>;
export const completeCaseTaskResponse = z.object({ version: z.number().int(), doneOn: z.string() });
export type CompleteCaseTaskResponse = z.infer<typeof completeCaseTaskResponse>;

// POST /api/cases/:caseId/meetings
export const planMeetingParams = z.object({ caseId: idParam });
export type PlanMeetingParams = z.input<typeof planMeetingParams>;
export const planMeetingBody = z.object({
  kind: meetingKind,
  scheduledOn: isoDate,
  scheduledTime: meetingTime.nullish(),
  place: meetingPlace.optional(),
  participants,
  agenda: z.string().max(4000),
  anonymised: z.boolean().optional(),
});
export type PlanMeetingBody = z.input<typeof planMeetingBody>;
export const planMeetingResponse = z.object({ meeting });
export type PlanMeetingResponse = z.infer<typeof planMeetingResponse>;

// PUT /api/cases/:caseId/meetings/:meetingId
export const recordMeetingParams = z.object({ caseId: idParam, meetingId: idParam });
export type RecordMeetingParams = z.input<typeof recordMeetingParams>;
export const recordMeetingBody = z.object({
  scheduledOn: isoDate,
  scheduledTime: meetingTime.nullish(),
  place: meetingPlace.optional(),
  participants,
  agenda: z.string().max(4000),
  heldOn: isoDate.nullable(),
  minutes: z.string().max(20000).nullable(),
  nextMeetingOn: isoDate.nullable(),
  nextMeetingTime: meetingTime.nullish().describe('Når neste møte begynner; møtet planlegges (beslutning 116)'),
  nextMeetingPlace: meetingPlace.optional(),
  anonymised: z.boolean(),
  version: z.number().int().positive(),
});
export type RecordMeetingBody = z.input<typeof recordMeetingBody>;
export const recordMeetingResponse = z.object({ meeting });
export type RecordMeetingResponse = z.infer<typeof recordMeetingResponse>;

// POST /api/cases/:caseId/meetings/:meetingId/minutes
export const printMinutesParams = z.object({ caseId: idParam, meetingId: idParam });
export type PrintMinutesParams = z.input<typeof printMinutesParams>;
export const printMinutesBody = z.object({ confirmProtectedAddress: z.boolean().optional() });
export type PrintMinutesBody = z.input<typeof printMinutesBody>;

// POST /api/pupils/:pupilId/class-change
export const changeClassParams = z.object({ pupilId: idParam });
export type ChangeClassParams = z.input<typeof changeClassParams>;
export const changeClassBody = z.object({ toClassId: idParam, on: isoDate });
export type ChangeClassBody = z.input<typeof changeClassBody>;
export const changeClassResponse = z.object({ schoolChanged: z.boolean() });
export type ChangeClassResponse = z.infer<typeof changeClassResponse>;

// GET /api/cases/to-take-over
export const listCasesToTakeOverResponse = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      level: z.number().int(),
      pupilName: z.string(),
      className: z.string(),
      fromSchool: z.string(),
    }),
  ),
});
export type ListCasesToTakeOverResponse = z.infer<typeof listCasesToTakeOverResponse>;

// POST /api/cases/:caseId/take-over
export const takeOverCaseParams = z.object({ caseId: idParam });
export type TakeOverCaseParams = z.input<typeof takeOverCaseParams>;
export const takeOverCaseBody = z.object({});
export type TakeOverCaseBody = z.input<typeof takeOverCaseBody>;
export const takeOverCaseResponse = z.object({ id: z.string() });
export type TakeOverCaseResponse = z.infer<typeof takeOverCaseResponse>;

// POST /api/cases/:caseId/referrals
export const addReferralParams = z.object({ caseId: idParam });
export type AddReferralParams = z.input<typeof addReferralParams>;
export const addReferralBody = referralBody;
export type AddReferralBody = z.input<typeof addReferralBody>;
export const addReferralResponse = z.object({ referral });
export type AddReferralResponse = z.infer<typeof addReferralResponse>;

// PUT /api/cases/:caseId/referrals/:referralId
export const updateReferralParams = z.object({ caseId: idParam, referralId: idParam });
export type UpdateReferralParams = z.input<typeof updateReferralParams>;
export const updateReferralBody = referralBody.extend({ version: z.number().int().positive() });
export type UpdateReferralBody = z.input<typeof updateReferralBody>;
export const updateReferralResponse = z.object({ referral });
export type UpdateReferralResponse = z.infer<typeof updateReferralResponse>;

// PUT /api/cases/:caseId/weekly-contact: the team switches the case's weekly contact on or off (decision 193).
export const setWeeklyContactParams = z.object({ caseId: idParam });
export type SetWeeklyContactParams = z.input<typeof setWeeklyContactParams>;
export const setWeeklyContactBody = z.object({
  on: z.boolean({ error: 'Ukentlig kontakt: velg på eller av' }),
  version: z.number().int().positive(),
});
export type SetWeeklyContactBody = z.input<typeof setWeeklyContactBody>;
export const setWeeklyContactResponse = z.object({
  version: z.number().int(),
  weeklyContact: weeklyContactDto,
});
export type SetWeeklyContactResponse = z.infer<typeof setWeeklyContactResponse>;

// POST /api/cases/:caseId/assessments
export const recordAssessmentParams = z.object({ caseId: idParam });
export type RecordAssessmentParams = z.input<typeof recordAssessmentParams>;
export const recordAssessmentBody = z.object({
  kind: assessmentKind,
  issuedOn: isoDate,
  issuedBy: text('Skriv hvem som har skrevet den'),
  recommendations: text('Skriv anbefalingene'),
  validUntil: isoDate.nullish(),
});
export type RecordAssessmentBody = z.input<typeof recordAssessmentBody>;
export const recordAssessmentResponse = z.object({ assessment: expertAssessment });
export type RecordAssessmentResponse = z.infer<typeof recordAssessmentResponse>;

// POST /api/cases/:caseId/notices
export const writeCaseNoticeParams = z.object({ caseId: idParam });
export type WriteCaseNoticeParams = z.input<typeof writeCaseNoticeParams>;
export const writeCaseNoticeBody = z.object({ to: z.enum(NOTICE_TARGETS) });
export type WriteCaseNoticeBody = z.input<typeof writeCaseNoticeBody>;

// GET /api/cases/:caseId/staff
export const caseStaffParams = z.object({ caseId: idParam });
export type CaseStaffParams = z.input<typeof caseStaffParams>;
export const caseStaffResponse = z.object({
  staff: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
});
export type CaseStaffResponse = z.infer<typeof caseStaffResponse>;

// GET /api/cases/:caseId/people
export const listCasePeopleParams = z.object({ caseId: idParam });
export type ListCasePeopleParams = z.input<typeof listCasePeopleParams>;
export const listCasePeopleResponse = z.object({
  people: z.array(z.object({ id: z.string(), name: z.string(), role: ladderRole, accountRole: z.string() })),
});
export type ListCasePeopleResponse = z.infer<typeof listCasePeopleResponse>;

// PUT /api/cases/:caseId/stafettholder
export const handOverCaseParams = z.object({ caseId: idParam });
export type HandOverCaseParams = z.input<typeof handOverCaseParams>;
export const handOverCaseBody = z.object({
  userId: idParam,
  reason: text('Skriv hvorfor saken gis videre'),
  version: z.number().int().positive(),
});
export type HandOverCaseBody = z.input<typeof handOverCaseBody>;
export const handOverCaseResponse = z.object({
  stafettholder: z.object({ id: z.string(), name: z.string() }),
  version: z.number().int(),
});
export type HandOverCaseResponse = z.infer<typeof handOverCaseResponse>;

// GET /api/tasks/mine
export const listMyTasksResponse = z.object({
  tasks: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      text: z.string(),
      dueOn: z.string().nullable(),
      overdue: z.boolean(),
      pupilName: z.string(),
      className: z.string(),
    }),
  ),
});
export type ListMyTasksResponse = z.infer<typeof listMyTasksResponse>;

// GET /api/pupils/:pupilId/file
export const getPupilFileParams = z.object({ pupilId: idParam });
export type GetPupilFileParams = z.input<typeof getPupilFileParams>;
export const getPupilFileResponse = z.object({
  pupil: pupilHeading,
  cases: z.array(
    z.object({
      id: z.string(),
      status: z.enum(CASE_STATUSES),
      level: z.number().int(),
      ladder: z.string(),
      openedAt: z.string(),
      stafettholderName: z.string(),
      summary: z.string().nullable(),
      heard: z
        .array(z.object({ at: z.string(), step: z.string(), heard: heardRecord }))
        .describe('Stegene i saken med elevens syn og barnets beste, eldste først (beslutning 181)'),
    }),
  ),
  meetings: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      title: z.string(),
      heldOn: z.string(),
      minutes: z.string(),
    }),
  ),
  referrals: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      service: z.string(),
      status: z.string(),
      sentOn: z.string().nullable(),
      answeredOn: z.string().nullable(),
    }),
  ),
  assessments: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      kind: z.string(),
      issuedOn: z.string(),
      issuedBy: z.string(),
      recommendations: z.string(),
      validUntil: z.string().nullable(),
    }),
  ),
  contacts: z.array(
    z.object({
      id: z.string(),
      pupilId: z.string(),
      alertId: z.string().nullable(),
      contactedAt: z.string(),
      withWhom: z.array(z.string()),
      channel: z.string(),
      summary: z.string(),
      agreed: z.string().nullable(),
      recordedByName: z.string(),
      version: z.number().int(),
    }),
  ),
  observations: z.array(
    z.object({
      id: z.string(),
      pupilId: z.string(),
      kind: z.string(),
      ruleId: z.string().nullable(),
      observedOn: z.string(),
      description: z.string(),
      recordedByName: z.string(),
      version: z.number().int(),
    }),
  ),
});
export type GetPupilFileResponse = z.infer<typeof getPupilFileResponse>;

// POST /api/cases/:caseId/participants
export const addParticipantParams = z.object({ caseId: idParam });
export type AddParticipantParams = z.input<typeof addParticipantParams>;
export const addParticipantBody = z.object({ name: text('Skriv navnet'), role: ladderRole, userId: idParam.nullish() });
export type AddParticipantBody = z.input<typeof addParticipantBody>;
export const addParticipantResponse = z.object({
  participant: z.object({ id: z.string(), name: z.string(), role: z.string(), roleLabel: z.string() }),
});
export type AddParticipantResponse = z.infer<typeof addParticipantResponse>;

// DELETE /api/cases/:caseId/participants/:participantId
export const removeParticipantParams = z.object({ caseId: idParam, participantId: idParam });
export type RemoveParticipantParams = z.input<typeof removeParticipantParams>;
