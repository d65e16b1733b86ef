import { z } from 'zod';
import { FORM_AUDIENCES, VOICE_EVIDENCE_KINDS } from './enums';
import { idParam, isoDate } from './common';
import { municipalContent } from './municipal-content';

const formSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Ukjent skjema')
  .max(100);

const audience = z.enum(FORM_AUDIENCES);

// The engine checks the answers against the form version (Norwegian problems by question path).
const answers = z
  .record(z.string().max(100), z.unknown()) // why: an answer's shape depends on its question; the form engine checks it
  .describe('Svar per spørsmål-id; se beslutning 060 for formen på hvert svar');

const definition = z.record(z.string(), z.unknown()).describe('Skjemadefinisjonen (content/forms, beslutning 060)'); // why: the form definition is content, validated by the domain's form schema at load

export const formSummaryDto = z.object({
  id: z.string(),
  formId: z.string(),
  formVersion: z.number().int(),
  title: z.string(),
  audience,
  filledOn: z.string(),
  meetingId: z.string().nullable(),
  version: z.number().int(),
});
export type CaseFormSummary = z.infer<typeof formSummaryDto>;

export const statementDto = z.object({
  id: z.string(),
  personName: z.string(),
  relation: z.string(),
  chosenByPupil: z.boolean(),
  statement: z.string(),
  givenOn: z.string(),
  version: z.number().int(),
});
export type TrustedStatement = z.infer<typeof statementDto>;

export const pupilVoiceDto = z.object({
  heard: z.boolean().describe('Saken har elevens egen stemme (004 §3)'),
  evidence: z.array(z.object({ kind: z.enum(VOICE_EVIDENCE_KINDS), id: z.string(), on: z.string(), text: z.string() })),
  reasons: z.array(z.string()).describe('Hvorfor ikke, og hva som ville telle'),
  offers: z
    .array(z.object({ formId: z.string(), title: z.string(), filledFormId: z.string().nullable() }))
    .describe('Skjemaene som gir det som mangler: et nytt, eller et utfylt som fullføres (beslutning 062)'),
});
export type PupilVoice = z.infer<typeof pupilVoiceDto>;

// GET /api/forms
export const listFormsResponse = z.object({
  forms: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      versions: z.array(z.number().int()),
      title: z.string(),
      source: z.string(),
      audience,
      countsAsPupilVoice: z.boolean(),
    }),
  ),
  municipalContent: municipalContent.optional(),
});
export type ListFormsResponse = z.infer<typeof listFormsResponse>;

// GET /api/forms/:formId/pdf
export const printBlankFormParams = z.object({ formId: formSlug });
export type PrintBlankFormParams = z.input<typeof printBlankFormParams>;
export const printBlankFormQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
export type PrintBlankFormQuery = z.infer<typeof printBlankFormQuery>;

// GET /api/cases/:caseId/forms/new/:formId
export const startFormParams = z.object({ caseId: idParam, formId: formSlug });
export type StartFormParams = z.input<typeof startFormParams>;
export const startFormResponse = z.object({ form: definition, answers, municipalContent: municipalContent.optional() });
export type StartFormResponse = z.infer<typeof startFormResponse>;

// POST /api/cases/:caseId/forms
export const fillFormParams = z.object({ caseId: idParam });
export type FillFormParams = z.input<typeof fillFormParams>;
export const fillFormBody = z.object({
  formId: formSlug,
  audience: audience.optional().describe('Hvem skjemaet ble fylt ut sammen med; skjemaets eget om utelatt'),
  meetingId: idParam.nullish(),
  filledOn: isoDate.optional(),
  answers,
});
export type FillFormBody = z.input<typeof fillFormBody>;
export const fillFormResponse = z.object({ form: formSummaryDto });
export type FillFormResponse = z.infer<typeof fillFormResponse>;

// GET /api/cases/:caseId/forms/:caseFormId
export const readFormParams = z.object({ caseId: idParam, caseFormId: idParam });
export type ReadFormParams = z.input<typeof readFormParams>;
export const readFormResponse = z.object({
  form: formSummaryDto.extend({
    answers,
    recordedByName: z.string(),
    updatedAt: z.string(),
    form: definition,
  }),
  municipalContent: municipalContent.optional(),
});
export type ReadFormResponse = z.infer<typeof readFormResponse>;

// PUT /api/cases/:caseId/forms/:caseFormId
export const updateFormParams = z.object({ caseId: idParam, caseFormId: idParam });
export type UpdateFormParams = z.input<typeof updateFormParams>;
export const updateFormBody = z.object({
  audience,
  meetingId: idParam.nullable(),
  filledOn: isoDate,
  answers,
  version: z.number().int().positive(),
});
export type UpdateFormBody = z.input<typeof updateFormBody>;
export const updateFormResponse = z.object({ form: formSummaryDto });
export type UpdateFormResponse = z.infer<typeof updateFormResponse>;

// GET /api/cases/:caseId/forms/:caseFormId/pdf
export const printFilledFormParams = z.object({ caseId: idParam, caseFormId: idParam });
export type PrintFilledFormParams = z.input<typeof printFilledFormParams>;

// POST /api/cases/:caseId/statements
export const addStatementParams = z.object({ caseId: idParam });
export type AddStatementParams = z.input<typeof addStatementParams>;
export const addStatementBody = z.object({
  personName: z.string().max(200),
  relation: z.string().max(200),
  chosenByPupil: z.boolean(),
  statement: z.string().max(10000),
  givenOn: isoDate,
});
export type AddStatementBody = z.input<typeof addStatementBody>;
export const addStatementResponse = z.object({ statement: statementDto });
export type AddStatementResponse = z.infer<typeof addStatementResponse>;
