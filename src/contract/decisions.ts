// Individual decisions (enkeltvedtak) in a case (issue 22 items 1–2, decisions 213–217): the kinds and the legal
// basis table from content, the draft with the pupil's views, the forhåndsvarsel, the decision, its letter and
// delivery with the family's receipt, the appeal, the school's reassessment and the Statsforvalteren; and the
// deadlines on the leader's board. Texts in a draft are loose on purpose: «Fatt vedtak» (step `decide`) names
// every missing field in Norwegian (400 with `details.fields`), as the plan gate does.
import { z } from 'zod';
import { idParam, isoDate, text } from './common';
import { heard, heardRecord } from './cases';
import { documentLanguage } from './documents';
import {
  DECIDING_ROLES,
  DECISION_DEADLINE_KINDS,
  DECISION_DOCUMENTS,
  DECISION_PRECONDITIONS,
  DECISION_STATUSES,
  DECISION_STEPS,
  DELIVERY_CHANNELS,
  FINAL_OUTCOMES,
  GUARDIAN_REPLY_CHANCES,
  REASSESSMENT_OUTCOMES,
  REPLY_CHANNELS,
} from '../domain/decisions/states';

export {
  DECIDING_ROLES,
  DECISION_DEADLINE_KINDS,
  DECISION_DOCUMENTS,
  DECISION_PRECONDITIONS,
  DECISION_STATUSES,
  DECISION_STEPS,
  DELIVERY_CHANNELS,
  FINAL_OUTCOMES,
  GUARDIAN_REPLY_CHANCES,
  REASSESSMENT_OUTCOMES,
  REPLY_CHANNELS,
};

/** A paragraph of the law a decision can rest on (content/decisions, decision 213), in the reader's language. */
export const legalBasisDto = z.object({
  key: z.string(),
  citation: z.string().describe('Slik det står i vedtaket, f.eks. «forvaltningsloven § 29»'),
  title: z.string().describe('Paragrafens overskrift eller hva den gjelder'),
  replaces: z.string().nullable().describe('Det gamle lovstedet kildene viser til (opplæringsloven 1998)'),
});
export type LegalBasisDto = z.infer<typeof legalBasisDto>;

/** A kind of decision (content/decisions): the shipped ones and the kommune's own. */
export const decisionKindDto = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  legalBasis: z.array(z.string()).describe('Nøklene til lovstedene vedtaket kan bygge på (i legalBases)'),
  preconditions: z.array(z.enum(DECISION_PRECONDITIONS)),
  decidedBy: z.array(z.enum(DECIDING_ROLES)).describe('Rollene kommunen har delegert vedtaket til'),
  noticeRequired: z.boolean().describe('Forhåndsvarsel (fvl § 16) kreves før vedtaket fattes'),
});
export type DecisionKindDto = z.infer<typeof decisionKindDto>;

/** A field that stops «Fatt vedtak», with the Norwegian reason (the same as the 400's details.fields). */
export const decisionGapDto = z.object({ field: z.string(), message: z.string() });
export type DecisionGapDto = z.infer<typeof decisionGapDto>;

const deadline = z.object({
  kind: z.enum(DECISION_DEADLINE_KINDS),
  on: z
    .string()
    .nullable()
    .describe(
      'ÅÅÅÅ-MM-DD; tomt når fristen ikke har begynt å løpe (kvittering mangler); for awaiting-outcome dagen klagen ble sendt til Statsforvalteren',
    ),
  overdue: z.boolean(),
  waitedDays: z
    .number()
    .int()
    .optional()
    .describe('Bare for awaiting-outcome: dager klagen har ventet hos Statsforvalteren (beslutning 229)'),
});

export const decisionSummaryDto = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  kindName: z.string(),
  status: z.enum(DECISION_STATUSES),
  decidedOn: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  nextDeadline: deadline.nullable(),
  replacesId: z
    .string()
    .nullable()
    .describe('Vedtaket dette erstatter: skolen endret det etter klage (fvl § 33 andre ledd, beslutning 230)'),
  version: z.number().int(),
});
export type DecisionSummary = z.infer<typeof decisionSummaryDto>;

/** The guardians' reply to a forhåndsvarsel as it stands (decision 228). */
const noticeReply = z.object({
  on: z.string(),
  text: z.string(),
  channel: z.enum(REPLY_CHANNELS).describe('Sendt av en foresatt i Nærvær, eller ført inn av skolen'),
  byName: z.string().nullable().describe('Den foresatte som sendte svaret i Nærvær'),
});
export const decisionDto = decisionSummaryDto.extend({
  // The draft.
  facts: z.string().describe('Sakens faktiske forhold'),
  legalBasis: z.array(z.string()).describe('Valgte lovsteder (nøkler)'),
  reasons: z.string().describe('Begrunnelsen (fvl §§ 24–25)'),
  heard: heardRecord.nullable().describe('Elevens syn (eller hvorfor ikke) og barnets beste (beslutning 181)'),
  weighed: z.string().describe('Hvordan elevens syn er vektlagt'),
  decision: z.string().describe('Hva som er vedtatt'),
  assessmentId: z.string().nullable().describe('PPTs sakkyndige vurdering vedtaket bygger på'),
  guardianConsent: z.object({ on: z.string(), by: z.string() }).nullable(),
  temporary: z.object({ evaluateOn: z.string(), considerations: z.string() }).nullable(),
  // The forhåndsvarsel and the reply.
  notice: z
    .object({
      sentOn: z.string(),
      replyBy: z.string(),
      reply: noticeReply.nullable(),
    })
    .nullable(),
  decidedByName: z.string().nullable(),
  // The letter and its delivery: the appeal deadline runs from receivedOn (fvl § 29).
  delivery: z
    .object({
      channel: z.enum(DELIVERY_CHANNELS),
      sentOn: z.string(),
      receivedOn: z.string().nullable(),
      receipt: z.enum(['opened', 'entered']).nullable().describe('Åpnet av en foresatt i Nærvær, eller ført av skolen'),
    })
    .nullable(),
  appealDeadline: z.string().nullable().describe('Klagefristen, ÅÅÅÅ-MM-DD (tre uker fra mottak, fvl § 29–30)'),
  appeal: z.object({ receivedOn: z.string(), text: z.string() }).nullable(),
  reassessment: z.object({ on: z.string(), outcome: z.enum(REASSESSMENT_OUTCOMES), reasons: z.string() }).nullable(),
  forwarded: z
    .object({ on: z.string(), documents: z.array(z.string()).describe('Dokumentene som ble sendt med') })
    .nullable(),
  outcome: z.object({ on: z.string(), outcome: z.enum(FINAL_OUTCOMES), text: z.string() }).nullable(),
  /** What still stops «Fatt vedtak» (empty when it may be made, or once made). */
  gaps: z.array(decisionGapDto),
  /** The steps the reader may take now, in order. */
  nextSteps: z.array(z.enum(DECISION_STEPS)),
  canEdit: z.boolean().describe('Utkastet kan endres av den som leser'),
  canDecide: z.boolean().describe('Den som leser har rollen vedtaket er delegert til'),
});
export type DecisionDto = z.infer<typeof decisionDto>;

const assessmentDto = z.object({
  id: z.string(),
  kind: z.string(),
  issuedOn: z.string(),
  issuedBy: z.string(),
});

// GET /api/cases/:caseId/decisions
export const caseDecisionsParams = z.object({ caseId: idParam });
export type CaseDecisionsParams = z.input<typeof caseDecisionsParams>;
export const listDecisionsResponse = z.object({
  decisions: z.array(decisionSummaryDto),
  kinds: z.array(decisionKindDto),
  legalBases: z.array(legalBasisDto),
  assessments: z.array(assessmentDto).describe('Sakkyndige vurderinger og uttalelser i saken, å feste til vedtaket'),
  canDraft: z.boolean(),
});
export type ListDecisionsResponse = z.infer<typeof listDecisionsResponse>;

// POST /api/cases/:caseId/decisions
export const createDecisionBody = z.object({ kind: z.string().min(1, 'Velg hva slags vedtak').max(100) });
export type CreateDecisionBody = z.input<typeof createDecisionBody>;

// GET and PUT /api/cases/:caseId/decisions/:decisionId
export const decisionParams = z.object({ caseId: idParam, decisionId: idParam });
export type DecisionParams = z.input<typeof decisionParams>;
export const decisionResponse = z.object({ decision: decisionDto });
export type DecisionResponse = z.infer<typeof decisionResponse>;

const draftText = z.string().max(8000);
/** Every field optional: a panel sends what it edits. The version guards against overwriting another's edit. */
export const updateDecisionBody = z.object({
  version: z.number().int(),
  facts: draftText.optional(),
  legalBasis: z.array(z.string().max(100)).max(20).optional(),
  reasons: draftText.optional(),
  heard: heard.nullable().optional(),
  weighed: draftText.optional(),
  decision: draftText.optional(),
  from: isoDate.nullable().optional(),
  to: isoDate.nullable().optional(),
  assessmentId: idParam.nullable().optional(),
  guardianConsent: z
    .object({ on: isoDate, by: text('Skriv hvem av foresatte som har samtykket') })
    .nullable()
    .optional(),
  temporary: z
    .object({ evaluateOn: isoDate, considerations: draftText })
    .nullable()
    .optional()
    .describe('Midlertidig tiltak i påvente av PPT (000 §7): evalueringsdato og vurderingene'),
});
export type UpdateDecisionBody = z.input<typeof updateDecisionBody>;

// POST /api/cases/:caseId/decisions/:decisionId/steps
const v = { version: z.number().int() };
export const decisionStepBody = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('notice'),
    ...v,
    replyBy: isoDate.describe('Svarfrist for foresatte'),
    confirmProtectedAddress: z.boolean().optional(),
  }),
  z.object({
    step: z.literal('reply'),
    ...v,
    on: isoDate,
    text: text('Skriv hva foresatte svarte, eller at de ikke svarte innen fristen'),
  }),
  z.object({ step: z.literal('decide'), ...v }),
  z.object({
    step: z.literal('deliver'),
    ...v,
    channel: z.enum(DELIVERY_CHANNELS),
    sentOn: isoDate.optional().describe('For papir: når brevet ble sendt; ellers i dag'),
    confirmProtectedAddress: z.boolean().optional(),
  }),
  z.object({ step: z.literal('receipt'), ...v, receivedOn: isoDate.describe('Når familien fikk brevet') }),
  z.object({ step: z.literal('appeal'), ...v, receivedOn: isoDate, text: text('Skriv hva klagen gjelder') }),
  z.object({
    step: z.literal('reassess'),
    ...v,
    on: isoDate,
    outcome: z.enum(REASSESSMENT_OUTCOMES),
    reasons: text('Skriv begrunnelsen for vurderingen'),
    // When the school changes its decision (outcome `changed`): what is now decided, and its period if it has one.
    // The new decision gets its own letter (decision 230); the server asks for `decision` then.
    decision: draftText.optional().describe('Ved endring: hva som nå er vedtatt'),
    from: isoDate.nullable().optional(),
    to: isoDate.nullable().optional(),
  }),
  z.object({ step: z.literal('forward'), ...v, on: isoDate }),
  z.object({
    step: z.literal('outcome'),
    ...v,
    on: isoDate,
    outcome: z.enum(FINAL_OUTCOMES),
    text: z.string().trim().max(4000).default(''),
  }),
]);
export type DecisionStepBody = z.input<typeof decisionStepBody>;

// GET /api/cases/:caseId/decisions/:decisionId/pdf?document=notice|letter&language=
export const decisionPdfQuery = z.object({
  document: z.enum(DECISION_DOCUMENTS).default('letter'),
  language: documentLanguage
    .optional()
    .describe('Uten: kommunens målform, med oversettelse vedlagt der en foresatt har valgt et annet språk'),
});
export type DecisionPdfQuery = z.input<typeof decisionPdfQuery>;

// GET /api/decision-deadlines: the leader's board
export const decisionDeadlineDto = z.object({
  decisionId: z.string(),
  caseId: z.string(),
  pupilName: z.string(),
  className: z.string(),
  kindName: z.string(),
  status: z.enum(DECISION_STATUSES),
  deadline,
});
export type DecisionDeadlineDto = z.infer<typeof decisionDeadlineDto>;
export const decisionDeadlinesResponse = z.object({ deadlines: z.array(decisionDeadlineDto) });
export type DecisionDeadlinesResponse = z.infer<typeof decisionDeadlinesResponse>;

// GET /api/my-children/:pupilId/decisions: what a guardian has been sent
export const myChildDecisionsParams = z.object({ pupilId: idParam });
export const myChildDecisionsResponse = z.object({
  decisions: z.array(
    z.object({
      id: z.string(),
      kindName: z.string(),
      afterAppeal: z.boolean().describe('Nytt vedtak etter klage: skolen endret det første (beslutning 230)'),
      notice: z
        .object({
          sentOn: z.string(),
          replyBy: z.string(),
          reply: noticeReply
            .nullable()
            .describe('Svaret slik det står: sendt i Nærvær av en foresatt, eller ført inn av skolen'),
          replyChance: z
            .enum(GUARDIAN_REPLY_CHANCES)
            .describe('send/edit: svaret kan sendes eller endres nå; closed: svaret står; late: fristen er ute'),
          mayReply: z.boolean().describe('Den som leser har foreldreansvar og kan svare'),
        })
        .nullable(),
      letter: z
        .object({ sentOn: z.string(), receivedOn: z.string().nullable(), appealDeadline: z.string().nullable() })
        .nullable(),
      version: z.number().int().describe('Vedtakets versjon, sendes med svaret'),
    }),
  ),
});
export type MyChildDecisionsResponse = z.infer<typeof myChildDecisionsResponse>;

// PUT /api/my-children/:pupilId/decisions/:decisionId/reply: the guardians answer the forhåndsvarsel (decision 228)
export const myChildDecisionReplyBody = z.object({
  version: z.number().int().describe('Versjonen svaret bygger på (409 når skolen har endret vedtaket siden)'),
  text: text('Skriv svaret på forhåndsvarselet'),
});
export type MyChildDecisionReplyBody = z.input<typeof myChildDecisionReplyBody>;
export const myChildDecisionReplyResponse = z.object({
  reply: z.object({ on: z.string(), text: z.string(), byName: z.string().nullable() }),
  version: z.number().int(),
});
export type MyChildDecisionReplyResponse = z.infer<typeof myChildDecisionReplyResponse>;

// GET /api/my-children/:pupilId/decisions/:decisionId/pdf?document=: opening the letter is the receipt
export const myChildDecisionParams = z.object({ pupilId: idParam, decisionId: idParam });
export const myChildDecisionPdfQuery = z.object({ document: z.enum(DECISION_DOCUMENTS).default('letter') });
